import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import { FORECAST_DUE, type BreachForecast } from "@/lib/dashboard/forecast";
import { exportHref, requestsHref, type FigureSelection } from "./links";

type ForecastTable = BreachForecast["dueSoon"];

/** Requests that will breach within 30 days, and those at risk against their case's hard date. */
export function ForecastSection({ forecast, filters }: { forecast: BreachForecast; filters: DashboardFilters }) {
  const t = useTranslations("dashboard.forecast");
  return (
    <section aria-labelledby="db-forecast-title" className="db-section">
      <h2 id="db-forecast-title">{t("title")}</h2>
      <ForecastTableView
        id="due-soon"
        title={t("dueSoonTitle")}
        caption={t("dueSoonCaption")}
        empty={t("emptyDueSoon")}
        table={forecast.dueSoon}
        filters={filters}
        selection={{ due: FORECAST_DUE, sort: "due_asc" }}
      />
      <ForecastTableView
        id="at-risk"
        title={t("atRiskTitle")}
        caption={t("atRiskCaption")}
        empty={t("emptyAtRisk")}
        table={forecast.atRisk}
        filters={filters}
        selection={{ atRisk: "1", sort: "due_asc" }}
      />
    </section>
  );
}

function ForecastTableView({
  id,
  title,
  caption,
  empty,
  table,
  filters,
  selection,
}: {
  id: "due-soon" | "at-risk";
  title: string;
  caption: string;
  empty: string;
  table: ForecastTable;
  filters: DashboardFilters;
  selection: FigureSelection;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const locale = useLocale();
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium" }) : t("dashboard.headline.noData"));
  return (
    <div className="db-forecast" data-forecast={id}>
      <div className="db-section-heading">
        <h3 id={`db-${id}-title`}>{title}</h3>
        <a href={exportHref(id, filters)} className="button small" download>
          {t("dashboard.export.csv")}
          <span className="visually-hidden"> — {title}</span>
        </a>
      </div>
      <p>
        <Link href={requestsHref(filters, selection)} data-figure={`${id}-count`}>
          {t("dashboard.forecast.count", { count: table.total })}
        </Link>
        {table.total > table.rows.length && ` — ${t("dashboard.forecast.shown", { shown: table.rows.length })}`}
      </p>
      {table.rows.length === 0 ? (
        <p className="panel">{empty}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t("dashboard.forecast.reference")}</th>
                <th scope="col">{t("dashboard.forecast.country")}</th>
                <th scope="col">{t("dashboard.forecast.state")}</th>
                <th scope="col">{t("dashboard.forecast.nextDue")}</th>
                {id === "at-risk" && <th scope="col">{t("dashboard.forecast.hardDate")}</th>}
                {id === "at-risk" && <th scope="col">{t("dashboard.forecast.expectedCompletion")}</th>}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <Link href={`/requests/${row.id}`}>{row.reference}</Link>
                  </th>
                  <td>{locale === "fr" ? row.countryNameFr : row.countryNameEn}</td>
                  <td>{t(`statuses.${row.status}`)}</td>
                  <td>{when(row.nextDueAt)}</td>
                  {id === "at-risk" && <td>{row.caseHardDate ? format.dateTime(new Date(`${row.caseHardDate}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) : "—"}</td>}
                  {id === "at-risk" && <td>{when(row.expectedCompletion)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
