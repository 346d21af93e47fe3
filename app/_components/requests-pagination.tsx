import { Link } from "@/app/_components/link";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { listRequests } from "@/lib/requests/list-requests";
import { LIST_FILTER_KEYS } from "@/lib/requests/request-filters";

type ListPage = Awaited<ReturnType<typeof listRequests>>;
export type RequestListFilters = ListPage["filters"];

/** Where a page starts: after or before a cursor of the list; neither is the first page. */
export interface PageStart {
  after?: string | null;
  before?: string | null;
}

/** The list's query for these filters and page: the default sort and the first page stay implicit. */
export function requestsListQuery(filters: RequestListFilters, start: PageStart = {}): string {
  const query = new URLSearchParams();
  for (const key of LIST_FILTER_KEYS) {
    const value = filters[key];
    if (value) query.set(key, value);
  }
  if (filters.sort !== "updated_desc") query.set("sort", filters.sort);
  if (start.after) query.set("after", start.after);
  else if (start.before) query.set("before", start.before);
  return query.toString();
}

/** The list's address for these filters and page. */
export function requestsListHref(filters: RequestListFilters, start: PageStart = {}): string {
  const text = requestsListQuery(filters, start);
  return text ? `/requests?${text}` : "/requests";
}

/**
 * First / previous / next links that keep the filters; plain links, so they work without
 * JavaScript. No page numbers: a page is found from its neighbour's cursor, not counted from
 * the start (lib/requests/list-requests.ts).
 */
export function RequestsPagination({ page }: { page: Pick<ListPage, "filters" | "items" | "position" | "pageSize" | "previous" | "next"> }) {
  const t = useTranslations("requests.list");
  const { filters, items, position, pageSize, previous, next } = page;
  // From the third page on (or a page whose neighbour vanished), a way straight back to the start.
  const firstLink = position > pageSize || (position > 0 && !previous);
  return (
    <nav aria-label={t("pagination")} className="rq-pagination">
      <span>
        {firstLink && (
          <>
            <Link href={requestsListHref(filters)} className="button small">
              {t("first")}
            </Link>{" "}
          </>
        )}
        {previous && (
          <Link href={requestsListHref(filters, { before: previous })} rel="prev" className="button small">
            {t("previous")}
          </Link>
        )}
      </span>
      {items.length > 0 ? (
        <span aria-current="page">{t("range", { first: position + 1, last: position + items.length })}</span>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={requestsListHref(filters, { after: next })} rel="next" className="button small">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
