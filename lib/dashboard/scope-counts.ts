import { asc, count, eq, isNotNull, type SQL } from "drizzle-orm";
import { countries, requests } from "@/db/schema";
import { assertCan } from "@/lib/access/policy";
import type { Ctx } from "@/lib/context";
import { AGE_BUCKETS, ageCondition, atRiskCondition, dueCondition, type AgeBucket } from "@/lib/requests/request-filters";
import type { RequestStatus } from "@/lib/requests/vocabulary";
import { dashboardCondition, type DashboardFilters } from "./filters";
import { FORECAST_DUE } from "./forecast";
import { countWhere } from "./sql";

/**
 * The one pass over the scope that the dashboard's counts come from: the requests the filters
 * select, in groups of one requested country and one state (a few dozen, in country code
 * order), each with how many of them are overdue, due soon, at risk, transmitted, and in each
 * age bucket. The per-country figures (by-country.ts) and the ageing (ageing.ts) add these
 * groups up: read from the requests' covering index alone (their deadlines' copies:
 * db/schema/requests.ts), with no condition on the state per request — a state is the group's.
 */
export async function scopeCounts(ctx: Ctx, filters: DashboardFilters) {
  assertCan(ctx.actor, "dashboard.view");
  const now = ctx.now();
  // Each age bucket a count of its own, not a key of the groups: PostgreSQL, not knowing how few
  // buckets there are, would sort the whole scope to group by it (3 to 4 times slower).
  const byAge = Object.fromEntries(
    AGE_BUCKETS.map((b) => [ageColumn(b.key), countWhere(ageCondition(b.key, now)).as(ageColumn(b.key))]),
  ) as Record<AgeColumn, SQL.Aliased<number>>;
  const counted = ctx.db
    .select({
      countryCode: requests.requestedCountryCode,
      status: requests.status,
      requests: count().as("requests"),
      overdue: countWhere(dueCondition("overdue", now, requests)).as("overdue"),
      dueWithin14Days: countWhere(dueCondition("14", now, requests)).as("due_within_14_days"),
      // The breach forecast's totals (forecast.ts).
      dueSoon: countWhere(dueCondition(FORECAST_DUE, now, requests)).as("due_soon"),
      atRisk: countWhere(atRiskCondition(ctx.actor, requests)).as("at_risk"),
      transmitted: countWhere(isNotNull(requests.transmittedAt)).as("transmitted"),
      ...byAge,
    })
    .from(requests)
    .where(dashboardCondition(ctx, filters))
    .groupBy(requests.requestedCountryCode, requests.status)
    .as("counted");
  // Counted first, named after: joining the countries before grouping costs a third more.
  const rows = await ctx.db
    .select()
    .from(counted)
    .innerJoin(countries, eq(countries.code, counted.countryCode))
    .orderBy(asc(counted.countryCode));
  return rows.map(({ counted: group, countries: country }) => ({
    countryCode: group.countryCode,
    nameFr: country.nameFr,
    nameEn: country.nameEn,
    status: group.status as RequestStatus,
    requests: group.requests,
    overdue: group.overdue,
    dueWithin14Days: group.dueWithin14Days,
    dueSoon: group.dueSoon,
    atRisk: group.atRisk,
    transmitted: group.transmitted,
    /** By age since creation; a request created after `now` (clock skew) is in no bucket. */
    byAge: Object.fromEntries(AGE_BUCKETS.map((b) => [b.key, group[ageColumn(b.key)]])) as Record<AgeBucket, number>,
  }));
}

type AgeColumn = `age_${AgeBucket}`;

const ageColumn = (bucket: AgeBucket): AgeColumn => `age_${bucket}`;

export type ScopeCounts = Awaited<ReturnType<typeof scopeCounts>>;
