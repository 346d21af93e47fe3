import { and, eq, isNotNull, sql, type SQL } from "drizzle-orm";
import { requestMilestones, requests } from "@/db/schema";
import { assertCan } from "@/lib/access/policy";
import type { Ctx } from "@/lib/context";
import { countryFigures, totalOf, type CountryFigures } from "./by-country";
import { dashboardCondition, type DashboardFilters } from "./filters";
import { countWhere, daysBetween, roundDays, summaryUnitCondition, timestampParam } from "./sql";

/** The window of the headline medians: the chosen period (requests created in it), else the last 12 months. */
export function medianWindow(filters: DashboardFilters, now: Date): { since: Date; until: Date } | null {
  if (filters.from || filters.to) return null;
  const since = new Date(now);
  since.setUTCFullYear(since.getUTCFullYear() - 1);
  return { since, until: now };
}

/**
 * The headline: open requests, overdue, due within 14 days, waiting on each side (now), and
 * the median days from transmission to acknowledgement and to execution. Without a period
 * the medians cover the acknowledgements and executions of the last 12 months; with one,
 * those of the requests created in it.
 */
export async function headlineFigures(ctx: Ctx, filters: DashboardFilters) {
  const [countries, medians] = await Promise.all([countryFigures(ctx, filters), headlineMedians(ctx, filters)]);
  return { ...headlineCounts(countries), ...medians };
}

/** The headline's counts, now: the sums of the per-country counts, read in one pass (by-country.ts). */
export function headlineCounts(countries: CountryFigures) {
  return {
    open: totalOf(countries, "open"),
    overdue: totalOf(countries, "overdue"),
    dueWithin14Days: totalOf(countries, "dueWithin14Days"),
    waitingOnRequested: totalOf(countries, "waitingOnRequested"),
    waitingOnRequesting: totalOf(countries, "waitingOnRequesting"),
  };
}

/** The headline's median delays (a statistic: lib/dashboard/figures-cache.ts). */
export async function headlineMedians(ctx: Ctx, filters: DashboardFilters) {
  assertCan(ctx.actor, "dashboard.view");
  return medianDelays(ctx, dashboardCondition(ctx, filters), medianWindow(filters, ctx.now()));
}

/**
 * Median days from transmission (the date recorded as sent) to the first acknowledgement and
 * to execution, from each request's milestones (request_milestones, kept by appendEvent).
 */
async function medianDelays(ctx: Ctx, where: SQL, window: { since: Date; until: Date } | null) {
  const milestones = ctx.db.$with("milestones").as(
    ctx.db
      .select({
        transmittedAt: sql<Date>`${requests.transmittedAt}`.as("transmitted_at"),
        acknowledgedAt: sql<Date>`${requestMilestones.acknowledgedAt}`.as("acknowledged_at"),
        executedAt: sql<Date>`${requestMilestones.executedAt}`.as("executed_at"),
      })
      .from(requestMilestones)
      .innerJoin(requests, eq(requests.id, requestMilestones.requestId))
      .where(and(where, summaryUnitCondition(ctx.actor, requestMilestones.requestingUnitId), isNotNull(requests.transmittedAt))),
  );
  const inWindow = (at: SQL.Aliased<Date>) =>
    window ? sql`${at} between ${timestampParam(window.since)} and ${timestampParam(window.until)}` : sql`${at} is not null`;
  const [row] = await ctx.db
    .with(milestones)
    .select({
      toAcknowledgement: sql<number | null>`percentile_cont(0.5) within group (order by ${daysBetween(milestones.transmittedAt, milestones.acknowledgedAt)}) filter (where ${inWindow(milestones.acknowledgedAt)})`,
      acknowledged: countWhere(inWindow(milestones.acknowledgedAt)),
      toExecution: sql<number | null>`percentile_cont(0.5) within group (order by ${daysBetween(milestones.transmittedAt, milestones.executedAt)}) filter (where ${inWindow(milestones.executedAt)})`,
      executed: countWhere(inWindow(milestones.executedAt)),
    })
    .from(milestones);
  return {
    medianDaysToAcknowledgement: roundDays(row?.toAcknowledgement ?? null),
    acknowledgedCount: row?.acknowledged ?? 0,
    medianDaysToExecution: roundDays(row?.toExecution ?? null),
    executedCount: row?.executed ?? 0,
    medianWindow: window,
  };
}

export type HeadlineFigures = Awaited<ReturnType<typeof headlineFigures>>;
