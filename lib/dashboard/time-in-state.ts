import { and, count, eq, isNotNull, notInArray, or, sql } from "drizzle-orm";
import { requestEvents, requests } from "@/db/schema";
import { assertCan } from "@/lib/access/policy";
import { requestingScopeCondition } from "@/lib/access/request-access";
import type { Ctx } from "@/lib/context";
import { FINAL_STATUSES, type RequestStatus } from "@/lib/requests/vocabulary";
import { dashboardCondition, type DashboardFilters } from "./filters";
import { daysBetween, roundDays, timestampParam } from "./sql";

/**
 * Where requests spend their time, per requested country and state, from the audit trail:
 * each status change (an event with `to_status`) opens a stay that lasts until the next
 * change (LEAD over the request's events in `seq` order), or until now for the current
 * state. Final states (closed, refused, withdrawn) are the end of the road, not a wait.
 *
 * For each (country, state): the number of stays, their total days, the median stay (how
 * long a request typically waits there, e.g. for an answer to a question), and the average
 * days per request of the country — those averages add up to a request's average life so far.
 */
export async function timeInState(ctx: Ctx, filters: DashboardFilters) {
  assertCan(ctx.actor, "dashboard.view");
  const where = dashboardCondition(ctx, filters);
  const nextChange = sql`lead(${requestEvents.at}) over (partition by ${requestEvents.requestId} order by ${requestEvents.seq})`;
  // Reads request_events_transitions_idx only: the stays come out in (request, seq) order, unsorted.
  const stays = ctx.db.$with("stays").as(
    ctx.db
      .select({
        countryCode: sql<string>`${requests.requestedCountryCode}`.as("country_code"),
        status: sql<RequestStatus>`${requestEvents.toStatus}`.as("status"),
        days: daysBetween(requestEvents.at, sql`coalesce(${nextChange}, ${timestampParam(ctx.now())})`).as("days"),
      })
      .from(requestEvents)
      .innerJoin(requests, eq(requests.id, requestEvents.requestId))
      // A request received, not sent: its stays from transmission on only (the requesting
      // side's drafting and review are its own business, like its internal events).
      .where(and(where, isNotNull(requestEvents.toStatus), or(requestingScopeCondition(ctx.actor), eq(requestEvents.visibility, "shared")))),
  );
  const [byState, perCountry] = await Promise.all([
    ctx.db
      .with(stays)
      .select({
        countryCode: stays.countryCode,
        status: stays.status,
        stays: count(),
        totalDays: sql<number>`sum(${stays.days})`.mapWith(Number),
        medianDays: sql<number>`percentile_cont(0.5) within group (order by ${stays.days})`.mapWith(Number),
      })
      .from(stays)
      .where(notInArray(stays.status, [...FINAL_STATUSES]))
      .groupBy(stays.countryCode, stays.status),
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
