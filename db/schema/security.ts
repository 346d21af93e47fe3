import { sql } from "drizzle-orm";
import { pgTable, text, uuid, pgEnum, smallint, integer, timestamp, bigserial, index } from "drizzle-orm/pg-core";
import { SECURITY_EVENT_KINDS, type RefusalSurface } from "@/lib/security/vocabulary";
import { units } from "./reference";
import { requests } from "./requests";
import { users } from "./users";

export const securityEventKind = pgEnum("security_event_kind", SECURITY_EVENT_KINDS);

/**
 * Security events (lib/security): failed sign-ins, refused accesses, document integrity
 * failures. Append-only like the audit trails (a trigger in the migrations refuses UPDATE,
 * DELETE and TRUNCATE), but not hash-chained: a chain serialises its writers, and these are
 * written by anonymous sign-in attempts, whose flood must not queue behind one lock.
 * Never case content: who, when, where (a path or an action name), the answer, ids.
 */
export const securityEvents = pgTable(
  "security_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull(),
    kind: securityEventKind("kind").notNull(),
    /** The person concerned: the signed-in actor, or the account a failed sign-in named (null if none). */
    userId: uuid("user_id").references(() => users.id),
    /** Their unit at the time: a manager reviews the events of their units' people. */
    unitId: uuid("unit_id").references(() => units.id),
    /** The address typed at a failed sign-in, as the throttle already keeps it (login_attempts). */
    email: text("email"),
    /** signInFailed: lib/security/vocabulary.ts SIGN_IN_FAILURES; accessRefused: the error code. */
    reason: text("reason"),
    surface: text("surface").$type<RefusalSurface>(),
    /** The path (never its query string, which may hold a search) or the action's name. */
    path: text("path"),
    /** The HTTP status answered (403, 404, 409). */
    status: smallint("status"),
    /** integrityFailure: the request and its document (no foreign key on the document: retention may erase it). */
    requestId: uuid("request_id").references(() => requests.id),
    documentId: uuid("document_id"),
  },
  (t) => [
    // The review reads newest first, for administrators across the table…
    index("security_events_at_idx").on(t.at),
    // …and for a manager, the events of their units' people.
    index("security_events_unit_idx").on(t.unitId, t.at).where(sql`${t.unitId} is not null`),
  ],
);

/**
 * Counters of the throttles and rate limits (lib/security/rate-counter.ts), one row per
 * subject: an e-mail address or a client IP at sign-in ("address:…", "ip:…"), a user's uploads
 * or exports ("upload:<user id>"…). `count` is what was taken since `windowStartedAt`. A place
 * is taken with one upsert, which PostgreSQL serialises on the row, so concurrent requests
 * never take more than the limit.
 */
export const rateCounters = pgTable("rate_counters", {
  subject: text("subject").primaryKey(),
  count: integer("count").notNull(),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull(),
});
