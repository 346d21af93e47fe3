-- Summaries of the audit trail for the dashboard, kept by appendEvent in the request's own
-- transaction (db/schema/dashboard.ts): each stay of a request in a status, and its first
-- acknowledgement and execution. Filled here from the events already recorded, by the same
-- rule (lib/dashboard/summary-backfill.ts).
CREATE TABLE "request_stays" (
	"request_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"requesting_unit_id" uuid NOT NULL,
	"status" "request_status" NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	"left_at" timestamp with time zone,
	"shared" boolean NOT NULL,
	CONSTRAINT "request_stays_request_id_seq_pk" PRIMARY KEY("request_id","seq")
);
--> statement-breakpoint
CREATE TABLE "request_milestones" (
	"request_id" uuid PRIMARY KEY NOT NULL,
	"requesting_unit_id" uuid NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"executed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "request_stays" ADD CONSTRAINT "request_stays_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_milestones" ADD CONSTRAINT "request_milestones_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
INSERT INTO "request_stays" ("request_id", "seq", "requesting_unit_id", "status", "entered_at", "left_at", "shared")
SELECT e."request_id", e."seq", r."requesting_unit_id", e."to_status", e."at",
       lead(e."at") OVER (PARTITION BY e."request_id" ORDER BY e."seq"), e."visibility" = 'shared'
FROM "request_events" e JOIN "requests" r ON r."id" = e."request_id"
WHERE e."to_status" IS NOT NULL;--> statement-breakpoint
INSERT INTO "request_milestones" ("request_id", "requesting_unit_id", "acknowledged_at", "executed_at")
SELECT e."request_id", r."requesting_unit_id",
       min(e."at") FILTER (WHERE e."action" = 'acknowledge'), min(e."at") FILTER (WHERE e."action" = 'reportExecution')
FROM "request_events" e JOIN "requests" r ON r."id" = e."request_id"
WHERE e."action" IN ('acknowledge', 'reportExecution')
GROUP BY e."request_id", r."requesting_unit_id";--> statement-breakpoint
CREATE INDEX "request_stays_unit_idx" ON "request_stays" USING btree ("requesting_unit_id","request_id","status","entered_at","left_at","shared");--> statement-breakpoint
CREATE INDEX "request_milestones_unit_idx" ON "request_milestones" USING btree ("requesting_unit_id","request_id","acknowledged_at","executed_at");
