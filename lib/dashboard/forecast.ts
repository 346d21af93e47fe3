import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { cases, countries, requestDeadlines, requests } from "@/db/schema";
import { assertCan } from "@/lib/access/policy";
import type { Ctx } from "@/lib/context";
import { atRiskCondition, dueCondition, type DueFilter } from "@/lib/requests/request-filters";
import { totalOf, type CountryFigures } from "./by-country";
import { dashboardCondition, type DashboardFilters } from "./filters";

/** How many requests each forecast table shows; the count and the list link give the rest. */
export const FORECAST_ROWS = 50;

/** The horizon of the breach forecast: the list's "due within 30 days" filter. */
export const FORECAST_DUE = "30" satisfies DueFilter;

/**
 * The breach forecast: requests whose next deadline falls within the next 30 days (soonest
 * first), and open requests expected to finish after their case's hard date (the trial) —
 * some of each (forecastRequests), with how many there are in all: the sums of the
 * per-country counts (by-country.ts), read in the same pass over the scope as the other counts.
 */
export function breachForecast(countries: CountryFigures, [dueSoon, atRisk]: ForecastRequests) {
  return {
    dueSoon: { total: totalOf(countries, "dueSoon"), rows: dueSoon },
    atRisk: { total: totalOf(countries, "atRisk"), rows: atRisk },
  };
}

/** The forecast's requests, `limit` of each kind: due soon (soonest first), at risk (earliest hard date first). */
export async function forecastRequests(ctx: Ctx, filters: DashboardFilters, limit = FORECAST_ROWS) {
  assertCan(ctx.actor, "dashboard.view");
  const where = dashboardCondition(ctx, filters);
  return Promise.all([
    // Read in due order from request_deadlines' due-date index: the first 50 are soon found.
    forecastRows(ctx, { where: and(where, dueCondition(FORECAST_DUE, ctx.now()))!, order: [asc(requestDeadlines.nextDueAt), asc(requests.id)], limit, reads: "summary" }),
    // A few thousand of the scope, found from the requests' copies (their covering index);
    // the summary of the 50 shown only is read.
    forecastRows(ctx, { where: and(where, atRiskCondition(ctx.actor, requests))!, order: [sql`${cases.hardDate} asc nulls last`, asc(requests.id)], limit, reads: "copies" }),
  ]);
}

type ForecastRequests = Awaited<ReturnType<typeof forecastRequests>>;

/**
 * The first `limit` requests in `order` among those `where` selects, with their case, country
 * and deadlines. `where` and `order` read the requests, their cases and either their deadline
 * summary (`reads: "summary"`) or the requests' own copies of it (`"copies"`): then the page is
 * chosen first and only its requests' summaries joined after, instead of every request's.
 */
async function forecastRows(ctx: Ctx, { where, order, limit, reads }: { where: SQL; order: SQL[]; limit: number; reads: "summary" | "copies" }) {
  const chosen = ctx.db
    .select({
      id: requests.id,
      reference: requests.reference,
      status: requests.status,
      countryCode: requests.requestedCountryCode,
      caseReference: sql<string>`${cases.reference}`.as("case_reference"),
      caseHardDate: cases.hardDate,
      // The page's order, kept through the joins after.
      position: sql<number>`row_number() over (order by ${sql.join(order, sql`, `)})`.as("position"),
    })
    .from(requests)
    .innerJoin(cases, eq(cases.id, requests.caseId));
  const page = (reads === "summary" ? chosen.innerJoin(requestDeadlines, eq(requestDeadlines.requestId, requests.id)) : chosen)
    .where(where)
    .orderBy(...order)
    .limit(limit)
    .as("page");
  return ctx.db
    .select({
      id: page.id,
      reference: page.reference,
      status: page.status,
      countryCode: page.countryCode,
      countryNameFr: countries.nameFr,
      countryNameEn: countries.nameEn,
      caseReference: page.caseReference,
      caseHardDate: page.caseHardDate,
      nextDueAt: requestDeadlines.nextDueAt,
      expectedCompletion: requestDeadlines.expectedCompletion,
    })
    .from(page)
    .innerJoin(requestDeadlines, eq(requestDeadlines.requestId, page.id))
    .innerJoin(countries, eq(countries.code, page.countryCode))
    .orderBy(asc(page.position));
}

export type BreachForecast = Awaited<ReturnType<typeof breachForecast>>;
