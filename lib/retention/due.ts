import { and, eq, inArray, isNull, lte, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { legalHolds, requestEvents, requests } from "@/db/schema";
import { FINAL_STATUSES } from "@/lib/requests/vocabulary";

/**
 * When each final request was closed (refused, withdrawn): its last move into a final status.
 * The retention period runs from there (Décret 2025-59: "12 months after a file is closed").
 */
export function closings(db: Db) {
  return db
    .select({ requestId: requestEvents.requestId, closedAt: sql<Date>`max(${requestEvents.at})`.mapWith(requestEvents.at).as("closed_at") })
    .from(requestEvents)
    .where(inArray(requestEvents.toStatus, [...FINAL_STATUSES]))
    .groupBy(requestEvents.requestId)
    .as("closings");
}

/**
 * When a request closed at `closedAt` falls due for erasure: `months` later, by the calendar
 * (PostgreSQL's month arithmetic: 31 August + 6 months is 28 or 29 February). The job's
 * selection and the report's dates both read it, so that they agree to the second.
 */
export function erasureDue(closedAt: SQL | SQL.Aliased, months: number): SQL<Date> {
  return sql<Date>`(${closedAt} + make_interval(months => ${months}))`;
}

export const instant = (at: Date): SQL => sql`${at.toISOString()}::timestamptz`;

export interface Closed {
  id: string;
  reference: string;
  closedAt: Date;
}

/**
 * The requests whose personal data is due for erasure at `now`: final, closed more than
 * `months` ago, not yet erased, not on legal hold. The one selection the job erases and the
 * dry-run report shows (report.ts), so that the report never promises other than the job does.
 */
export async function dueForErasure(db: Db, now: Date, months: number, only?: string): Promise<Closed[]> {
  const closed = closings(db);
  return db
    .select({ id: requests.id, reference: requests.reference, closedAt: closed.closedAt })
    .from(requests)
    .innerJoin(closed, eq(closed.requestId, requests.id))
    .leftJoin(legalHolds, eq(legalHolds.requestId, requests.id))
    .where(
      and(
        inArray(requests.status, [...FINAL_STATUSES]),
        isNull(requests.erasedAt),
        isNull(legalHolds.requestId),
        lte(erasureDue(closed.closedAt, months), instant(now)),
        only ? eq(requests.id, only) : undefined,
      ),
    )
    .orderBy(closed.closedAt);
}
