import { sql } from "drizzle-orm";
import {
  pgTable, text, uuid, integer, timestamp, boolean, bigint, bigserial, jsonb, index, uniqueIndex, pgEnum, check,
} from "drizzle-orm/pg-core";
import { CLOCK_KINDS, TARGET_KEYS } from "@/lib/deadlines/policies";
import { requestEvents } from "./events";
import { requests } from "./requests";
import { users } from "./users";

export const clockKind = pgEnum("clock_kind", CLOCK_KINDS);

/**
 * What the clocks of each request come to, recomputed from its events on every write and
 * by the deadline job — a cache that lets the list filter and sort by due date in SQL.
 * Never edited by hand: lib/deadlines/refresh.ts is its only writer.
 */
export const requestDeadlines = pgTable(
  "request_deadlines",
  {
    requestId: uuid("request_id").primaryKey().references(() => requests.id),
    /** Earliest due date among running clocks; null when none runs. */
    nextDueAt: timestamp("next_due_at", { withTimezone: true }),
    expectedCompletion: timestamp("expected_completion", { withTimezone: true }),
    hardDateAtRisk: boolean("hard_date_at_risk").notNull().default(false),
    /** Why the clocks could not be computed ("cannot compute" in the UI), or null. */
    error: text("error"),
    computedAt: timestamp("computed_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    // "Overdue" and "due within N days" filters, and the due-date sort.
    index("request_deadlines_due_idx").on(t.nextDueAt),
    // The requests at risk of missing their case's hard date (the dashboard's forecast, the
    // list's filter): a few percent of all, found without reading the others.
    index("request_deadlines_at_risk_idx").on(t.requestId).where(sql`${t.hardDateAtRisk}`),
  ],
);

/**
 * An administrator's overrides of the product targets (lib/deadlines/policies.ts). Only what
 * was edited is stored: a missing row means the shipped value, so a fresh install needs no
 * seed and a release can change a default nobody edited. Limits a text fixes have no row.
 */
export const deadlineTargets = pgTable(
  "deadline_targets",
  {
    key: text("key", { enum: TARGET_KEYS }).primaryKey(),
    days: integer("days").notNull(),
    editedAt: timestamp("edited_at", { withTimezone: true }).notNull(),
    editedBy: uuid("edited_by").notNull().references(() => users.id),
  },
  // MAX_TARGET_DAYS (lib/deadlines/policies.ts): beyond ten years, a typing slip rather than a target.
  (t) => [check("deadline_targets_days_range", sql`${t.days} between 1 and 3650`)],
);

/**
 * Reminders (relances) and escalations, one row per (request, clock run, threshold): the
 * unique index is what makes two job instances or a re-run record each only once.
 */
export const reminders = pgTable(
  "reminders",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    requestId: uuid("request_id").notNull().references(() => requests.id),
    clock: clockKind("clock").notNull(),
    clockStartedAt: timestamp("clock_started_at", { withTimezone: true }).notNull(),
    /** "50", "80", "due", "breach+30", "breach+60"…, or "escalation". */
    threshold: text("threshold").notNull(),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    /**
     * What the clock is about within the request: "" for the request's own clocks, the
     * measure's id for a date a measure set (several such clocks run from one transmission).
     */
    subject: text("subject").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("reminders_once_idx").on(t.requestId, t.clock, t.clockStartedAt, t.threshold, t.subject)],
);

export const notifications = pgTable(
  "notifications",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: uuid("user_id").notNull().references(() => users.id),
    requestId: uuid("request_id").references(() => requests.id),
    /** "reminder", "escalation" (a deadline) or "move" (an event that hands over the ball); values in `data`. */
    kind: text("kind").notNull(),
    data: jsonb("data").$type<Record<string, string | number>>().notNull(),
    /** The audit event that caused it, for a move. */
    eventId: bigint("event_id", { mode: "number" }).references(() => requestEvents.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    readAt: timestamp("read_at", { withTimezone: true }),
    /** When it went out in a daily digest; set at once for those who do not read digests. */
    digestedAt: timestamp("digested_at", { withTimezone: true }),
  },
  (t) => [
    // The bell counts a user's unread notifications on every page.
    index("notifications_unread_idx").on(t.userId, t.readAt, t.createdAt),
    // Exactly once per event and recipient, whatever the number of writers.
    uniqueIndex("notifications_once_idx").on(t.eventId, t.userId),
    // The digest job reads what is still to be mailed.
    index("notifications_digest_idx").on(t.userId, t.createdAt).where(sql`${t.digestedAt} is null`),
  ],
);

export const MAIL_STATUSES = ["pending", "sent", "failed"] as const;
export const mailStatus = pgEnum("mail_status", MAIL_STATUSES);

/**
 * Outgoing e-mail, written in the same transaction as what caused it and sent afterwards:
 * a failed send is retried with a growing delay and never lost.
 */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    locale: text("locale").notNull(),
    status: mailStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [index("mail_outbox_pending_idx").on(t.status, t.nextAttemptAt).where(sql`${t.status} = 'pending'`)],
);
