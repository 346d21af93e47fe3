import { Link } from "@/app/_components/link";
import { useTranslations } from "@/lib/i18n/use-translations";
import { REVIEW_FILTER_KEYS, type ReviewFilters } from "@/lib/audit/review";

/** The review's address for these filters and page (page 1 stays implicit). */
export function auditReviewHref(filters: ReviewFilters, page: number): string {
  const query = new URLSearchParams();
  for (const key of REVIEW_FILTER_KEYS) {
    const value = filters[key];
    if (value) query.set(key, value);
  }
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `/audit?${text}` : "/audit";
}

/** Previous / next links that keep the filters; plain links, so they work without JavaScript. */
export function AuditPagination({ filters, page, pages }: { filters: ReviewFilters; page: number; pages: number }) {
  const t = useTranslations("audit");
  return (
    <nav aria-label={t("pagination")} className="rq-pagination">
      {page > 1 ? (
        <Link href={auditReviewHref(filters, Math.min(page - 1, pages))} rel="prev" className="button small">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span aria-current="page">{t("pageOf", { page, pages })}</span>
      {page < pages ? (
        <Link href={auditReviewHref(filters, page + 1)} rel="next" className="button small">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
