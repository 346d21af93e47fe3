-- Structured measures (issue 14, items 1, 2 and 4): the measures the seeds call for, their
-- details by type (lib/requests/measure-details.ts), parties and children at risk, a clock per
-- date a measure sets, and deliveries in parts with their evidence.
ALTER TYPE "public"."measure_type" ADD VALUE 'arrest_of_suspects';--> statement-breakpoint
ALTER TYPE "public"."measure_type" ADD VALUE 'child_safeguarding';--> statement-breakpoint
ALTER TYPE "public"."measure_status" ADD VALUE 'partially_returned' BEFORE 'returned';--> statement-breakpoint
ALTER TYPE "public"."person_role" ADD VALUE 'civil_party';--> statement-breakpoint
ALTER TYPE "public"."person_role" ADD VALUE 'child_protection_association';--> statement-breakpoint
ALTER TYPE "public"."clock_kind" ADD VALUE 'measure';--> statement-breakpoint
ALTER TABLE "measures" ADD COLUMN "details" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_details_object" CHECK (jsonb_typeof("measures"."details") = 'object');--> statement-breakpoint
ALTER TABLE "request_persons" ADD COLUMN "child_at_risk" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- Several measures' dates run from one transmission: each is its own reminder subject.
ALTER TABLE "reminders" ADD COLUMN "subject" text DEFAULT '' NOT NULL;--> statement-breakpoint
DROP INDEX "reminders_once_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "reminders_once_idx" ON "reminders" USING btree ("request_id","clock","clock_started_at","threshold","subject");--> statement-breakpoint
CREATE TABLE "measure_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"delivered_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"final" boolean DEFAULT false NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "measure_delivery_documents" (
	"delivery_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	CONSTRAINT "measure_delivery_documents_delivery_id_document_id_pk" PRIMARY KEY("delivery_id","document_id"),
	CONSTRAINT "measure_delivery_documents_document_id_unique" UNIQUE("document_id")
);
--> statement-breakpoint
ALTER TABLE "measure_deliveries" ADD CONSTRAINT "measure_deliveries_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_deliveries" ADD CONSTRAINT "measure_deliveries_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_deliveries" ADD CONSTRAINT "measure_deliveries_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_delivery_documents" ADD CONSTRAINT "measure_delivery_documents_delivery_id_measure_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."measure_deliveries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_delivery_documents" ADD CONSTRAINT "measure_delivery_documents_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "measure_deliveries_measure_idx" ON "measure_deliveries" USING btree ("measure_id","delivered_on");
