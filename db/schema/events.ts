import { sql } from "drizzle-orm";
import {
  pgTable, text, uuid, pgEnum, integer, timestamp, bigserial, jsonb, index, uniqueIndex, check,
} from "drizzle-orm/pg-core";
import type { RequestEventAction } from "@/lib/requests/events";
import { VISIBILITIES } from "@/lib/requests/vocabulary";
import { requestStatus, requests } from "./requests";
import { userRole, users } from "./users";

export const visibility = pgEnum("visibility", VISIBILITIES);

/**
 * The audit trail: one row per change to a request, never updated or deleted (a trigger
 * in the migrations refuses it). Each row's hash covers its content and the previous
 * row's hash, so an edited, removed or reordered event breaks the chain (lib/audit).
 */
export const requestEvents = pgTable(
  "request_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    requestId: uuid("request_id").notNull().references(() => requests.id),
    /** 1, 2, 3… within the request; unique, so two writers cannot both append seq n. */
    seq: integer("seq").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull(),
    actorId: uuid("actor_id").notNull().references(() => users.id),
    actorRole: userRole("actor_role").notNull(),
    /** One of the audit vocabulary's actions (lib/requests/events.ts). */
    action: text("action").$type<RequestEventAction>().notNull(),
    fromStatus: requestStatus("from_status"),
    toStatus: requestStatus("to_status"),
    /** Each side's internal events (drafting, internal notes, assignments) are never shown to the other. */
    visibility: visibility("visibility").notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull(),
    /**
     * SHA-256 of `data`; the hash covers this digest, not the data, so that the retention job
     * can erase a payload and the chain still verifies (lib/audit/hash.ts). Null for events
     * recorded before the digest existed, whose hash covers the data itself.
     */
    dataHash: text("data_hash"),
    /** When the retention job erased `data` (to {}): the only change the database accepts. */
    erasedAt: timestamp("erased_at", { withTimezone: true }),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [
    uniqueIndex("request_events_seq_idx").on(t.requestId, t.seq),
    // Time in state and deadlines read transitions by time. With what "new since my last visit"
    // reads of an event after it (lib/work/new-since.ts), so that the week's events of a home
    // page come from the index alone instead of as many table pages.
    index("request_events_at_idx").on(t.at, t.requestId, t.seq, t.visibility, t.actorId, t.action),
    // The dashboard (lib/dashboard): its time in state (LEAD over each request's status
    // changes, in seq order) reads the status changes only, and only from this index
    // (index-only scan, already in order: no sort of the whole history)…
    index("request_events_transitions_idx").on(t.requestId, t.seq, t.at, t.toStatus).where(sql`${t.toStatus} is not null`),
    // …and its median delays the acknowledgements and executions only (headline.ts).
    index("request_events_milestones_idx")
      .on(t.requestId, t.action, t.at)
      .where(sql`${t.action} in ('acknowledge', 'reportExecution')`),
    check("request_events_seq_positive", sql`${t.seq} > 0`),
  ],
);

/** The thread of a request; internal comments stay on the requesting side. */
export const comments = pgTable(
  "comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id").notNull().references(() => requests.id),
    authorId: uuid("author_id").notNull().references(() => users.id),
    body: text("body").notNull(),
    visibility: visibility("visibility").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("comments_request_idx").on(t.requestId, t.createdAt)],
);

/**
 * The audit trail of everything that is not a request: accounts (created, disabled,
 * re-enabled, role changed) and cases. One hash chain for the whole log, appended under an
 * advisory lock; append-only like request_events (trigger in the migrations).
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull(),
    actorId: uuid("actor_id").notNull().references(() => users.id),
    actorRole: userRole("actor_role").notNull(),
    action: text("action").notNull(),
    subjectType: text("subject_type", { enum: ["user", "case", "checklistRule", "document", "country", "authority", "unit", "deadlineTarget", "retentionPolicy"] }).notNull(),
    subjectId: uuid("subject_id").notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull(),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [index("audit_log_subject_idx").on(t.subjectType, t.subjectId)],
);
