import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { cases, countries, requestDeadlines, requests, units } from "@/db/schema";
import { assertCan } from "@/lib/access/policy";
import { actorSides, requestScopeCondition } from "@/lib/access/request-access";
import type { Ctx } from "@/lib/context";
import { Invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { requestSummaryColumns } from "./summary-columns";
import {
  checkPeriod, emptyToUndefined, populationFilterShape, requestFilterCondition, selectionFilterShape,
} from "./request-filters";

export const PAGE_SIZE = 25;

export const REQUEST_SORTS = ["updated_desc", "updated_asc", "created_desc", "reference", "status", "due_asc"] as const;

export { DUE_FILTERS } from "./request-filters";

/** Filters as they come from the list page's URL: empty strings mean "any". */
export const listFilters = z
  .object({
    ...populationFilterShape,
    ...selectionFilterShape,
    q: z.preprocess(emptyToUndefined, z.string().trim().max(200).optional()),
    sort: z.preprocess(emptyToUndefined, z.enum(REQUEST_SORTS).default("updated_desc")),
    page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(10_000).default(1)),
  })
  .superRefine(checkPeriod);
export type ListFilters = z.input<typeof listFilters>;

/** ORDER BY of each sort, for the list and its export. */
export const LIST_ORDER: Record<(typeof REQUEST_SORTS)[number], SQL[]> = {
  updated_desc: [desc(requests.updatedAt), desc(requests.id)],
  updated_asc: [asc(requests.updatedAt), asc(requests.id)],
  created_desc: [desc(requests.createdAt), desc(requests.id)],
  reference: [asc(requests.reference)],
  status: [asc(requests.status), desc(requests.updatedAt)],
  // Requests without a running clock come last.
  due_asc: [sql`${requestDeadlines.nextDueAt} asc nulls last`, asc(requests.id)],
};

/** Escapes LIKE wildcards so that a search for "100%" looks for that text. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The requests this actor may see, filtered, searched, sorted and paginated in SQL: the
 * scope condition comes from the access policy, so a filter can narrow but never widen it
 * (a unit outside the scope finds nothing). The filters are those of the dashboard
 * (request-filters.ts), so that each of its figures links to exactly the requests it counts.
 */
export async function listRequests(ctx: Ctx, raw: ListFilters = {}) {
  assertCan(ctx.actor, "requests.list");
  const filters = parseListFilters(ctx, raw);
  const where = listCondition(ctx, filters);

  const [items, [total]] = await Promise.all([
    ctx.db
      .select({
        ...requestSummaryColumns,
        requestingUnitName: units.name,
        caseId: requests.caseId,
        caseReference: cases.reference,
        createdAt: requests.createdAt,
        nextDueAt: requestDeadlines.nextDueAt,
        deadlineError: requestDeadlines.error,
      })
      .from(requests)
      .innerJoin(cases, eq(cases.id, requests.caseId))
      .leftJoin(requestDeadlines, eq(requestDeadlines.requestId, requests.id))
      .innerJoin(countries, eq(countries.code, requests.requestedCountryCode))
      .innerJoin(units, eq(units.id, requests.requestingUnitId))
      .where(where)
      .orderBy(...LIST_ORDER[filters.sort])
      .limit(PAGE_SIZE)
      .offset((filters.page - 1) * PAGE_SIZE),
    ctx.db
      .select({ n: count() })
      .from(requests)
      .innerJoin(cases, eq(cases.id, requests.caseId))
      .leftJoin(requestDeadlines, eq(requestDeadlines.requestId, requests.id))
      .where(where),
  ]);
  return { items, total: total?.n ?? 0, page: filters.page, pageSize: PAGE_SIZE, filters };
}

/**
 * The list's filters, parsed. The hard-date risk is the requesting side's own assessment
 * (the case's hard date is not shared): the requested side cannot filter on it.
 */
export function parseListFilters(ctx: Ctx, raw: ListFilters): z.output<typeof listFilters> {
  const filters = parseInput(listFilters, raw);
  if (filters.atRisk && !actorSides(ctx.actor).requesting) throw new Invalid("invalid", { atRisk: ["invalidChoice"] });
  return filters;
}

/** The scope, the filters and the search as one condition (on requests joined with cases and request_deadlines). */
export function listCondition(ctx: Ctx, filters: z.output<typeof listFilters>): SQL | undefined {
  return and(
    requestScopeCondition(ctx.actor),
    requestFilterCondition(filters, { actor: ctx.actor, now: ctx.now() }),
    filters.q
      ? or(
          ilike(requests.reference, likePattern(filters.q)),
          ilike(cases.reference, likePattern(filters.q)),
          ilike(requests.summaryOfFacts, likePattern(filters.q)),
          ilike(requests.foreignReference, likePattern(filters.q)),
        )
      : undefined,
  );
}
