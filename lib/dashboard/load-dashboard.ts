import type { Ctx } from "@/lib/context";
import { Invalid, type FieldIssues } from "@/lib/errors";
import { listCountries } from "@/lib/reference/list-countries";
import type { RequestStatus } from "@/lib/requests/vocabulary";
import { ageingOf } from "./ageing";
import { countryFiguresOf, type CountryFigures } from "./by-country";
import { dashboardUnits, resolveDashboardFilters, type DashboardFilterInput, type DashboardFilters } from "./filters";
import { keptCounts, keptStatistics } from "./figures-cache";
import { breachForecast, forecastRequests } from "./forecast";
import { headlineCounts, headlineMedians } from "./headline";
import { scopeCounts } from "./scope-counts";
import { noWriteHalfDone, withoutParallelWorkers } from "./sql";
import { timeInState, type TimeInState } from "./time-in-state";

/**
 * Everything the dashboard page shows, for the signed-in manager: the filters are checked
 * once, then the counts and the statistics, each kept while it holds (figures-cache.ts) or
 * computed afresh.
 */
export async function loadDashboard(ctx: Ctx, raw: DashboardFilterInput) {
  const filters = await resolveDashboardFilters(ctx, raw);
  const [counts, statistics] = await Promise.all([
    keptCounts(ctx, filters, () => computeCounts(ctx, filters)),
    keptStatistics(ctx, filters, () => computeStatistics(ctx, filters)),
  ]);
  return {
    filters,
    /** When the counts were computed. */
    now: counts.now,
    /** When the statistics (time in state, median delays) were computed: most often minutes before `now`, at most an hour. */
    statisticsAt: statistics.now,
    headline: { ...counts.headline, ...statistics.medians },
    countries: countryRows(counts.countries, statistics.timeInState),
    timeInState: statistics.timeInState,
    ageing: counts.ageing,
    forecast: counts.forecast,
  };
}

/**
 * What a manager acts on, now, on the same "now": the per-country counts (whose sums are the
 * headline and the forecast's totals: one snapshot) beside the ageing and the forecast's rows.
 */
export async function computeCounts(ctx: Ctx, filters: DashboardFilters) {
  const now = ctx.now();
  const at: Ctx = { ...ctx, now: () => now };
  // Asked before the snapshots are taken (sql.ts).
  const complete = await noWriteHalfDone(at);
  const [groups, forecastRows] = await Promise.all([
    withoutParallelWorkers(at, (tx) => scopeCounts(tx, filters)),
    withoutParallelWorkers(at, (tx) => forecastRequests(tx, filters)),
  ]);
  const countries = countryFiguresOf(groups);
  const ageing = ageingOf(groups);
  return {
    now,
    headline: headlineCounts(countries),
    countries,
    ageing,
    forecast: breachForecast(countries, forecastRows),
    /** Whether they may be kept: no write was half done when they were read. */
    complete,
  };
}

/** Where and for how long requests wait, over months of stays: time in state and the median delays. */
export async function computeStatistics(ctx: Ctx, filters: DashboardFilters) {
  const now = ctx.now();
  const at: Ctx = { ...ctx, now: () => now };
  // One connection (the pool is small, and other pages wait for it): both pipelined.
  const [timeInStateRows, medians] = await withoutParallelWorkers(at, (tx) =>
    Promise.all([timeInState(tx, filters), headlineMedians(tx, filters)]),
  );
  return { now, timeInState: timeInStateRows, medians };
}

export type Dashboard = Awaited<ReturnType<typeof loadDashboard>>;

/**
 * What the dashboard page reads, all at once: the figures (or, for bad filters, the field
 * errors to show instead), the units of the scope and the countries for the filter form.
 */
export async function loadDashboardPage(ctx: Ctx, raw: DashboardFilterInput) {
  const [units, countries, result] = await Promise.all([
    dashboardUnits(ctx),
    listCountries(ctx.db),
    loadDashboard(ctx, raw).then(
      (dashboard) => ({ dashboard, errors: {} as FieldIssues }),
      (error: unknown) => {
        if (error instanceof Invalid) return { dashboard: null, errors: error.fields };
        throw error;
      },
    ),
  ]);
  return { units, countries, ...result };
}

/** The country table: the counts, with the median days of each state beside them. */
export function countryRows(countries: CountryFigures, states: TimeInState) {
  return countries.map((country) => ({
    ...country,
    medianDays: Object.fromEntries(
      states.filter((s) => s.countryCode === country.countryCode).map((s) => [s.status, s.medianDays]),
    ) as Partial<Record<RequestStatus, number>>,
  }));
}

export type CountryRow = ReturnType<typeof countryRows>[number];
