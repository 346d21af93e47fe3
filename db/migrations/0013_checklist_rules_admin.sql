-- Checklist rules: the database is the truth. A shipped rule carries the version it was
-- shipped in, so that a newer release updates the rules nobody edited; an administrator's edit
-- is dated and signed, and such a rule is never overwritten by a release.
ALTER TABLE "checklist_rules" ADD COLUMN "shipped_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "checklist_rules" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "checklist_rules" ADD COLUMN "edited_by" uuid;--> statement-breakpoint
ALTER TABLE "checklist_rules" ADD CONSTRAINT "checklist_rules_edited_by_users_id_fk" FOREIGN KEY ("edited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
