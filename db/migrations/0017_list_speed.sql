-- The request list pages by keyset in its default order (last update first, then id): one
-- index per kind of scope hands it a page without reading the rest of the scope — a unit's
-- requests (magistrates, managers), and those received by a country once transmitted
-- (liaison officers, managers receiving for a country; partial, as that scope is).
-- The unit index gains the id and replaces the one it extends.
DROP INDEX "requests_unit_idx";--> statement-breakpoint
CREATE INDEX "requests_unit_updated_idx" ON "requests" USING btree ("requesting_unit_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "requests_received_updated_idx" ON "requests" USING btree ("requested_country_code","updated_at","id") WHERE "requests"."transmitted_at" is not null;
