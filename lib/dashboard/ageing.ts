import type { Ctx } from "@/lib/context";
import { AGE_BUCKETS, inStage, type AgeBucket } from "@/lib/requests/request-filters";
import type { RequestStatus } from "@/lib/requests/vocabulary";
import type { DashboardFilters } from "./filters";
import { scopeCounts, type ScopeCounts } from "./scope-counts";

/**
 * Open requests by age since creation (< 30, 30–90, 90–180, 180–365, > 365 days) and by
 * state. The buckets are the list's `age` filter itself, so that each cell links to
 * exactly its requests.
 */
export async function ageingFigures(ctx: Ctx, filters: DashboardFilters) {
  return ageingOf(await scopeCounts(ctx, filters));
}

/** The ageing's cells: the open groups of scopeCounts added up by state and bucket, all countries together. */
export function ageingOf(groups: ScopeCounts) {
  const cells = new Map<string, { status: RequestStatus; bucket: AgeBucket; requests: number }>();
  for (const { status, byAge } of groups) {
    if (!inStage("open", status)) continue;
    for (const { key: bucket } of AGE_BUCKETS) {
      if (byAge[bucket] === 0) continue;
      const key = `${status}:${bucket}`;
      const cell = cells.get(key) ?? { status, bucket, requests: 0 };
      cell.requests += byAge[bucket];
      cells.set(key, cell);
    }
  }
  return [...cells.values()];
}

export type AgeingFigures = Awaited<ReturnType<typeof ageingFigures>>;
