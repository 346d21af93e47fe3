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
    forecastRows(ctx, and(where, dueCondition(FORECAST_DUE, ctx.now()))!, limit, [asc(requestDeadlines.nextDueAt), asc(requests.id)]),
    forecastRows(ctx, and(where, atRiskCondition(ctx.actor))!, limit, [sql`${cases.hardDate} asc nulls last`, asc(requests.id)]),
  ]);
}

type ForecastRequests = Awaited<ReturnType<typeof forecastRequests>>;

function forecastRows(ctx: Ctx, where: SQL, limit: number, order: SQL[]) {
  return ctx.db
    .select({
      id: requests.id,
      reference: requests.reference,
      status: requests.status,
      countryCode: requests.requestedCountryCode,
      countryNameFr: countries.nameFr,
      countryNameEn: countries.nameEn,
      caseReference: cases.reference,
      caseHardDate: cases.hardDate,
      nextDueAt: requestDeadlines.nextDueAt,
      expectedCompletion: requestDeadlines.expectedCompletion,
    })
    .from(requests)
    .innerJoin(requestDeadlines, eq(requestDeadlines.requestId, requests.id))
    .innerJoin(cases, eq(cases.id, requests.caseId))
    .innerJoin(countries, eq(countries.code, requests.requestedCountryCode))
    .where(where)
    .orderBy(...order)
    .limit(limit);
}

export type BreachForecast = Awaited<ReturnType<typeof breachForecast>>;
