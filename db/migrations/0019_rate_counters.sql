-- The counters of the sign-in throttle and of the rate limits (lib/security/rate-counter.ts):
-- a place is taken with one upsert on the subject's row, before the work it guards.
CREATE TABLE "rate_counters" (
	"subject" text PRIMARY KEY NOT NULL,
	"count" integer NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL
);
