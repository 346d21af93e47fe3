import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { RequestsFilterForm } from "@/app/_components/requests-filter-form";
import { RequestsPagination, requestsListHref, requestsListQuery } from "@/app/_components/requests-pagination";
import { RequestStatusBadge } from "@/app/_components/requests-status-badge";
import { NextDeadline } from "@/app/_components/requests-next-deadline";
import { loadOrDeny } from "@/app/_lib/page-guard";
import { can } from "@/lib/access/policy";
import { requestContext } from "@/lib/auth/session";
import { dashboardUnits } from "@/lib/dashboard/filters";
import type { Ctx } from "@/lib/context";
import { Invalid } from "@/lib/errors";
import { listCountries } from "@/lib/reference/list-countries";
import { listCases } from "@/lib/requests/cases";
import { listRequests, type ListFilters } from "@/lib/requests/list-requests";
import { LIST_FILTER_KEYS } from "@/lib/requests/request-filters";

const FILTER_KEYS = [...LIST_FILTER_KEYS, "sort", "page"] as const;
type SearchParams = Record<string, string | string[] | undefined>;

/**
 * Filters straight from the address bar may be anything. A bad one (hand-edited URL, stale
 * bookmark) is dropped and the rest applied, with a notice, instead of failing the page.
 */
async function listIgnoringBadFilters(ctx: Ctx, raw: Record<string, string>) {
  try {
    return { result: await listRequests(ctx, raw as ListFilters), ignored: false };
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    const bad = new Set(Object.keys(error.fields));
    const kept = Object.fromEntries(Object.entries(raw).filter(([key]) => !bad.has(key)));
    try {
      return { result: await listRequests(ctx, kept as ListFilters), ignored: true };
    } catch (again) {
      if (!(again instanceof Invalid)) throw again;
      return { result: await listRequests(ctx, {}), ignored: true };
    }
  }
}

export default async function RequestsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [ctx, params] = await Promise.all([requestContext(), searchParams]);
  const { actor } = ctx;
  const raw = Object.fromEntries(
    FILTER_KEYS.map((key) => {
      const value = params[key];
      return [key, (Array.isArray(value) ? value[0] : value) ?? ""];
    }),
  );
  const mayViewCases = can(actor, "cases.view");
  const [{ result, ignored }, cases, countries, units] = await loadOrDeny(() =>
    Promise.all([
      listIgnoringBadFilters(ctx, raw),
      mayViewCases ? listCases(ctx) : [],
      listCountries(ctx.db),
      can(actor, "dashboard.view") ? dashboardUnits(ctx) : undefined,
    ]),
  );
  const [t, tUrgency, format, locale] = await Promise.all([
    getTranslations("requests"),
    getTranslations("urgencies"),
    getFormatter(),
    getLocale(),
  ]);
  const { items, total, page, pageSize, filters } = result;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const filtered = LIST_FILTER_KEYS.some((key) => Boolean(filters[key]));
  const exportQuery = requestsListQuery(filters, 1);
  const mayCreate = can(actor, "requests.create");
  // The requesting side sees its own unit's requests only; the requested side receives from many.
  const showUnit = actor.role === "liaison_officer";

  return (
    <>
      <div className="rq-heading">
        <h1>{t("list.title")}</h1>
        {mayCreate && (
          <Link href="/requests/new" className="button primary">
            {t("list.new")}
          </Link>
        )}
      </div>
      <p className="lead">{t(`list.intro.${actor.role}`)}</p>
      {ignored && (
        <p role="alert" className="alert alert-error">
          {t("list.invalidFilters")}
        </p>
      )}
      <RequestsFilterForm
        // Remount when the query changes, so that the controls show the filters now applied.
        key={requestsListHref(filters, page)}
        filters={filters}
        cases={mayViewCases ? cases.map((c) => ({ id: c.id, label: c.reference })) : undefined}
        // Liaison officers only ever see their own country: a country filter would be noise.
        countries={
          actor.role === "liaison_officer"
            ? undefined
            : countries
                .filter((c) => c.code !== actor.countryCode)
                .map((c) => ({ code: c.code, name: locale === "fr" ? c.nameFr : c.nameEn }))
                .sort((a, b) => a.name.localeCompare(b.name, locale))
        }
        units={units}
        requestingSide={actor.role !== "liaison_officer"}
      />
      <div className="rq-count-bar">
        <p className="rq-count" id="rq-count">
          {t("list.count", { count: total })}
          {total > 0 && pages > 1 && ` · ${t("list.pageOf", { page, pages })}`}
        </p>
        {total > 0 && (
          <a href={`/api/requests/export${exportQuery ? `?${exportQuery}` : ""}`} className="button small" download title={t("list.exportHelp")}>
            {t("list.export")}
          </a>
        )}
      </div>
      {items.length === 0 ? (
        <div className="panel rq-empty">
          <p>{filtered || page > 1 ? t("list.empty") : t("list.emptyNone")}</p>
          {(filtered || page > 1) && (
            <p>
              <Link href="/requests">{t("list.emptyReset")}</Link>
            </p>
          )}
        </div>
      ) : (
        <div className="table-wrap">
          <table aria-describedby="rq-count">
            <caption>{t("list.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("list.columns.reference")}</th>
                <th scope="col">{t("list.columns.case")}</th>
                <th scope="col">{t("list.columns.country")}</th>
                {showUnit && <th scope="col">{t("list.columns.unit")}</th>}
                <th scope="col">{t("list.columns.status")}</th>
                <th scope="col">{t("list.columns.urgency")}</th>
                <th scope="col">{t("list.columns.foreignReference")}</th>
                <th scope="col">{t("list.columns.nextDeadline")}</th>
                <th scope="col">{t("list.columns.updatedAt")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id} data-reference={item.reference}>
                  <th scope="row" className="rq-ref">
                    <Link href={`/requests/${item.id}`}>{item.reference}</Link>
                  </th>
                  <td className="rq-nowrap">{mayViewCases ? <Link href={`/cases/${item.caseId}`}>{item.caseReference}</Link> : item.caseReference}</td>
                  <td>{locale === "fr" ? item.countryNameFr : item.countryNameEn}</td>
                  {showUnit && <td>{item.requestingUnitName}</td>}
                  <td>
                    <RequestStatusBadge status={item.status} />
                  </td>
                  <td className={`rq-urgency rq-urgency-${item.urgency}`}>{tUrgency(item.urgency)}</td>
                  <td className="rq-nowrap">{item.foreignReference || t("list.none")}</td>
                  <td className="rq-nowrap">
                    <NextDeadline dueAt={item.nextDueAt} error={item.deadlineError} now={ctx.now()} />
                  </td>
                  <td className="rq-nowrap">
                    <time dateTime={item.updatedAt.toISOString()}>
                      {format.dateTime(item.updatedAt, { dateStyle: "short", timeStyle: "short" })}
                    </time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && <RequestsPagination filters={filters} page={page} pages={pages} />}
    </>
  );
}
