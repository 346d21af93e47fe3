import type { Ctx } from "@/lib/context";
import { Invalid, type FieldIssues } from "@/lib/errors";
import { listCountries } from "@/lib/reference/list-countries";
import type { RequestStatus } from "@/lib/requests/vocabulary";
import { ageingFigures } from "./ageing";
import { countryFigures, type CountryFigures } from "./by-country";
import { dashboardUnits, resolveDashboardFilters, type DashboardFilterInput, type DashboardFilters } from "./filters";
import { cachedFigures } from "./figures-cache";
import { breachForecast } from "./forecast";
import { headlineFigures } from "./headline";
import { timeInState, type TimeInState } from "./time-in-state";

/**
 * Everything the dashboard page shows, for the signed-in manager: the filters are checked
 * once, then the figures, kept while they hold (figures-cache.ts) or computed afresh.
 */
export async function loadDashboard(ctx: Ctx, raw: DashboardFilterInput) {
  const filters = await resolveDashboardFilters(ctx, raw);
  return cachedFigures(ctx, filters, () => computeDashboard(ctx, filters));
}

/** Every figure group, in parallel (each in its own SQL), on the same "now". */
async function computeDashboard(ctx: Ctx, filters: DashboardFilters) {
  const now = ctx.now();
  const at: Ctx = { ...ctx, now: () => now };
  const [headline, countries, states, ageing, forecast] = await Promise.all([
    headlineFigures(at, filters),
    countryFigures(at, filters),
    timeInState(at, filters),
    ageingFigures(at, filters),
    breachForecast(at, filters),
  ]);
  return { filters, now, headline, countries: countryRows(countries, states), timeInState: states, ageing, forecast };
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
