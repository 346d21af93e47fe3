-- Retention (Décret 2025-59): the policy, legal holds, the register of erasures, and an audit
-- chain whose payloads can be erased while it still verifies (lib/audit/hash.ts).
CREATE TABLE "retention_policy" (
	"scope" text PRIMARY KEY DEFAULT 'all' NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"months" integer NOT NULL,
	"edited_at" timestamp with time zone NOT NULL,
	"edited_by" uuid NOT NULL,
	CONSTRAINT "retention_policy_id_unique" UNIQUE("id"),
	CONSTRAINT "retention_policy_one_row" CHECK ("retention_policy"."scope" = 'all'),
	CONSTRAINT "retention_policy_months_range" CHECK ("retention_policy"."months" between 1 and 120)
);
--> statement-breakpoint
CREATE TABLE "legal_holds" (
	"request_id" uuid PRIMARY KEY NOT NULL,
	"set_at" timestamp with time zone NOT NULL,
	"set_by" uuid NOT NULL,
	"reason" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_erasures" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"closed_at" timestamp with time zone NOT NULL,
	"erased_at" timestamp with time zone NOT NULL,
	"policy_months" integer NOT NULL,
	"persons" integer NOT NULL,
	"documents" integer NOT NULL,
	"comments" integer NOT NULL,
	"events" integer NOT NULL,
	CONSTRAINT "retention_erasures_request_id_unique" UNIQUE("request_id")
);
--> statement-breakpoint
ALTER TABLE "retention_policy" ADD CONSTRAINT "retention_policy_edited_by_users_id_fk" FOREIGN KEY ("edited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_holds" ADD CONSTRAINT "legal_holds_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_holds" ADD CONSTRAINT "legal_holds_set_by_users_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_erasures" ADD CONSTRAINT "retention_erasures_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_events" ADD COLUMN "data_hash" text;--> statement-breakpoint
ALTER TABLE "request_events" ADD COLUMN "erased_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "erased_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "erased_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "erased_at" timestamp with time zone;--> statement-breakpoint
-- The register is append-only, like the audit trails.
CREATE TRIGGER retention_erasures_no_update_delete
  BEFORE UPDATE OR DELETE ON retention_erasures
  FOR EACH ROW EXECUTE FUNCTION audit_append_only();
--> statement-breakpoint
CREATE TRIGGER retention_erasures_no_truncate
  BEFORE TRUNCATE ON retention_erasures
  FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
--> statement-breakpoint
-- request_events stays append-only but for one change: the retention job's erasure of a
-- payload — `data` emptied and `erased_at` set once, every other column (the hash and the
-- data's digest included) unchanged. DELETE and TRUNCATE stay refused.
CREATE FUNCTION request_events_erasure_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.erased_at IS NULL AND NEW.erased_at IS NOT NULL AND NEW.data = '{}'::jsonb
    AND (NEW.id, NEW.request_id, NEW.seq, NEW.at, NEW.actor_id, NEW.actor_role, NEW.action, NEW.from_status,
         NEW.to_status, NEW.visibility, NEW.data_hash, NEW.prev_hash, NEW.hash)
      IS NOT DISTINCT FROM
        (OLD.id, OLD.request_id, OLD.seq, OLD.at, OLD.actor_id, OLD.actor_role, OLD.action, OLD.from_status,
         OLD.to_status, OLD.visibility, OLD.data_hash, OLD.prev_hash, OLD.hash)
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'request_events is append-only: UPDATE refused (only the erasure of a payload is allowed)' USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
DROP TRIGGER request_events_no_update_delete ON request_events;--> statement-breakpoint
CREATE TRIGGER request_events_no_delete
  BEFORE DELETE ON request_events
  FOR EACH ROW EXECUTE FUNCTION request_events_append_only();
--> statement-breakpoint
CREATE TRIGGER request_events_erasure_only
  BEFORE UPDATE ON request_events
  FOR EACH ROW EXECUTE FUNCTION request_events_erasure_only();
--> statement-breakpoint
-- The account in whose name scheduled tasks record what they do (lib/users/system.ts): an
-- administrator's role for the audit trail, disabled and without a password, so nobody signs in as it.
INSERT INTO "users" ("id", "email", "name", "role", "active", "password_hash")
VALUES ('00000000-0000-4000-8000-000000000001', 'system@mla-tracker.invalid', 'MLA Tracker', 'admin', false, NULL)
ON CONFLICT DO NOTHING;
