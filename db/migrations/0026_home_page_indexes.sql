-- The home page (lib/work): each section reads each part of a scope (a unit, a receiving country)
-- in due order from the first two, which hold every column the sections' conditions read, so
-- that a section's first rows and its (bounded) count come from the index alone; "new since my
-- last visit" reads the week's events from the third instead of as many table pages. Measured on
-- the benchmark's seed: a section took 35-560 ms (every matching request read and sorted,
-- 2,000-20,000 of them), the home page served 4-17 views/s at 10 connections.
DROP INDEX "request_events_at_idx";--> statement-breakpoint
CREATE INDEX "requests_unit_due_idx" ON "requests" USING btree ("requesting_unit_id","next_due_at","id","status","owner_id","assignee_id","requested_country_code","transmitted_at");--> statement-breakpoint
CREATE INDEX "requests_received_due_idx" ON "requests" USING btree ("requested_country_code","next_due_at","id","status","owner_id","assignee_id","requesting_unit_id") WHERE "requests"."transmitted_at" is not null;--> statement-breakpoint
CREATE INDEX "request_events_at_idx" ON "request_events" USING btree ("at","request_id","seq","visibility","actor_id","action");