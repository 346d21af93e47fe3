import { asc, count, eq, isNotNull } from "drizzle-orm";
import { countries, requestDeadlines, requests } from "@/db/schema";
import { assertCan } from "@/lib/access/policy";
import type { Ctx } from "@/lib/context";
import { atRiskCondition, dueCondition, stageCondition } from "@/lib/requests/request-filters";
import { dashboardCondition, type DashboardFilters } from "./filters";
import { FORECAST_DUE } from "./forecast";
import { countWhere } from "./sql";

/**
 * Per requested country: requests, open, overdue, due within 14 days, waiting on each side,
 * transmitted and refused (now, for the requests the filters select); the headline's counts
 * and the forecast's totals are their sums (headline.ts, forecast.ts), read in the same pass
 * over the scope. The share refused is of the requests transmitted: only
 * those can be refused. Median time in each state comes from time-in-state.ts.
 */
export async function countryFigures(ctx: Ctx, filters: DashboardFilters) {
  assertCan(ctx.actor, "dashboard.view");
  const now = ctx.now();
  const rows = await ctx.db
    .select({
      countryCode: requests.requestedCountryCode,
      nameFr: countries.nameFr,
      nameEn: countries.nameEn,
      requests: count(),
      open: countWhere(stageCondition("open")),
      overdue: countWhere(dueCondition("overdue", now)),
      dueWithin14Days: countWhere(dueCondition("14", now)),
      waitingOnRequested: countWhere(stageCondition("requested_side")),
      waitingOnRequesting: countWhere(stageCondition("requesting_side")),
      // The breach forecast's totals (forecast.ts).
      dueSoon: countWhere(dueCondition(FORECAST_DUE, now)),
      atRisk: countWhere(atRiskCondition(ctx.actor)),
      transmitted: countWhere(isNotNull(requests.transmittedAt)),
      refused: countWhere(eq(requests.status, "refused")),
    })
    .from(requests)
    .innerJoin(countries, eq(countries.code, requests.requestedCountryCode))
    .leftJoin(requestDeadlines, eq(requestDeadlines.requestId, requests.id))
    .where(dashboardCondition(ctx, filters))
    .groupBy(requests.requestedCountryCode, countries.nameFr, countries.nameEn)
    .orderBy(asc(requests.requestedCountryCode));
  return rows.map((row) => ({
    ...row,
    /** Refused / transmitted, between 0 and 1; null when nothing was transmitted. */
    refusedShare: row.transmitted ? row.refused / row.transmitted : null,
  }));
}

export type CountryFigures = Awaited<ReturnType<typeof countryFigures>>;

type CountedFigure = "open" | "overdue" | "dueWithin14Days" | "waitingOnRequested" | "waitingOnRequesting" | "dueSoon" | "atRisk";

/** A count over the whole selection: the sum of its per-country counts (the headline's, the forecast's totals). */
export function totalOf(countries: CountryFigures, figure: CountedFigure): number {
  return countries.reduce((total, country) => total + country[figure], 0);
}
