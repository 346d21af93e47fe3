import { assertCan } from "@/lib/access/policy";
import { DASHBOARD_TABLES, dashboardCsvTable, type DashboardTable } from "@/lib/dashboard/csv-tables";
import { DASHBOARD_FILTER_KEYS } from "@/lib/dashboard/filters";
import { NotFound } from "@/lib/errors";
import { csvDownload } from "@/app/_lib/csv-route";
import { queryValues } from "@/app/_lib/search-params";

/** One dashboard table as CSV (manager only), for the filters in the query string. */
export async function GET(request: Request, { params }: { params: Promise<{ table: string }> }) {
  const { table } = await params;
  const day = new Date().toISOString().slice(0, 10);
  return csvDownload(request, `dashboard-${table}-${day}.csv`, (ctx) => {
    assertCan(ctx.actor, "dashboard.view");
    if (!(DASHBOARD_TABLES as readonly string[]).includes(table)) throw new NotFound();
    return dashboardCsvTable(ctx, table as DashboardTable, queryValues(new URL(request.url), DASHBOARD_FILTER_KEYS));
  });
}
