import { csvDownload } from "@/app/_lib/csv-route";
import { queryValues } from "@/app/_lib/search-params";
import { LIST_FILTER_KEYS } from "@/lib/requests/request-filters";
import { exportRequests } from "@/lib/requests/export-requests";
import { takeRateLimit } from "@/lib/security/rate-limit";

/** The request list as CSV: the same filters and scope as /requests, every page; rate-limited per user (429). */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const day = new Date().toISOString().slice(0, 10);
  return csvDownload(request, `requests-${day}.csv`, async (ctx) => {
    await takeRateLimit(ctx, "export");
    return exportRequests(ctx, { ...queryValues(url, LIST_FILTER_KEYS), sort: url.searchParams.get("sort") ?? "" });
  });
}
