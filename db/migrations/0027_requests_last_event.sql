-- "New since my last visit" (lib/work/new-since.ts) joined the week's events of every country
-- with the reader's whole scope: on the benchmark's seed the Philippine officer's home page spent
-- 10-13 ms of the database on it (a hash of the 44,000 requests received), every view. Each
-- request now keeps when its trail's last event was written (appendEvent moves it with the
-- chain's head), and the section reads the events of the requests with news only.
ALTER TABLE "requests" ADD COLUMN "last_event_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
UPDATE "requests" SET "last_event_at" = "last"."at"
  FROM (SELECT "request_id", max("at") AS "at" FROM "request_events" GROUP BY "request_id") AS "last"
  WHERE "last"."request_id" = "requests"."id";--> statement-breakpoint
CREATE INDEX "requests_unit_event_idx" ON "requests" USING btree ("requesting_unit_id","last_event_at","id");--> statement-breakpoint
CREATE INDEX "requests_received_event_idx" ON "requests" USING btree ("requested_country_code","last_event_at","id") WHERE "requests"."transmitted_at" is not null;
