import { and, asc, count, eq, sql, type SQL } from "drizzle-orm";
import { cases, countries, requestDeadlines, requests } from "@/db/schema";
import { assertCan } from "@/lib/access/policy";
import type { Ctx } from "@/lib/context";
import { atRiskCondition, dueCondition, type DueFilter } from "@/lib/requests/request-filters";
import { dashboardCondition, type DashboardFilters } from "./filters";

/** How many requests each forecast table shows; the count and the list link give the rest. */
export const FORECAST_ROWS = 50;

/** The horizon of the breach forecast: the list's "due within 30 days" filter. */
export const FORECAST_DUE = "30" satisfies DueFilter;

/**
 * The breach forecast: requests whose next deadline falls within the next 30 days (soonest
 * first), and open requests expected to finish after their case's hard date (the trial).
 */
export async function breachForecast(ctx: Ctx, filters: DashboardFilters, limit = FORECAST_ROWS) {
  assertCan(ctx.actor, "dashboard.view");
  const where = dashboardCondition(ctx, filters);
  const [dueSoon, atRisk] = await Promise.all([
    forecastRows(ctx, and(where, dueCondition(FORECAST_DUE, ctx.now()))!, limit, [
      asc(requestDeadlines.nextDueAt),
      asc(requests.id),
    ]),
    forecastRows(ctx, and(where, atRiskCondition(ctx.actor))!, limit, [sql`${cases.hardDate} asc nulls last`, asc(requests.id)]),
  ]);
  return { dueSoon, atRisk };
}

async function forecastRows(ctx: Ctx, where: SQL, limit: number, order: SQL[]) {
  const [rows, [total]] = await Promise.all([
    ctx.db
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
      .limit(limit),
    ctx.db
      .select({ n: count() })
      .from(requests)
      .innerJoin(requestDeadlines, eq(requestDeadlines.requestId, requests.id))
      .where(where),
  ]);
  return { total: total?.n ?? 0, rows };
}

export type BreachForecast = Awaited<ReturnType<typeof breachForecast>>;
