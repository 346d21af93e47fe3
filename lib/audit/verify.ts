import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { requestEvents, requests } from "@/db/schema";
import { eventHash } from "./hash";

export type ChainProblem =
  /** An event's content no longer matches its hash: it was edited. */
  | "edited"
  /** An event does not follow the one before it: one was removed, inserted or reordered. */
  | "broken_link"
  /** The chain ends before the head recorded on the request: trailing events were removed. */
  | "truncated";

export interface ChainReport {
  requestsChecked: number;
  eventsChecked: number;
  problems: { requestId: string; reference: string; seq: number; problem: ChainProblem }[];
}

/**
 * Re-computes every request's hash chain (or one request's) from the stored events and
 * compares it with the head kept on the request row.
 */
export async function verifyAuditChains(db: Db, options: { requestId?: string } = {}): Promise<ChainReport> {
  const heads = await db
    .select({ id: requests.id, reference: requests.reference, headSeq: requests.headSeq, headHash: requests.headHash })
    .from(requests)
    .where(options.requestId ? eq(requests.id, options.requestId) : undefined);
  const report: ChainReport = { requestsChecked: heads.length, eventsChecked: 0, problems: [] };

  for (const head of heads) {
    const events = await db
      .select()
      .from(requestEvents)
      .where(eq(requestEvents.requestId, head.id))
      .orderBy(asc(requestEvents.seq), asc(requestEvents.id));
    let previousHash = "";
    let expectedSeq = 1;
    const flag = (seq: number, problem: ChainProblem) =>
      report.problems.push({ requestId: head.id, reference: head.reference, seq, problem });

    for (const event of events) {
      report.eventsChecked++;
      if (event.seq !== expectedSeq || event.prevHash !== previousHash) flag(event.seq, "broken_link");
      if (eventHash(event) !== event.hash) flag(event.seq, "edited");
      previousHash = event.hash;
      expectedSeq = event.seq + 1;
    }
    if (expectedSeq - 1 !== head.headSeq || previousHash !== head.headHash) flag(head.headSeq, "truncated");
  }
  return report;
}
