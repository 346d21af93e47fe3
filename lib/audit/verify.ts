import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { requestEvents, requests } from "@/db/schema";
import { canonicalHash, eventHash } from "./hash";

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
  /**
   * Erased events recorded before payload digests existed (migration 0016): their links are
   * checked, their content cannot be any more — it is gone, and their hash covered it.
   */
  erasedUnverifiable: number;
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
  const report: ChainReport = { requestsChecked: heads.length, eventsChecked: 0, erasedUnverifiable: 0, problems: [] };

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
      const content = contentCheck(event);
      if (content === "edited") flag(event.seq, "edited");
      if (content === "unverifiable") report.erasedUnverifiable++;
      previousHash = event.hash;
      expectedSeq = event.seq + 1;
    }
    if (expectedSeq - 1 !== head.headSeq || previousHash !== head.headHash) flag(head.headSeq, "truncated");
  }
  return report;
}

/**
 * Whether an event's content matches its hash. The hash covers the payload's digest, and the
 * digest the payload — unless the retention job erased it, which leaves the digest to check.
 */
function contentCheck(event: typeof requestEvents.$inferSelect): "intact" | "edited" | "unverifiable" {
  if (event.dataHash === null) {
    if (event.erasedAt === null) return eventHash(event) === event.hash ? "intact" : "edited";
    return "unverifiable";
  }
  if (eventHash(event) !== event.hash) return "edited";
  if (event.erasedAt !== null) return Object.keys(event.data).length === 0 ? "intact" : "edited";
  return canonicalHash(event.data) === event.dataHash ? "intact" : "edited";
}
