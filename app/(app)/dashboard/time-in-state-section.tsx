import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import type { CountryRow } from "@/lib/dashboard/load-dashboard";
import { TIME_IN_STATE_STATES } from "@/lib/dashboard/states";
import type { TimeInState } from "@/lib/dashboard/time-in-state";
import { DashboardBarChart } from "./bar-chart";
import { STATUS_COLORS } from "./colors";
import { exportHref, requestsHref } from "./links";

/** Average days per request in each state, per country: a table and the same as stacked bars. */
export function TimeInStateSection({
  stays,
  countries,
  filters,
}: {
  stays: TimeInState;
  countries: CountryRow[];
  filters: DashboardFilters;
}) {
  const t = useTranslations();
  const locale = useLocale();
  const name = (row: CountryRow) => (locale === "fr" ? row.nameFr : row.nameEn);
  const average = (code: string, status: string) => stays.find((s) => s.countryCode === code && s.status === status)?.averageDays ?? 0;
  const states = TIME_IN_STATE_STATES.filter((s) => stays.some((x) => x.status === s));
  const number = (days: number) => t("dashboard.headline.days", { days });
  return (
    <section aria-labelledby="db-time-title" className="db-section">
      <div className="db-section-heading">
        <h2 id="db-time-title">{t("dashboard.timeInState.title")}</h2>
        <a href={exportHref("time-in-state", filters)} className="button small" download>
          {t("dashboard.export.csv")}
          <span className="visually-hidden"> — {t("dashboard.tables.time-in-state")}</span>
        </a>
      </div>
      <p className="help">{t("dashboard.timeInState.help")}</p>
      {stays.length === 0 ? (
        <p className="panel">{t("dashboard.timeInState.empty")}</p>
      ) : (
        <div className="db-pair">
          <div className="table-wrap">
            <table id="db-time-table">
              <caption>{t("dashboard.timeInState.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("dashboard.timeInState.country")}</th>
                  <th scope="col">{t("dashboard.timeInState.requests")}</th>
                  {states.map((s) => (
                    <th scope="col" key={s}>
                      {t(`statuses.${s}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {countries.map((row) => (
                  <tr key={row.countryCode} data-country={row.countryCode}>
                    <th scope="row">{name(row)}</th>
                    <td>
                      <Link href={requestsHref(filters, { country: row.countryCode })}>{row.requests}</Link>
                    </td>
                    {states.map((s) => (
                      <td key={s} data-status={s}>
                        <Link href={requestsHref(filters, { country: row.countryCode, status: s })}>{number(average(row.countryCode, s))}</Link>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <DashboardBarChart
            label={t("dashboard.timeInState.chartLabel")}
            stacked
            horizontal
            rows={countries.map((row) => ({
              name: name(row),
              values: Object.fromEntries(states.map((s) => [s, average(row.countryCode, s)])),
            }))}
            series={states.map((s) => ({ key: s, label: t(`statuses.${s}`), color: STATUS_COLORS[s] }))}
          />
        </div>
      )}
    </section>
  );
}
