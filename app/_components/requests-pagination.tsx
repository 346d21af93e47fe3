import Link from "next/link";
import { useTranslations } from "next-intl";
import type { listRequests } from "@/lib/requests/list-requests";
import { LIST_FILTER_KEYS } from "@/lib/requests/request-filters";

export type RequestListFilters = Awaited<ReturnType<typeof listRequests>>["filters"];

/** The list's query for these filters and page: the default sort and page 1 stay implicit. */
export function requestsListQuery(filters: RequestListFilters, page: number): string {
  const query = new URLSearchParams();
  for (const key of LIST_FILTER_KEYS) {
    const value = filters[key];
    if (value) query.set(key, value);
  }
  if (filters.sort !== "updated_desc") query.set("sort", filters.sort);
  if (page > 1) query.set("page", String(page));
  return query.toString();
}

/** The list's address for these filters and page. */
export function requestsListHref(filters: RequestListFilters, page: number): string {
  const text = requestsListQuery(filters, page);
  return text ? `/requests?${text}` : "/requests";
}

/** Previous / next links that keep the filters; plain links, so they work without JavaScript. */
export function RequestsPagination({ filters, page, pages }: { filters: RequestListFilters; page: number; pages: number }) {
  const t = useTranslations("requests.list");
  return (
    <nav aria-label={t("pagination")} className="rq-pagination">
      {page > 1 ? (
        <Link href={requestsListHref(filters, Math.min(page - 1, pages))} rel="prev" className="button small">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span aria-current="page">{t("pageOf", { page, pages })}</span>
      {page < pages ? (
        <Link href={requestsListHref(filters, page + 1)} rel="next" className="button small">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
