import { csvDownload, queryValues } from "@/app/_lib/csv-route";
import { LIST_FILTER_KEYS } from "@/lib/requests/request-filters";
import { exportRequests } from "@/lib/requests/export-requests";

/** The request list as CSV: the same filters and scope as /requests, every page. */
export async function GET(request: Request) {
  const day = new Date().toISOString().slice(0, 10);
  return csvDownload(`requests-${day}.csv`, (ctx) =>
    exportRequests(ctx, { ...queryValues(new URL(request.url), LIST_FILTER_KEYS), sort: new URL(request.url).searchParams.get("sort") ?? "" }),
  );
}
