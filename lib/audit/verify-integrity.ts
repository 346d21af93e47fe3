import { asc } from "drizzle-orm";
import { requests } from "@/db/schema";
import { assertCan } from "@/lib/access/policy";
import { requestScopeCondition } from "@/lib/access/request-access";
import type { Ctx } from "@/lib/context";
import { verifyLog } from "./log";
import { verifyAuditChains, type ChainProblem } from "./verify";

export interface IntegrityReport {
  /** "all": every request and the general log (administrators); "scope": the manager's requests only. */
  coverage: "all" | "scope";
  requestsChecked: number;
  eventsChecked: number;
  /** Which request is broken, and how; the event's number only for administrators (see below). */
  requestProblems: { requestId: string; reference: string; seq: number | null; problem: ChainProblem }[];
  /** The general log's chain; null when it was not verified (it is one chain over everyone's entries). */
  log: { entriesChecked: number; problems: { id: number; problem: "edited" | "broken_link" }[] } | null;
}

/**
 * Runs the chain verifiers (the same as `npm run audit:verify`) for the "Verify integrity"
 * button. Administrators verify everything. A manager verifies the chains of the requests in
 * their scope (the access policy's `requestScopeCondition`): they learn which request is
 * broken, not at which event, since the number would reveal the other side's internal events;
 * the general log, one chain over every account and unit, stays with the administrators.
 */
export async function verifyIntegrity(ctx: Ctx): Promise<IntegrityReport> {
  assertCan(ctx.actor, "audit.verify");
  if (ctx.actor.role === "admin") {
    const [chains, log] = await Promise.all([verifyAuditChains(ctx.db), verifyLog(ctx.db)]);
    return { coverage: "all", requestsChecked: chains.requestsChecked, eventsChecked: chains.eventsChecked, requestProblems: chains.problems, log };
  }
  const scoped = await ctx.db.select({ id: requests.id }).from(requests).where(requestScopeCondition(ctx.actor)).orderBy(asc(requests.reference));
  const report: IntegrityReport = { coverage: "scope", requestsChecked: 0, eventsChecked: 0, requestProblems: [], log: null };
  for (const { id } of scoped) {
    const chain = await verifyAuditChains(ctx.db, { requestId: id });
    report.requestsChecked += chain.requestsChecked;
    report.eventsChecked += chain.eventsChecked;
    // One line per broken request and kind of problem is what a manager can act on.
    for (const p of chain.problems) {
      if (!report.requestProblems.some((q) => q.requestId === p.requestId && q.problem === p.problem)) {
        report.requestProblems.push({ requestId: p.requestId, reference: p.reference, seq: null, problem: p.problem });
      }
    }
  }
  return report;
}

export function isIntact(report: IntegrityReport): boolean {
  return report.requestProblems.length === 0 && (report.log?.problems.length ?? 0) === 0;
}
