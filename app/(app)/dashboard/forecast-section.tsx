import { Link } from "@/app/_components/link";
import { useLocale } from "next-intl";
import { useFormatter } from "@/lib/i18n/formatter";
import { useTranslations } from "@/lib/i18n/use-translations";
import { LinkedTextRows } from "@/app/_components/linked-text-rows";
import { RecordTable } from "@/app/_components/record-table";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import { FORECAST_DUE, type BreachForecast } from "@/lib/dashboard/forecast";
import { calendarDate } from "@/lib/dates";
import { inLocale } from "@/lib/i18n/locale";
import { requestsHref, type FigureSelection } from "./links";
import { SectionHeading } from "./section-heading";

type ForecastId = "due-soon" | "at-risk";

/** Each forecast table: its rows, its messages, and what its count selects in the request list. */
const TABLES: Record<ForecastId, { rows: keyof BreachForecast; title: string; caption: string; empty: string; selection: FigureSelection }> = {
  "due-soon": { rows: "dueSoon", title: "dueSoonTitle", caption: "dueSoonCaption", empty: "emptyDueSoon", selection: { due: FORECAST_DUE, sort: "due_asc" } },
  "at-risk": { rows: "atRisk", title: "atRiskTitle", caption: "atRiskCaption", empty: "emptyAtRisk", selection: { atRisk: "1", sort: "due_asc" } },
};

/** Requests that will breach within 30 days, and those at risk against their case's hard date. */
export function ForecastSection({ forecast, filters }: { forecast: BreachForecast; filters: DashboardFilters }) {
  const t = useTranslations("dashboard.forecast");
  return (
    <section aria-labelledby="db-forecast-title" className="db-section">
      <h2 id="db-forecast-title">{t("title")}</h2>
      <ForecastTable id="due-soon" forecast={forecast} filters={filters} />
      <ForecastTable id="at-risk" forecast={forecast} filters={filters} />
    </section>
  );
}

function ForecastTable({ id, forecast, filters }: { id: ForecastId; forecast: BreachForecast; filters: DashboardFilters }) {
  const t = useTranslations();
  const format = useFormatter();
  const locale = useLocale();
  const { rows: rowsKey, selection, ...messages } = TABLES[id];
  const table = forecast[rowsKey];
  const atRisk = id === "at-risk";
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium" }) : t("dashboard.headline.noData"));
  return (
    <div className="db-forecast" data-forecast={id}>
      <SectionHeading id={`db-${id}-title`} title={t(`dashboard.forecast.${messages.title}`)} table={id} filters={filters} level={3} />
      <p>
        <Link href={requestsHref(filters, selection)} data-figure={`${id}-count`}>
          {t("dashboard.forecast.count", { count: table.total })}
        </Link>
        {table.total > table.rows.length && ` — ${t("dashboard.forecast.shown", { shown: table.rows.length })}`}
      </p>
      {table.rows.length === 0 ? (
        <p className="panel">{t(`dashboard.forecast.${messages.empty}`)}</p>
      ) : (
        <RecordTable
          caption={t(`dashboard.forecast.${messages.caption}`)}
          columns={[
            t("dashboard.forecast.reference"),
            t("dashboard.forecast.country"),
            t("dashboard.forecast.state"),
            t("dashboard.forecast.nextDue"),
            atRisk && t("dashboard.forecast.hardDate"),
            atRisk && t("dashboard.forecast.expectedCompletion"),
          ]}
        >
          <LinkedTextRows
            rows={table.rows.map((row) => ({
              href: `/requests/${row.id}`,
              heading: row.reference,
              cells: [
                inLocale(locale, { fr: row.countryNameFr, en: row.countryNameEn }),
                t(`statuses.${row.status}`),
                when(row.nextDueAt),
                ...(atRisk
                  ? [
                      row.caseHardDate ? format.dateTime(calendarDate(row.caseHardDate), { dateStyle: "medium", timeZone: "UTC" }) : "—",
                      when(row.expectedCompletion),
                    ]
                  : []),
              ],
            }))}
          />
        </RecordTable>
      )}
    </div>
  );
}
