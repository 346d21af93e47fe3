import { getTranslations } from "next-intl/server";
import { loadOrDeny } from "@/app/_lib/page-guard";
import { firstValues, type SearchParams } from "@/app/_lib/search-params";
import { can } from "@/lib/access/policy";
import { REVIEW_FILTER_KEYS } from "@/lib/audit/review";
import { loadAuditReviewPage } from "@/lib/audit/review-page";
import { requestContext } from "@/lib/auth/session";
import { AuditEntriesTable } from "./entries-table";
import { AuditFilterForm } from "./filter-form";
import { AuditPagination, auditReviewHref } from "./pagination";
import { VerifyIntegrityForm } from "./verify-form";
import "./audit.css";

/**
 * The audit review (administrators and managers; anyone else gets 403): what was done, by
 * whom and when, within the reader's scope and without case content (lib/audit/review.ts).
 * Bad filters are shown next to their field, with no entries, rather than entries for something else.
 */
export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [ctx, params] = await Promise.all([requestContext(), searchParams]);
  const raw = firstValues(params, [...REVIEW_FILTER_KEYS, "page"]);
  const { actions, review, errors } = await loadOrDeny(() => loadAuditReviewPage(ctx, raw));
  const t = await getTranslations("audit");
  const role = ctx.actor.role === "admin" ? "admin" : "manager";
  const pages = review ? Math.max(1, Math.ceil(review.total / review.pageSize)) : 1;

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t(`intro.${role}`)}</p>
      <p className="help">{t("noContent")}</p>
      {can(ctx.actor, "audit.verify") && <VerifyIntegrityForm help={t(`verify.help.${role}`)} />}
      <AuditFilterForm key={review ? auditReviewHref(review.filters, 1) : "invalid"} values={raw} errors={errors} actions={actions} />
      {!review ? (
        <p role="alert" className="alert alert-error">
          {t("invalidFilters")}
        </p>
      ) : (
        <>
          <p className="au-count" id="au-count">
            {t("count", { count: review.total })}
            {pages > 1 && ` · ${t("pageOf", { page: review.page, pages })}`}
          </p>
          {review.entries.length === 0 ? (
            <p className="panel">{t("empty")}</p>
          ) : (
            <AuditEntriesTable entries={review.entries} linkRequests={can(ctx.actor, "requests.list")} />
          )}
          {pages > 1 && <AuditPagination filters={review.filters} page={review.page} pages={pages} />}
        </>
      )}
    </>
  );
}
