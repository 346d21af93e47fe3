import type { DashboardTable } from "@/lib/dashboard/csv-tables";
import { DASHBOARD_FILTER_KEYS, type DashboardFilters } from "@/lib/dashboard/filters";
import type { AgeBucket, DueFilter, Stage } from "@/lib/requests/request-filters";
import type { RequestStatus } from "@/lib/requests/vocabulary";

/** What a figure adds to the dashboard's filters to select exactly the requests it counts. */
export interface FigureSelection {
  country?: string;
  status?: RequestStatus;
  stage?: Stage;
  age?: AgeBucket;
  due?: DueFilter;
  atRisk?: "1";
  sort?: "due_asc";
}

function query(filters: Partial<DashboardFilters>, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const key of DASHBOARD_FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The request list showing the requests a figure counts: the dashboard's filters and the figure's own. */
export function requestsHref(filters: DashboardFilters, selection: FigureSelection = {}): string {
  return `/requests${query(filters, { ...selection })}`;
}

/** The CSV download of one dashboard table, for the same filters. */
export function exportHref(table: DashboardTable, filters: DashboardFilters): string {
  return `/api/dashboard/${table}${query(filters)}`;
}

/** The dashboard itself with these filters (the form's values). */
export function dashboardHref(filters: Partial<DashboardFilters>): string {
  return `/dashboard${query(filters)}`;
}
