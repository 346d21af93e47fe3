import { sql } from "drizzle-orm";
import { pgTable, text, uuid, integer, timestamp, bigserial, check } from "drizzle-orm/pg-core";
import { requests } from "./requests";
import { users } from "./users";

/**
 * The retention period an administrator set (lib/retention/policy.ts). One row at most; none
 * means the default of Décret 2025-59 (12 months after a file is closed).
 */
export const retentionPolicy = pgTable(
  "retention_policy",
  {
    /** Always "all": the period is one for the whole tracker. */
    scope: text("scope").primaryKey().default("all"),
    /** The audit log names its subject by uuid. */
    id: uuid("id").notNull().unique().defaultRandom(),
    months: integer("months").notNull(),
    editedAt: timestamp("edited_at", { withTimezone: true }).notNull(),
    editedBy: uuid("edited_by").notNull().references(() => users.id),
  },
  (t) => [
    check("retention_policy_one_row", sql`${t.scope} = 'all'`),
    // Beyond 10 years only by a magistrate's decision (a legal hold), never by a policy.
    check("retention_policy_months_range", sql`${t.months} between 1 and 120`),
  ],
);

/**
 * A magistrate's decision to keep a request beyond the retention period (Décret 2025-59).
 * Lifting it deletes the row; both decisions stay in the request's audit trail.
 */
export const legalHolds = pgTable("legal_holds", {
  requestId: uuid("request_id").primaryKey().references(() => requests.id),
  setAt: timestamp("set_at", { withTimezone: true }).notNull(),
  setBy: uuid("set_by").notNull().references(() => users.id),
  reason: text("reason").notNull(),
});

/**
 * The register of erasures: one row per request whose personal data the retention job
 * erased, with what it erased. Append-only (a trigger refuses UPDATE and DELETE). No case
 * content: the reference, dates and counts.
 */
export const retentionErasures = pgTable("retention_erasures", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  requestId: uuid("request_id").notNull().unique().references(() => requests.id),
  reference: text("reference").notNull(),
  closedAt: timestamp("closed_at", { withTimezone: true }).notNull(),
  erasedAt: timestamp("erased_at", { withTimezone: true }).notNull(),
  policyMonths: integer("policy_months").notNull(),
  persons: integer("persons").notNull(),
  documents: integer("documents").notNull(),
  comments: integer("comments").notNull(),
  events: integer("events").notNull(),
});
