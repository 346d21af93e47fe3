import { and, asc, desc, eq } from "drizzle-orm";
import { literalLimit } from "@/db/literal-limit";
import { cases, countries, requestDeadlines, requests } from "@/db/schema";
import { caseScopeCondition } from "@/lib/access/case-access";
import { assertCan } from "@/lib/access/policy";
import type { Ctx } from "@/lib/context";
import { NotFound } from "@/lib/errors";
import { requestSummaryColumns } from "./summary-columns";
import { isUuid } from "@/lib/validation/ids";


export async function listCases(ctx: Ctx) {
  assertCan(ctx.actor, "cases.view");
  return ctx.db
    .select({ id: cases.id, reference: cases.reference, title: cases.title, hardDate: cases.hardDate, updatedAt: cases.updatedAt })
    .from(cases)
    .where(caseScopeCondition(ctx.actor))
    .orderBy(desc(cases.updatedAt));
}

/**
 * The cases the list's case filter offers: the most recently active ones, and the one already
 * chosen. A unit has hundreds of cases; a select of all of them weighs on every list page and
 * helps nobody — the list's search also finds a case by its reference.
 */
export const CASE_FILTER_OPTIONS = 50;

export async function caseFilterOptions(ctx: Ctx, chosen: string | undefined) {
  assertCan(ctx.actor, "cases.view");
  const columns = { id: cases.id, reference: cases.reference, title: cases.title, updatedAt: cases.updatedAt };
  const [recent, selected] = await Promise.all([
    ctx.db.select(columns).from(cases).where(caseScopeCondition(ctx.actor)).orderBy(desc(cases.updatedAt)).limit(literalLimit(CASE_FILTER_OPTIONS)),
    chosen && isUuid(chosen) ? ctx.db.select(columns).from(cases).where(and(eq(cases.id, chosen), caseScopeCondition(ctx.actor))) : [],
  ]);
  return [...selected.filter((c) => !recent.some((r) => r.id === c.id)), ...recent];
}

/** A case and its requests; another unit's case does not exist for this actor (404). */
export async function getCase(ctx: Ctx, caseId: string) {
  assertCan(ctx.actor, "cases.view");
  if (!isUuid(caseId)) throw new NotFound();
  const [kase] = await ctx.db.select().from(cases).where(and(eq(cases.id, caseId), caseScopeCondition(ctx.actor)));
  if (!kase) throw new NotFound();
  const caseRequests = await ctx.db
    .select({
      ...requestSummaryColumns,
      nextDueAt: requestDeadlines.nextDueAt,
      expectedCompletion: requestDeadlines.expectedCompletion,
      hardDateAtRisk: requestDeadlines.hardDateAtRisk,
    })
    .from(requests)
    .innerJoin(countries, eq(countries.code, requests.requestedCountryCode))
    .leftJoin(requestDeadlines, eq(requestDeadlines.requestId, requests.id))
    .where(eq(requests.caseId, caseId))
    .orderBy(asc(requests.reference));
  return { ...kase, requests: caseRequests };
}
