-- The list's case filter offers a unit's 50 most recently active cases at every list page
-- (lib/requests/cases.ts): read from this index instead of sorting the unit's cases (1,000 in the
-- benchmark's units: 0.8 ms of the database's CPU per list page).
CREATE INDEX "cases_unit_updated_idx" ON "cases" USING btree ("unit_id","updated_at");
