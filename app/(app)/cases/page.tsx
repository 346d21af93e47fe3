import { Link } from "@/app/_components/link";
import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/get-formatter";
import { RecordTable } from "@/app/_components/record-table";
import { Timestamp } from "@/app/_components/timestamp";
import { loadOrDeny } from "@/app/_lib/page-guard";
import { firstValues, type SearchParams } from "@/app/_lib/search-params";
import { can } from "@/lib/access/policy";
import { requestContext } from "@/lib/auth/session";
import type { Ctx } from "@/lib/context";
import { CALENDAR_DATE_SHORT, calendarDate } from "@/lib/dates";
import { Invalid } from "@/lib/errors";
import { findCases } from "@/lib/requests/cases";

/** A search straight from the address bar may be anything: one that cannot apply shows every case, with a notice. */
async function findIgnoringBadSearch(ctx: Ctx, q: string | undefined) {
  try {
    return { found: await findCases(ctx, { q }), ignored: false };
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return { found: await findCases(ctx, {}), ignored: true };
  }
}

export default async function CasesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [ctx, params] = await Promise.all([requestContext(), searchParams]);
  const { q: asked } = firstValues(params, ["q"] as const);
  const { found, ignored } = await loadOrDeny(() => findIgnoringBadSearch(ctx, asked));
  const [t, format] = await Promise.all([getTranslations("cases.list"), getFormatter()]);
  const mayCreate = can(ctx.actor, "cases.create");
  const { cases, total, q } = found;

  return (
    <>
      <div className="rq-heading">
        <h1>{t("title")}</h1>
        {mayCreate && (
          <Link href="/cases/new" className="button primary">
            {t("new")}
          </Link>
        )}
      </div>
      <p className="lead">{t("intro")}</p>
      {ignored && (
        <p role="alert" className="alert alert-error">
          {t("invalidSearch")}
        </p>
      )}
      <form method="get" action="/cases" role="search" className="panel rq-filters cases-search">
        <div className="field">
          <label htmlFor="cases-q">{t("searchLabel")}</label>
          <input id="cases-q" name="q" type="search" maxLength={200} defaultValue={q} aria-describedby="cases-q-help" />
          <p id="cases-q-help" className="help">
            {t("searchHelp")}
          </p>
        </div>
        <div className="rq-actions">
          <button type="submit" className="button primary">
            {t("search")}
          </button>
          {q && (
            <Link href="/cases" className="button">
              {t("clear")}
            </Link>
          )}
        </div>
      </form>
      <p className="rq-count" id="cases-count">
        {total.exact ? t("count", { count: total.count }) : t("countMore", { count: total.count })}
        {cases.length < total.count && ` · ${t("shownRecent", { shown: cases.length })}`}
      </p>
      {cases.length === 0 ? (
        <div className="panel rq-empty">
          <p>{q ? t("noMatch", { q }) : t("empty")}</p>
        </div>
      ) : (
        <div className="rq-list">
          <RecordTable
            caption={t("caption")}
            columns={[t("columns.reference"), t("columns.title"), t("columns.hardDate"), t("columns.updatedAt")]}
          >
            {cases.map((c) => (
              <tr key={c.id} data-reference={c.reference}>
                <th scope="row" className="rq-ref">
                  <Link href={`/cases/${c.id}`}>{c.reference}</Link>
                </th>
                <td data-label={t("columns.title")}>{c.title}</td>
                <td data-label={t("columns.hardDate")}>{c.hardDate ? format.dateTime(calendarDate(c.hardDate), CALENDAR_DATE_SHORT) : t("none")}</td>
                <td data-label={t("columns.updatedAt")}>
                  <Timestamp at={c.updatedAt} />
                </td>
              </tr>
            ))}
          </RecordTable>
        </div>
      )}
    </>
  );
}
