import { and, count, sql } from "drizzle-orm";
import { requests } from "@/db/schema";
import { assertCan } from "@/lib/access/policy";
import type { Ctx } from "@/lib/context";
import { AGE_BUCKETS, ageCondition, stageCondition, type AgeBucket } from "@/lib/requests/request-filters";
import type { RequestStatus } from "@/lib/requests/vocabulary";
import { dashboardCondition, type DashboardFilters } from "./filters";

/**
 * Open requests by age since creation (< 30, 30–90, 90–180, 180–365, > 365 days) and by
 * state. The buckets are the list's `age` filter itself, so that each cell links to
 * exactly its requests.
 */
export async function ageingFigures(ctx: Ctx, filters: DashboardFilters) {
  assertCan(ctx.actor, "dashboard.view");
  const now = ctx.now();
  const bucket = sql<AgeBucket>`case ${sql.join(
    // The keys are constants of request-filters.ts, written as literals.
    AGE_BUCKETS.map((b) => sql`when ${ageCondition(b.key, now)} then ${sql.raw(`'${b.key}'`)}`),
    sql` `,
  )} end`;
  const rows = await ctx.db
    .select({ status: requests.status, bucket: bucket.as("bucket"), requests: count() })
    .from(requests)
    .where(and(dashboardCondition(ctx, filters), stageCondition("open")))
    .groupBy(requests.status, sql`bucket`);
  // A request created after `now` (clock skew) falls in no bucket: not counted.
  return rows.filter((r): r is { status: RequestStatus; bucket: AgeBucket; requests: number } => r.bucket !== null);
}

export type AgeingFigures = Awaited<ReturnType<typeof ageingFigures>>;
