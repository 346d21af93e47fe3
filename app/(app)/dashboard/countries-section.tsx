import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import type { CountryRow } from "@/lib/dashboard/load-dashboard";
import { COUNTRY_TABLE_STATES } from "@/lib/dashboard/states";
import { DashboardBarChart } from "./bar-chart";
import { OPEN_COLOR, OVERDUE_COLOR } from "./colors";
import { exportHref, requestsHref } from "./links";

/** Per requested country: a table (the text alternative) and a bar chart of open and overdue requests. */
export function CountriesSection({ rows, filters }: { rows: CountryRow[]; filters: DashboardFilters }) {
  const t = useTranslations();
  const locale = useLocale();
  const name = (row: CountryRow) => (locale === "fr" ? row.nameFr : row.nameEn);
  const days = (value: number | undefined) => (value === undefined ? t("dashboard.headline.noData") : t("dashboard.headline.days", { days: value }));
  return (
    <section aria-labelledby="db-countries-title" className="db-section">
      <div className="db-section-heading">
        <h2 id="db-countries-title">{t("dashboard.countries.title")}</h2>
        <a href={exportHref("countries", filters)} className="button small" download>
          {t("dashboard.export.csv")}
          <span className="visually-hidden"> — {t("dashboard.tables.countries")}</span>
        </a>
      </div>
      {rows.length === 0 ? (
        <p className="panel">{t("dashboard.countries.empty")}</p>
      ) : (
        <div className="db-pair">
          <div className="table-wrap">
            <table id="db-countries-table" aria-describedby="db-countries-help">
              <caption>{t("dashboard.countries.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("dashboard.countries.country")}</th>
                  <th scope="col">{t("dashboard.countries.requests")}</th>
                  <th scope="col">{t("dashboard.countries.open")}</th>
                  <th scope="col">{t("dashboard.countries.overdue")}</th>
                  <th scope="col">{t("dashboard.countries.refused")}</th>
                  {COUNTRY_TABLE_STATES.map((s) => (
                    <th scope="col" key={s}>
                      {t("dashboard.countries.medianIn", { state: t(`statuses.${s}`) })}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.countryCode} data-country={row.countryCode}>
                    <th scope="row">{name(row)}</th>
                    <td data-column="requests">
                      <Link href={requestsHref(filters, { country: row.countryCode })}>{row.requests}</Link>
                    </td>
                    <td data-column="open">
                      <Link href={requestsHref(filters, { country: row.countryCode, stage: "open" })}>{row.open}</Link>
                    </td>
                    <td data-column="overdue">
                      <Link href={requestsHref(filters, { country: row.countryCode, due: "overdue", sort: "due_asc" })}>{row.overdue}</Link>
                    </td>
                    <td data-column="refused">
                      <Link href={requestsHref(filters, { country: row.countryCode, status: "refused" })}>{row.refused}</Link>{" "}
                      <span className="db-figure-note">
                        {row.refusedShare === null
                          ? t("dashboard.countries.noneTransmitted")
                          : t("dashboard.countries.refusedShare", { share: row.refusedShare, transmitted: row.transmitted })}
                      </span>
                    </td>
                    {COUNTRY_TABLE_STATES.map((s) => (
                      <td key={s} data-column={`median-${s}`}>
                        <Link href={requestsHref(filters, { country: row.countryCode, status: s })}>{days(row.medianDays[s])}</Link>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p id="db-countries-help" className="help">
            {t("dashboard.countries.medianHelp")}
          </p>
          <DashboardBarChart
            label={t("dashboard.countries.chartLabel")}
            rows={rows.map((row) => ({ name: name(row), values: { open: row.open, overdue: row.overdue } }))}
            series={[
              { key: "open", label: t("dashboard.countries.open"), color: OPEN_COLOR },
              { key: "overdue", label: t("dashboard.countries.overdue"), color: OVERDUE_COLOR },
            ]}
          />
        </div>
      )}
    </section>
  );
}
