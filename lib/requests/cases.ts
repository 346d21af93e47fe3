import { and, asc, count, desc, eq, ilike, or } from "drizzle-orm";
import { z } from "zod";
import { literalLimit } from "@/db/literal-limit";
import { cases, countries, requestDeadlines, requests } from "@/db/schema";
import { caseScopeCondition } from "@/lib/access/case-access";
import { assertCan } from "@/lib/access/policy";
import type { Ctx } from "@/lib/context";
import { NotFound } from "@/lib/errors";
import { requestSummaryColumns } from "./summary-columns";
import { isUuid } from "@/lib/validation/ids";
import { parseInput } from "@/lib/validation/parse";
import { boundedTotal, COUNT_LIMIT, likePattern } from "./list-requests";
import { emptyToUndefined } from "./request-filters";

/**
 * How many cases the cases page shows, the most recently active first. A unit has hundreds of
 * cases, a central authority's thousands: all of them made a page of a megabyte (1,000 cases on
 * the benchmark's seed, 7 views/s); the search finds the others by reference or title.
 */
export const CASES_SHOWN = 100;

const caseSearch = z.object({ q: z.preprocess(emptyToUndefined, z.string().trim().max(200).optional()) });

/**
 * The cases page: the actor's cases whose reference or title contains `q` (every case without
 * one), the most recently active first, at most CASES_SHOWN, and how many match, counted no
 * further than the request list counts. Too long a search is bad input, named by its field.
 */
export async function findCases(ctx: Ctx, raw: { q?: string } = {}) {
  assertCan(ctx.actor, "cases.view");
  const { q } = parseInput(caseSearch, raw);
  const where = and(caseScopeCondition(ctx.actor), q ? or(ilike(cases.reference, likePattern(q)), ilike(cases.title, likePattern(q))) : undefined);
  const matching = ctx.db.select({ id: cases.id }).from(cases).where(where).limit(literalLimit(COUNT_LIMIT + 1)).as("matching");
  const [shown, [counted]] = await Promise.all([
    ctx.db
      .select({ id: cases.id, reference: cases.reference, title: cases.title, hardDate: cases.hardDate, updatedAt: cases.updatedAt })
      .from(cases)
      .where(where)
      .orderBy(desc(cases.updatedAt), desc(cases.id))
      .limit(literalLimit(CASES_SHOWN)),
    ctx.db.select({ n: count() }).from(matching),
  ]);
  return { cases: shown, total: boundedTotal(counted?.n ?? 0, shown.length), q: q ?? "" };
}

/**
 * The cases the list's case filter and the new request form offer: the most recently active
 * ones, and the one already chosen. A unit has hundreds of cases; a select of all of them weighs
 * on every page that has one and helps nobody — the list's search also finds a case by its
 * reference, and an older case's own page opens the form with it chosen.
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
