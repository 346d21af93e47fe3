-- Deadline targets: an administrator's overrides of the product targets. A missing row means
-- the value shipped in lib/deadlines/policies.ts; the limits a text fixes (EIO, Budapest) have no row.
CREATE TABLE "deadline_targets" (
	"key" text PRIMARY KEY NOT NULL,
	"days" integer NOT NULL,
	"edited_at" timestamp with time zone NOT NULL,
	"edited_by" uuid NOT NULL,
	CONSTRAINT "deadline_targets_days_range" CHECK ("deadline_targets"."days" between 1 and 3650)
);
--> statement-breakpoint
ALTER TABLE "deadline_targets" ADD CONSTRAINT "deadline_targets_edited_by_users_id_fk" FOREIGN KEY ("edited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
