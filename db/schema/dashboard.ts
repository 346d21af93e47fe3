import { boolean, index, integer, pgSequence, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { requestStatus, requests } from "./requests";

/**
 * Summaries of the audit trail for the dashboard (lib/dashboard), kept in step with it by
 * appendEvent in the request's own transaction: what the dashboard would otherwise derive
 * from every event of its scope on each view. Only statuses, dates and the (fixed)
 * requesting unit — no personal data, nothing the retention job must erase.
 */

/**
 * One row per stay of a request in a status: opened by each status change (an event with
 * `to_status`, whose `seq` it shares), closed (`left_at`) by the next one; the current
 * stay has no end. `shared` is the visibility of the opening event.
 */
export const requestStays = pgTable(
  "request_stays",
  {
    requestId: uuid("request_id").notNull().references(() => requests.id),
    seq: integer("seq").notNull(),
    /** The request's unit (it never changes): narrows a manager's scope on this index alone. */
    requestingUnitId: uuid("requesting_unit_id").notNull(),
    status: requestStatus("status").notNull(),
    enteredAt: timestamp("entered_at", { withTimezone: true }).notNull(),
    leftAt: timestamp("left_at", { withTimezone: true }),
    shared: boolean("shared").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.requestId, t.seq] }),
    // Time in state reads a scope's stays from this index only (index-only scan).
    index("request_stays_unit_idx").on(t.requestingUnitId, t.requestId, t.status, t.enteredAt, t.leftAt, t.shared),
  ],
);

/**
 * The first acknowledgement and the first report of execution of a request (the earliest
 * `at` of its `acknowledge` and `reportExecution` events): the ends of the headline's
 * median delays. A row exists once either has happened.
 */
export const requestMilestones = pgTable(
  "request_milestones",
  {
    requestId: uuid("request_id").primaryKey().references(() => requests.id),
    requestingUnitId: uuid("requesting_unit_id").notNull(),
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }),
    executedAt: timestamp("executed_at", { withTimezone: true }),
  },
  (t) => [index("request_milestones_unit_idx").on(t.requestingUnitId, t.requestId, t.acknowledgedAt, t.executedAt)],
);

/**
 * Taken by every statement that writes a table the dashboard's figures read (triggers of
 * migration 0021): its last value names the state of those tables (lib/dashboard/figures-cache.ts).
 */
export const dashboardChanges = pgSequence("dashboard_changes");
