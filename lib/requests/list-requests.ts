import { and, count, eq, ilike, inArray, or, type SQL } from "drizzle-orm";
import { unionAll } from "drizzle-orm/pg-core";
import { z } from "zod";
import { literalLimit } from "@/db/literal-limit";
import { cases, countries, requestDeadlines, requests, units } from "@/db/schema";
import { assertCan } from "@/lib/access/policy";
import { actorSides, requestScopeCondition, requestScopeParts } from "@/lib/access/request-access";
import type { Ctx } from "@/lib/context";
import { Invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { decodeCursor, encodeCursor, MAX_CURSOR_LENGTH, type ListCursor } from "./list-cursor";
import { keysetCondition, orderOf, REQUEST_SORTS, sortKeyText } from "./list-order";
import { requestSummaryColumns } from "./summary-columns";
import {
  checkPeriod, emptyToUndefined, populationFilterShape, requestFilterCondition, selectionFilterShape,
} from "./request-filters";

export const PAGE_SIZE = 25;

/**
 * Counting stops past this many requests: "more than 1,000" is all a reader takes from a
 * larger figure, and counting a whole country's requests costs as much as listing them.
 */
export const COUNT_LIMIT = 1_000;

/**
 * A count that stopped past COUNT_LIMIT, as the pages show it: the figure, and whether it is all.
 * The count and the rows shown are two reads that run side by side, each in its own snapshot:
 * a request written between them must not make a page read "1–20 of 19", so the figure is
 * never below `seen`, the matches the page itself shows to exist.
 */
export function boundedTotal(counted: number, seen = 0): { count: number; exact: boolean } {
  const total = Math.max(counted, seen);
  return { count: Math.min(total, COUNT_LIMIT), exact: total <= COUNT_LIMIT };
}

export { DUE_FILTERS } from "./request-filters";
export { LIST_ORDER, REQUEST_SORTS } from "./list-order";

const cursorText = z.preprocess(emptyToUndefined, z.string().max(MAX_CURSOR_LENGTH, { error: "invalidFormat" }).optional());

/** Filters as they come from the list page's URL: empty strings mean "any". */
export const listFilters = z
  .object({
    ...populationFilterShape,
    ...selectionFilterShape,
    q: z.preprocess(emptyToUndefined, z.string().trim().max(200).optional()),
    sort: z.preprocess(emptyToUndefined, z.enum(REQUEST_SORTS).default("updated_desc")),
    /** The page after this cursor ("next"), or the page before that one ("previous"); neither: the first page. */
    after: cursorText,
    before: cursorText,
  })
  .superRefine(checkPeriod);
export type ListFilters = z.input<typeof listFilters>;
type ParsedListFilters = z.output<typeof listFilters>;

/** Escapes LIKE wildcards so that a search for "100%" looks for that text. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * One page of the requests this actor may see, filtered, searched and sorted in SQL: the
 * scope condition comes from the access policy, so a filter can narrow but never widen it
 * (a unit outside the scope finds nothing). The filters are those of the dashboard
 * (request-filters.ts), so that each of its figures links to exactly the requests it counts.
 * Pages follow each other by keyset (list-order.ts): a page costs the same wherever it
 * falls, and a request written meanwhile neither repeats nor hides a row of the next page.
 */
export async function listRequests(ctx: Ctx, raw: ListFilters = {}) {
  assertCan(ctx.actor, "requests.list");
  const filters = parseListFilters(ctx, raw);
  const start = pageStart(filters);
  const condition = listCondition(ctx, filters);
  const [found, total] = await Promise.all([pageRows(ctx, filters, condition, start), boundedCount(ctx, condition)]);

  const { rows, position, hasPrevious, hasNext } = start?.reversed
    ? await pageBefore(found, start.cursor, () => pageRows(ctx, filters, condition, null))
    : { rows: found.slice(0, PAGE_SIZE), position: start?.cursor.position ?? 0, hasPrevious: start !== null, hasNext: found.length > PAGE_SIZE };
  const first = rows[0];
  const last = rows.at(-1);
  const cursorAt = (row: { cursorKey: string }, at: number) =>
    encodeCursor({ sort: filters.sort, keys: JSON.parse(row.cursorKey) as (string | null)[], position: at });
  return {
    items: rows.map(({ cursorKey: _cursorKey, ...item }) => item),
    /** At most COUNT_LIMIT; `exact` is false when there are more. */
    total: boundedTotal(total, position + rows.length + (hasNext ? 1 : 0)),
    /** How many requests come before this page (0 on the first), to show "26–50". */
    position,
    /** The cursors of the neighbouring pages, null when there is none. */
    previous: hasPrevious && first ? cursorAt(first, position) : null,
    next: hasNext && last ? cursorAt(last, position + rows.length) : null,
    pageSize: PAGE_SIZE,
    filters,
  };
}

/**
 * The page before a cursor, from the rows found walking backwards (one more than a page when
 * more come before). With nothing more before, it is the first page, shown full as always.
 */
async function pageBefore<Row>(found: Row[], cursor: ListCursor, firstPage: () => Promise<Row[]>) {
  if (found.length > PAGE_SIZE) {
    return { rows: found.slice(1), position: Math.max(0, cursor.position - PAGE_SIZE), hasPrevious: true, hasNext: true };
  }
  if (found.length === PAGE_SIZE) return { rows: found, position: 0, hasPrevious: false, hasNext: true };
  const rows = await firstPage();
  return { rows: rows.slice(0, PAGE_SIZE), position: 0, hasPrevious: false, hasNext: rows.length > PAGE_SIZE };
}

/** Where the page starts, from the address; a garbled or forged cursor is bad input, named by its field. */
function pageStart(filters: ParsedListFilters): { cursor: ListCursor; reversed: boolean } | null {
  if (filters.after && filters.before) throw new Invalid("invalid", { before: ["invalidFormat"] });
  const text = filters.after ?? filters.before;
  if (!text) return null;
  const cursor = decodeCursor(text, filters.sort);
  if (!cursor) throw new Invalid("invalid", { [filters.after ? "after" : "before"]: ["invalidFormat"] });
  return { cursor, reversed: !filters.after };
}

/**
 * The page's rows (and one more, to know whether another page follows). The page is chosen
 * from `requests` alone, in each part of the scope (a unit, a receiving country) through its
 * index in the default order (db/migrations/0017_list_speed.sql), a page at most from each;
 * only the chosen rows are joined for display.
 */
async function pageRows(ctx: Ctx, filters: ParsedListFilters, condition: SQL | undefined, start: ReturnType<typeof pageStart>) {
  const { sort } = filters;
  const reversed = start?.reversed ?? false;
  const fromPart = (part: SQL) =>
    ctx.db
      .select({ id: requests.id, cursorKey: sortKeyText(sort).as("cursor_key") })
      .from(requests)
      // Left join on its key: PostgreSQL drops it when neither a filter nor the sort reads it.
      .leftJoin(requestDeadlines, eq(requestDeadlines.requestId, requests.id))
      .where(and(part, condition, start ? keysetCondition(sort, start.cursor.keys, reversed) : undefined))
      .orderBy(...orderOf(sort, reversed))
      .limit(literalLimit(PAGE_SIZE + 1));
  const [first, second, ...others] = requestScopeParts(ctx.actor).map(fromPart);
  if (!first) return [];
  const page = (second ? unionAll(first, second, ...others) : first).as("page");
  const rows = await ctx.db
    .select({
      ...requestSummaryColumns,
      requestingUnitName: units.name,
      caseId: requests.caseId,
      caseReference: cases.reference,
      createdAt: requests.createdAt,
      nextDueAt: requestDeadlines.nextDueAt,
      deadlineError: requestDeadlines.error,
      cursorKey: page.cursorKey,
    })
    .from(page)
    .innerJoin(requests, eq(requests.id, page.id))
    .innerJoin(cases, eq(cases.id, requests.caseId))
    .leftJoin(requestDeadlines, eq(requestDeadlines.requestId, requests.id))
    .innerJoin(countries, eq(countries.code, requests.requestedCountryCode))
    .innerJoin(units, eq(units.id, requests.requestingUnitId))
    .orderBy(...orderOf(sort, reversed))
    .limit(literalLimit(PAGE_SIZE + 1));
  // Walking backwards, the rows came nearest the cursor first: the page reads the other way.
  return reversed ? rows.reverse() : rows;
}

/** How many requests match, counting no further than COUNT_LIMIT + 1. */
async function boundedCount(ctx: Ctx, condition: SQL | undefined): Promise<number> {
  const matching = ctx.db
    .select({ id: requests.id })
    .from(requests)
    .leftJoin(requestDeadlines, eq(requestDeadlines.requestId, requests.id))
    .where(condition)
    .limit(literalLimit(COUNT_LIMIT + 1))
    .as("matching");
  const [row] = await ctx.db.select({ n: count() }).from(matching);
  return row?.n ?? 0;
}

/**
 * The list's filters, parsed. The hard-date risk is the requesting side's own assessment
 * (the case's hard date is not shared): the requested side cannot filter on it.
 */
export function parseListFilters(ctx: Ctx, raw: ListFilters): ParsedListFilters {
  const filters = parseInput(listFilters, raw);
  if (filters.atRisk && !actorSides(ctx.actor).requesting) throw new Invalid("invalid", { atRisk: ["invalidChoice"] });
  return filters;
}

/**
 * The scope, the filters and the search as one condition on `requests` (left-joined with
 * `request_deadlines`). The case reference is searched through a subquery rather than a
 * join, so that choosing a page never needs the cases.
 */
export function listCondition(ctx: Ctx, filters: ParsedListFilters): SQL | undefined {
  const pattern = filters.q ? likePattern(filters.q) : null;
  return and(
    requestScopeCondition(ctx.actor),
    requestFilterCondition(filters, { actor: ctx.actor, now: ctx.now() }),
    pattern
      ? or(
          ilike(requests.reference, pattern),
          inArray(requests.caseId, ctx.db.select({ id: cases.id }).from(cases).where(ilike(cases.reference, pattern))),
          ilike(requests.summaryOfFacts, pattern),
          ilike(requests.foreignReference, pattern),
        )
      : undefined,
  );
}
