import { Link } from "@/app/_components/link";
import { getLocale, getTranslations } from "next-intl/server";
import { foreignCountryOptions } from "@/app/_components/country-options";
import { RequestsFilterForm } from "@/app/_components/requests-filter-form";
import { RequestsPagination, requestsListHref, requestsListQuery } from "@/app/_components/requests-pagination";
import { RequestsTable } from "@/app/_components/requests-table";
import { loadOrDeny } from "@/app/_lib/page-guard";
import { firstValues, type SearchParams } from "@/app/_lib/search-params";
import { can } from "@/lib/access/policy";
import { actorSides } from "@/lib/access/request-access";
import { requestContext } from "@/lib/auth/session";
import { dashboardUnits } from "@/lib/dashboard/filters";
import type { Ctx } from "@/lib/context";
import { Invalid } from "@/lib/errors";
import { listCountries } from "@/lib/reference/list-countries";
import { caseFilterOptions } from "@/lib/requests/cases";
import { listRequests, type ListFilters } from "@/lib/requests/list-requests";
import { LIST_FILTER_KEYS } from "@/lib/requests/request-filters";

const FILTER_KEYS = [...LIST_FILTER_KEYS, "sort", "after", "before"] as const;

/**
 * Filters straight from the address bar may be anything. A bad one (hand-edited URL, stale
 * bookmark, garbled page cursor) is dropped and the rest applied, with a notice, instead of
 * failing the page.
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
  const raw = firstValues(params, FILTER_KEYS);
  const mayViewCases = can(actor, "cases.view");
  const [{ result, ignored }, cases, countries, units] = await loadOrDeny(() =>
    Promise.all([
      listIgnoringBadFilters(ctx, raw),
      mayViewCases ? caseFilterOptions(ctx, raw.caseId) : [],
      listCountries(ctx.db),
      can(actor, "dashboard.view") ? dashboardUnits(ctx) : undefined,
    ]),
  );
  const [t, locale] = await Promise.all([getTranslations("requests"), getLocale()]);
  const { items, total, position, previous, next, filters } = result;
  const filtered = LIST_FILTER_KEYS.some((key) => Boolean(filters[key]));
  const paged = Boolean(filters.after || filters.before);
  const onePage = !previous && !next && position === 0;
  const exportQuery = requestsListQuery(filters);
  const mayCreate = can(actor, "requests.create");
  // Who sends writes to several States; who receives hears from several units.
  const { requesting: requestingSide, requested: requestedSide } = actorSides(actor);

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
        key={requestsListHref(filters)}
        filters={filters}
        cases={mayViewCases ? cases.map((c) => ({ id: c.id, label: c.reference })) : undefined}
        // Liaison officers only ever see their own country: a country filter would be noise.
        countries={requestingSide ? foreignCountryOptions(countries, actor.countryCode, locale) : undefined}
        units={units}
        requestingSide={requestingSide}
        bothSides={requestingSide && requestedSide}
      />
      <div className="rq-count-bar">
        <p className="rq-count" id="rq-count">
          {total.exact ? t("list.count", { count: total.count }) : t("list.countMore", { count: total.count })}
          {!onePage && items.length > 0 && ` · ${t("list.range", { first: position + 1, last: position + items.length })}`}
        </p>
        {total.count > 0 && (
          <a href={`/api/requests/export${exportQuery ? `?${exportQuery}` : ""}`} className="button small" download title={t("list.exportHelp")}>
            {t("list.export")}
          </a>
        )}
      </div>
      {items.length === 0 ? (
        <div className="panel rq-empty">
          <p>{filtered || paged ? t("list.empty") : t("list.emptyNone")}</p>
          {(filtered || paged) && (
            <p>
              <Link href="/requests">{t("list.emptyReset")}</Link>
            </p>
          )}
        </div>
      ) : (
        <RequestsTable items={items} now={ctx.now()} linkCases={mayViewCases} showCountry={requestingSide} showUnit={requestedSide} />
      )}
      {!onePage && <RequestsPagination page={result} />}
    </>
  );
}
