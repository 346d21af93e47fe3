CREATE TYPE "public"."legal_basis" AS ENUM('budapest_convention', 'bilateral_convention', 'european_investigation_order', 'reciprocity', 'multilateral_convention');--> statement-breakpoint
CREATE TYPE "public"."measure_status" AS ENUM('requested', 'in_progress', 'returned', 'not_executable');--> statement-breakpoint
CREATE TYPE "public"."measure_type" AS ENUM('bank_records', 'money_transfer_records', 'subscriber_data', 'traffic_data', 'content_data', 'expedited_preservation', 'hearing_minor_victim', 'hearing_witness', 'hearing_suspect', 'identification', 'search_and_seizure', 'local_proceedings_information', 'video_link_testimony', 'victim_travel', 'service_of_documents');--> statement-breakpoint
CREATE TYPE "public"."person_role" AS ENUM('suspect', 'victim', 'witness', 'other');--> statement-breakpoint
CREATE TYPE "public"."request_channel" AS ENUM('central_authority', 'diplomatic', 'direct');--> statement-breakpoint
CREATE TYPE "public"."request_status" AS ENUM('draft', 'in_review', 'validated', 'transmitted', 'acknowledged', 'in_execution', 'information_requested', 'partially_executed', 'executed', 'closed', 'refused', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."urgency" AS ENUM('normal', 'urgent', 'very_urgent');--> statement-breakpoint
CREATE TYPE "public"."visibility" AS ENUM('internal', 'shared');--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"title" text NOT NULL,
	"offences" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"hard_date" date,
	"hard_date_label" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"type" "measure_type" NOT NULL,
	"description" text NOT NULL,
	"status" "measure_status" DEFAULT 'requested' NOT NULL,
	"result_note" text DEFAULT '' NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "request_counters" (
	"year" integer NOT NULL,
	"from_country" char(2) NOT NULL,
	"to_country" char(2) NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "request_counters_year_from_country_to_country_pk" PRIMARY KEY("year","from_country","to_country")
);
--> statement-breakpoint
CREATE TABLE "request_persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"role" "person_role" NOT NULL,
	"pseudonym" text NOT NULL,
	"identity" text NOT NULL,
	"nationality" text DEFAULT '' NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"case_id" uuid NOT NULL,
	"parent_request_id" uuid,
	"requesting_unit_id" uuid NOT NULL,
	"requested_country_code" char(2) NOT NULL,
	"requested_authority" text DEFAULT '' NOT NULL,
	"legal_basis" "legal_basis" NOT NULL,
	"legal_basis_detail" text DEFAULT '' NOT NULL,
	"channel" "request_channel" NOT NULL,
	"urgency" "urgency" DEFAULT 'normal' NOT NULL,
	"urgency_reasons" text DEFAULT '' NOT NULL,
	"target_date" date,
	"confidential" boolean DEFAULT true NOT NULL,
	"confidentiality_reasons" text DEFAULT '' NOT NULL,
	"summary_of_facts" text DEFAULT '' NOT NULL,
	"offences_and_penalties" text DEFAULT '' NOT NULL,
	"contact_point" text DEFAULT '' NOT NULL,
	"foreign_reference" text,
	"status" "request_status" DEFAULT 'draft' NOT NULL,
	"resume_status" "request_status",
	"transmitted_at" timestamp with time zone,
	"transmission_channel" "request_channel",
	"version" integer DEFAULT 1 NOT NULL,
	"head_seq" integer DEFAULT 0 NOT NULL,
	"head_hash" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"updated_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "requests_reference_unique" UNIQUE("reference"),
	CONSTRAINT "requests_resume_only_when_paused" CHECK (("requests"."status" = 'information_requested') = ("requests"."resume_status" is not null))
);
--> statement-breakpoint
CREATE TABLE "comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"visibility" "visibility" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "request_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid NOT NULL,
	"actor_role" "user_role" NOT NULL,
	"action" text NOT NULL,
	"from_status" "request_status",
	"to_status" "request_status",
	"visibility" "visibility" NOT NULL,
	"data" jsonb NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "request_events_seq_positive" CHECK ("request_events"."seq" > 0)
);
--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_persons" ADD CONSTRAINT "request_persons_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_parent_request_id_requests_id_fk" FOREIGN KEY ("parent_request_id") REFERENCES "public"."requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_requesting_unit_id_units_id_fk" FOREIGN KEY ("requesting_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_requested_country_code_countries_code_fk" FOREIGN KEY ("requested_country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_events" ADD CONSTRAINT "request_events_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_events" ADD CONSTRAINT "request_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cases_unit_reference_idx" ON "cases" USING btree ("unit_id","reference");--> statement-breakpoint
CREATE INDEX "measures_request_idx" ON "measures" USING btree ("request_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "request_persons_pseudonym_idx" ON "request_persons" USING btree ("request_id","pseudonym");--> statement-breakpoint
CREATE INDEX "requests_unit_idx" ON "requests" USING btree ("requesting_unit_id","updated_at");--> statement-breakpoint
CREATE INDEX "requests_country_idx" ON "requests" USING btree ("requested_country_code","transmitted_at");--> statement-breakpoint
CREATE INDEX "requests_status_idx" ON "requests" USING btree ("status");--> statement-breakpoint
CREATE INDEX "requests_case_idx" ON "requests" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "requests_parent_idx" ON "requests" USING btree ("parent_request_id");--> statement-breakpoint
CREATE INDEX "comments_request_idx" ON "comments" USING btree ("request_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "request_events_seq_idx" ON "request_events" USING btree ("request_id","seq");--> statement-breakpoint
CREATE INDEX "request_events_at_idx" ON "request_events" USING btree ("at");