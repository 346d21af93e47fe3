import type { Ctx } from "@/lib/context";
import { inStage } from "@/lib/requests/request-filters";
import type { DashboardFilters } from "./filters";
import { scopeCounts, type ScopeCounts } from "./scope-counts";

/**
 * Per requested country: requests, open, overdue, due within 14 days, waiting on each side,
 * transmitted and refused (now, for the requests the filters select); the headline's counts
 * and the forecast's totals are their sums (headline.ts, forecast.ts), all from the one pass
 * over the scope (scope-counts.ts). The share refused is of the requests transmitted: only
 * those can be refused. Median time in each state comes from time-in-state.ts.
 */
export async function countryFigures(ctx: Ctx, filters: DashboardFilters) {
  return countryFiguresOf(await scopeCounts(ctx, filters));
}

/** The per-country figures: the groups of scopeCounts added up by country, in country code order. */
export function countryFiguresOf(groups: ScopeCounts) {
  const byCountry = new Map<string, CountryCounts>();
  for (const group of groups) {
    const country = byCountry.get(group.countryCode) ?? newCountry(group);
    byCountry.set(group.countryCode, country);
    country.requests += group.requests;
    country.open += inStage("open", group.status) ? group.requests : 0;
    country.overdue += group.overdue;
    country.dueWithin14Days += group.dueWithin14Days;
    country.waitingOnRequested += inStage("requested_side", group.status) ? group.requests : 0;
    country.waitingOnRequesting += inStage("requesting_side", group.status) ? group.requests : 0;
    country.dueSoon += group.dueSoon;
    country.atRisk += group.atRisk;
    country.transmitted += group.transmitted;
    country.refused += group.status === "refused" ? group.requests : 0;
  }
  // In the groups' order: country code order.
  return [...byCountry.values()].map((country) => ({
    ...country,
    /** Refused / transmitted, between 0 and 1; null when nothing was transmitted. */
    refusedShare: country.transmitted ? country.refused / country.transmitted : null,
  }));
}

interface CountryCounts {
  countryCode: string;
  nameFr: string;
  nameEn: string;
  requests: number;
  open: number;
  overdue: number;
  dueWithin14Days: number;
  waitingOnRequested: number;
  waitingOnRequesting: number;
  /** The breach forecast's totals (forecast.ts). */
  dueSoon: number;
  atRisk: number;
  transmitted: number;
  refused: number;
}

function newCountry({ countryCode, nameFr, nameEn }: ScopeCounts[number]): CountryCounts {
  return {
    countryCode, nameFr, nameEn,
    requests: 0, open: 0, overdue: 0, dueWithin14Days: 0, waitingOnRequested: 0, waitingOnRequesting: 0,
    dueSoon: 0, atRisk: 0, transmitted: 0, refused: 0,
  };
}

export type CountryFigures = Awaited<ReturnType<typeof countryFigures>>;

type CountedFigure = "open" | "overdue" | "dueWithin14Days" | "waitingOnRequested" | "waitingOnRequesting" | "dueSoon" | "atRisk";

/** A count over the whole selection: the sum of its per-country counts (the headline's, the forecast's totals). */
export function totalOf(countries: CountryFigures, figure: CountedFigure): number {
  return countries.reduce((total, country) => total + country[figure], 0);
}
