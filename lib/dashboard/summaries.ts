import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { requestMilestones, requests, requestStays } from "@/db/schema";
import type { RequestEventAction } from "@/lib/requests/events";
import type { RequestStatus, Visibility } from "@/lib/requests/vocabulary";

/** The moves that end the headline's two delays (headline.ts), measured from the transmission. */
export const ACKNOWLEDGED = "acknowledge" satisfies RequestEventAction;
export const EXECUTED = "reportExecution" satisfies RequestEventAction;

export interface SummarisedEvent {
  requestId: string;
  seq: number;
  at: Date;
  action: RequestEventAction;
  toStatus: RequestStatus | null;
  visibility: Visibility;
}

/**
 * Keeps the dashboard's summaries (db/schema/dashboard.ts) in step with one appended event,
 * in the appending transaction (which holds the request's lock): a status change closes the
 * current stay and opens the next; an acknowledgement or execution may be the first one.
 */
export async function summariseEvent(tx: Db, event: SummarisedEvent): Promise<void> {
  const unit = tx.select({ id: requests.requestingUnitId }).from(requests).where(eq(requests.id, event.requestId));
  if (event.toStatus) {
    await tx
      .update(requestStays)
      .set({ leftAt: event.at })
      .where(and(eq(requestStays.requestId, event.requestId), isNull(requestStays.leftAt)));
    await tx.insert(requestStays).values({
      requestId: event.requestId,
      seq: event.seq,
      requestingUnitId: sql`(${unit})`,
      status: event.toStatus,
      enteredAt: event.at,
      shared: event.visibility === "shared",
    });
  }
  if (event.action === ACKNOWLEDGED || event.action === EXECUTED) {
    await tx
      .insert(requestMilestones)
      .values({
        requestId: event.requestId,
        requestingUnitId: sql`(${unit})`,
        acknowledgedAt: event.action === ACKNOWLEDGED ? event.at : null,
        executedAt: event.action === EXECUTED ? event.at : null,
      })
      .onConflictDoUpdate({
        target: requestMilestones.requestId,
        // The earliest of each, as the events would say (least() ignores a null).
        set: {
          acknowledgedAt: sql`least(${requestMilestones.acknowledgedAt}, excluded.acknowledged_at)`,
          executedAt: sql`least(${requestMilestones.executedAt}, excluded.executed_at)`,
        },
      });
  }
}

/**
 * The summaries computed from the events already recorded, by the same rule — for data
 * written in bulk without appendEvent (the benchmark's seed). Migration 0018 holds the same
 * statements. Expects empty summary tables.
 */
export const SUMMARY_BACKFILL_SQL = [
  `insert into request_stays (request_id, seq, requesting_unit_id, status, entered_at, left_at, shared)
   select e.request_id, e.seq, r.requesting_unit_id, e.to_status as status, e.at as entered_at,
          lead(e.at) over (partition by e.request_id order by e.seq) as left_at, e.visibility = 'shared' as shared
   from request_events e join requests r on r.id = e.request_id
   where e.to_status is not null`,
  `insert into request_milestones (request_id, requesting_unit_id, acknowledged_at, executed_at)
   select e.request_id, r.requesting_unit_id,
          min(e.at) filter (where e.action = '${ACKNOWLEDGED}') as acknowledged_at,
          min(e.at) filter (where e.action = '${EXECUTED}') as executed_at
   from request_events e join requests r on r.id = e.request_id
   where e.action in ('${ACKNOWLEDGED}', '${EXECUTED}')
   group by e.request_id, r.requesting_unit_id`,
];
