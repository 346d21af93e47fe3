import { and, count, eq, notInArray, or, sql } from "drizzle-orm";
import { requestStays, requests } from "@/db/schema";
import { assertCan } from "@/lib/access/policy";
import { actorSides, requestingScopeCondition } from "@/lib/access/request-access";
import type { Ctx } from "@/lib/context";
import { FINAL_STATUSES, type RequestStatus } from "@/lib/requests/vocabulary";
import { dashboardCondition, type DashboardFilters } from "./filters";
import { daysBetween, roundDays, summaryUnitCondition, timestampParam } from "./sql";

/**
 * Where requests spend their time, per requested country and state, from the audit trail's
 * stays (request_stays, kept by appendEvent): each status change opens a stay that lasts
 * until the next change, or until now for the current state. Final states (closed, refused,
 * withdrawn) are the end of the road, not a wait.
 *
 * For each (country, state): the number of stays, their total days, the median stay (how
 * long a request typically waits there, e.g. for an answer to a question), and the average
 * days per request of the country — those averages add up to a request's average life so far.
 */
export async function timeInState(ctx: Ctx, filters: DashboardFilters) {
  assertCan(ctx.actor, "dashboard.view");
  const where = dashboardCondition(ctx, filters);
  const days = daysBetween(requestStays.enteredAt, sql`coalesce(${requestStays.leftAt}, ${timestampParam(ctx.now())})`);
  // Grouped by hashing, each group's days gathered in an array and sorted alone for its
  // median: no sort of all the scope's stays by group first.
  const groups = ctx.db.$with("groups").as(
    ctx.db
      .select({
        countryCode: sql<string>`${requests.requestedCountryCode}`.as("country_code"),
        status: sql<RequestStatus>`${requestStays.status}`.as("status"),
        stays: sql<number>`count(*)`.mapWith(Number).as("stays"),
        totalDays: sql<number>`sum(${days})`.as("total_days"),
        days: sql<number[]>`array_agg(${days})`.as("days"),
      })
      .from(requestStays)
      .innerJoin(requests, eq(requests.id, requestStays.requestId))
      .where(
        and(
          where,
          summaryUnitCondition(ctx.actor, requestStays.requestingUnitId),
          notInArray(requestStays.status, [...FINAL_STATUSES]),
          // A request received, not sent: its stays from transmission on only (the requesting
          // side's drafting and review are its own business, like its internal events). A
          // manager who receives for no country sends every request of their scope.
          actorSides(ctx.actor).requested ? or(requestingScopeCondition(ctx.actor), eq(requestStays.shared, true)) : undefined,
        ),
      )
      .groupBy(requests.requestedCountryCode, requestStays.status),
  );
  const [byState, perCountry] = await Promise.all([
    ctx.db
      .with(groups)
      .select({
        countryCode: groups.countryCode,
        status: groups.status,
        stays: groups.stays,
        totalDays: sql<number>`${groups.totalDays}`.mapWith(Number),
        medianDays: sql<number>`(select percentile_cont(0.5) within group (order by d) from unnest(${groups.days}) d)`.mapWith(Number),
      })
      .from(groups)
      .orderBy(groups.countryCode, groups.status),
    ctx.db
      .select({ countryCode: requests.requestedCountryCode, requests: count() })
      .from(requests)
      .where(where)
      .groupBy(requests.requestedCountryCode),
  ]);
  const requestsOf = new Map(perCountry.map((c) => [c.countryCode, c.requests]));
  return byState.map((row) => ({
    countryCode: row.countryCode,
    status: row.status,
    stays: row.stays,
    totalDays: roundDays(row.totalDays)!,
    medianDays: roundDays(row.medianDays)!,
    averageDays: roundDays(row.totalDays / (requestsOf.get(row.countryCode) ?? 1))!,
  }));
}

export type TimeInState = Awaited<ReturnType<typeof timeInState>>;

/** A country's average days per request in a state; undefined when none of its requests went through it. */
export function averageDaysIn(stays: TimeInState, countryCode: string, status: string): number | undefined {
  return stays.find((s) => s.countryCode === countryCode && s.status === status)?.averageDays;
}
