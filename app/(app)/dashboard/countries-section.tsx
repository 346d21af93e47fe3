import { Link } from "@/app/_components/link";
import { useLocale } from "next-intl";
import { useTranslations } from "@/lib/i18n/use-translations";
import { RecordTable } from "@/app/_components/record-table";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import type { CountryRow } from "@/lib/dashboard/load-dashboard";
import { COUNTRY_TABLE_STATES } from "@/lib/dashboard/states";
import { inLocale } from "@/lib/i18n/locale";
import { DashboardBarChart } from "./bar-chart";
import { OPEN_COLOR, OVERDUE_COLOR } from "./colors";
import { useDaysText } from "./days-text";
import { requestsHref } from "./links";
import { SectionHeading } from "./section-heading";

/** Per requested country: a table (the text alternative) and a bar chart of open and overdue requests. */
export function CountriesSection({ rows, filters }: { rows: CountryRow[]; filters: DashboardFilters }) {
  const t = useTranslations();
  const locale = useLocale();
  const name = (row: CountryRow) => inLocale(locale, { fr: row.nameFr, en: row.nameEn });
  const days = useDaysText();
  return (
    <section aria-labelledby="db-countries-title" className="db-section">
      <SectionHeading id="db-countries-title" title={t("dashboard.countries.title")} table="countries" filters={filters} />
      {rows.length === 0 ? (
        <p className="panel">{t("dashboard.countries.empty")}</p>
      ) : (
        <div className="db-pair">
          <RecordTable
            id="db-countries-table"
            describedBy="db-countries-help"
            caption={t("dashboard.countries.caption")}
            columns={[
              t("dashboard.countries.country"),
              t("dashboard.countries.requests"),
              t("dashboard.countries.open"),
              t("dashboard.countries.overdue"),
              t("dashboard.countries.refused"),
              ...COUNTRY_TABLE_STATES.map((s) => t("dashboard.countries.medianIn", { state: t(`statuses.${s}`) })),
            ]}
          >
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
                    {days(row.medianDays[s])}
                  </td>
                ))}
              </tr>
            ))}
          </RecordTable>
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
