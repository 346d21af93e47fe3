import { and, asc, gt, inArray, notInArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { requestDeadlines, requests } from "@/db/schema";
import { FINAL_STATUSES } from "@/lib/requests/vocabulary";
import { computeClocks, type ClockResult } from "./compute";
import { loadClockInputs } from "./load";

/**
 * Recomputes the stored deadline summary of some requests from their events. Called in the
 * same transaction as every write to a request, and by the deadline job for all open ones
 * (projections move with the date).
 */
export async function refreshDeadlines(db: Db, requestIds: readonly string[], now: Date): Promise<Map<string, ClockResult>> {
  const inputs = await loadClockInputs(db, requestIds);
  const results = new Map([...inputs].map(([requestId, input]) => [requestId, computeClocks(input, now)] as const));
  await storeDeadlineSummaries(db, results, now);
  return results;
}

/**
 * Waits, in the caller's transaction, for the writers of these requests to commit, so that
 * what is computed next reads their latest events and not a snapshot a write overtook; until
 * this transaction ends, a new writer waits in turn (and then reads what it committed).
 */
export async function waitForWriters(tx: Db, requestIds: readonly string[]): Promise<void> {
  // The lock the copy to the requests (copyToRequests) takes: taken here at once, in id order,
  // two refreshes of the same requests queue instead of each waiting for the other's share.
  await tx.select({ id: requests.id }).from(requests).where(inArray(requests.id, [...requestIds])).orderBy(asc(requests.id)).for("no key update");
}

/**
 * Recomputes the summary of every open request in the caller's transaction: after a change
 * of the targets, so that lists and the dashboard agree with it as soon as it commits.
 * Returns how many requests were recomputed.
 */
export async function refreshOpenDeadlines(tx: Db, now: Date, pageSize = 500): Promise<number> {
  let count = 0;
  for await (const ids of openRequestIds(tx, pageSize)) {
    await waitForWriters(tx, ids);
    count += (await refreshDeadlines(tx, ids, now)).size;
  }
  return count;
}

/** Writes what the clocks come to; a request whose clocks cannot be computed is logged and marked. */
async function storeDeadlineSummaries(db: Db, results: Map<string, ClockResult>, now: Date): Promise<void> {
  // In id order, so that two transactions upserting overlapping sets cannot deadlock.
  const rows = [...results].sort(([a], [b]) => (a < b ? -1 : 1)).map(([requestId, result]) => {
    // The id and the reason only: logs never carry case content.
    if (!result.ok) console.error(`[deadlines] cannot compute request ${requestId}: ${result.error}`);
    return result.ok
      ? { requestId, nextDueAt: result.nextDueAt, expectedCompletion: result.expectedCompletion, hardDateAtRisk: result.hardDateAtRisk, error: null, computedAt: now }
      : { requestId, nextDueAt: null, expectedCompletion: null, hardDateAtRisk: false, error: result.error, computedAt: now };
  });
  if (rows.length === 0) return;
  await db
    .insert(requestDeadlines)
    .values(rows)
    .onConflictDoUpdate({
      target: requestDeadlines.requestId,
      set: {
        nextDueAt: sqlExcluded("next_due_at"),
        expectedCompletion: sqlExcluded("expected_completion"),
        hardDateAtRisk: sqlExcluded("hard_date_at_risk"),
        error: sqlExcluded("error"),
        computedAt: sqlExcluded("computed_at"),
      },
      // Never let an older computation overwrite a newer one.
      setWhere: sql`${requestDeadlines.computedAt} <= excluded.computed_at`,
    });
  await copyToRequests(db, rows.map((row) => row.requestId));
}

/**
 * The requests' copies of their summary (db/schema/requests.ts), read back from what the upsert
 * kept — a newer computation may have won — and written where they differ.
 */
async function copyToRequests(db: Db, requestIds: string[]): Promise<void> {
  await db.execute(sql`
    update ${requests} set next_due_at = d.next_due_at, hard_date_at_risk = d.hard_date_at_risk
    from ${requestDeadlines} d
    where d.request_id = ${requests.id} and ${inArray(requests.id, requestIds)}
      and (${requests.nextDueAt} is distinct from d.next_due_at or ${requests.hardDateAtRisk} <> d.hard_date_at_risk)`);
}

function sqlExcluded(column: string) {
  return sql.raw(`excluded.${column}`);
}

/** The ids of open requests, in pages (keyset on id), for the job. */
export async function* openRequestIds(db: Db, pageSize = 2_000): AsyncGenerator<string[]> {
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const page = await db
      .select({ id: requests.id })
      .from(requests)
      .where(and(gt(requests.id, after), notInArray(requests.status, [...FINAL_STATUSES])))
      .orderBy(asc(requests.id))
      .limit(pageSize);
    if (page.length === 0) return;
    yield page.map((r) => r.id);
    after = page[page.length - 1]!.id;
  }
}
