-- Audit review (issue 12): security events beside the audit trails, append-only like them.
CREATE TYPE "public"."security_event_kind" AS ENUM('signInFailed', 'accessRefused', 'integrityFailure');--> statement-breakpoint
CREATE TABLE "security_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"kind" "security_event_kind" NOT NULL,
	"user_id" uuid,
	"unit_id" uuid,
	"email" text,
	"reason" text,
	"surface" text,
	"path" text,
	"status" smallint,
	"request_id" uuid,
	"document_id" uuid
);
--> statement-breakpoint
ALTER TABLE "security_events" ADD CONSTRAINT "security_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_events" ADD CONSTRAINT "security_events_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_events" ADD CONSTRAINT "security_events_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "security_events_at_idx" ON "security_events" USING btree ("at");--> statement-breakpoint
CREATE INDEX "security_events_unit_idx" ON "security_events" USING btree ("unit_id","at") WHERE "security_events"."unit_id" is not null;--> statement-breakpoint
-- Append-only, whoever asks (see 0002 and 0006): audit_append_only() names the table it refuses.
CREATE TRIGGER security_events_no_update_delete
  BEFORE UPDATE OR DELETE ON security_events
  FOR EACH ROW EXECUTE FUNCTION audit_append_only();
--> statement-breakpoint
CREATE TRIGGER security_events_no_truncate
  BEFORE TRUNCATE ON security_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
