import { and, asc, count, desc, eq, gte, ilike, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { cases, countries, requestDeadlines, requests, units } from "@/db/schema";
import { assertCan } from "@/lib/access/policy";
import { requestScopeCondition } from "@/lib/access/request-access";
import type { Ctx } from "@/lib/context";
import { parseInput } from "@/lib/validation/parse";
import { requestSummaryColumns } from "./summary-columns";
import { REQUEST_STATUSES, URGENCIES } from "./vocabulary";

export const PAGE_SIZE = 25;

export const REQUEST_SORTS = ["updated_desc", "updated_asc", "created_desc", "reference", "status", "due_asc"] as const;

/** "overdue", or due within this many days. */
export const DUE_FILTERS = ["overdue", "7", "14", "30"] as const;

/** Filters as they come from the list page's URL: empty strings mean "any". */
const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
export const listFilters = z.object({
  status: z.preprocess(emptyToUndefined, z.enum(REQUEST_STATUSES).optional()),
  country: z.preprocess(emptyToUndefined, z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/).optional()),
  urgency: z.preprocess(emptyToUndefined, z.enum(URGENCIES).optional()),
  caseId: z.preprocess(emptyToUndefined, z.uuid().optional()),
  due: z.preprocess(emptyToUndefined, z.enum(DUE_FILTERS).optional()),
  q: z.preprocess(emptyToUndefined, z.string().trim().max(200).optional()),
  sort: z.preprocess(emptyToUndefined, z.enum(REQUEST_SORTS).default("updated_desc")),
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(10_000).default(1)),
});
export type ListFilters = z.input<typeof listFilters>;

const ORDER: Record<(typeof REQUEST_SORTS)[number], SQL[]> = {
  updated_desc: [desc(requests.updatedAt), desc(requests.id)],
  updated_asc: [asc(requests.updatedAt), asc(requests.id)],
  created_desc: [desc(requests.createdAt), desc(requests.id)],
  reference: [asc(requests.reference)],
  status: [asc(requests.status), desc(requests.updatedAt)],
  // Requests without a running clock come last.
  due_asc: [sql`${requestDeadlines.nextDueAt} asc nulls last`, asc(requests.id)],
};

/** Deadline filters read the stored summary (lib/deadlines/refresh.ts) against the current time. */
function dueCondition(due: (typeof DUE_FILTERS)[number] | undefined, now: Date): SQL | undefined {
  if (!due) return undefined;
  if (due === "overdue") return lt(requestDeadlines.nextDueAt, now);
  const horizon = new Date(now.getTime() + Number(due) * 86_400_000);
  return and(gte(requestDeadlines.nextDueAt, now), lte(requestDeadlines.nextDueAt, horizon));
}

/** Escapes LIKE wildcards so that a search for "100%" looks for that text. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The requests this actor may see, filtered, searched, sorted and paginated in SQL: the
 * scope condition comes from the access policy, so a filter can narrow but never widen it.
 */
export async function listRequests(ctx: Ctx, raw: ListFilters = {}) {
  assertCan(ctx.actor, "requests.list");
  const filters = parseInput(listFilters, raw);
  const where = and(
    requestScopeCondition(ctx.actor),
    filters.status ? eq(requests.status, filters.status) : undefined,
    filters.country ? eq(requests.requestedCountryCode, filters.country) : undefined,
    filters.urgency ? eq(requests.urgency, filters.urgency) : undefined,
    filters.caseId ? eq(requests.caseId, filters.caseId) : undefined,
    dueCondition(filters.due, ctx.now()),
    filters.q
      ? or(
          ilike(requests.reference, likePattern(filters.q)),
          ilike(cases.reference, likePattern(filters.q)),
          ilike(requests.summaryOfFacts, likePattern(filters.q)),
          ilike(requests.foreignReference, likePattern(filters.q)),
        )
      : undefined,
  );

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
      .orderBy(...ORDER[filters.sort])
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
