import { Link } from "@/app/_components/link";
import { useLocale } from "next-intl";
import { useTranslations } from "@/lib/i18n/use-translations";
import { RecordTable } from "@/app/_components/record-table";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import type { CountryRow } from "@/lib/dashboard/load-dashboard";
import { TIME_IN_STATE_STATES } from "@/lib/dashboard/states";
import { averageDaysIn, type TimeInState } from "@/lib/dashboard/time-in-state";
import { inLocale } from "@/lib/i18n/locale";
import { DashboardBarChart } from "./bar-chart";
import { STATUS_COLORS } from "./colors";
import { useDaysText } from "./days-text";
import { requestsHref } from "./links";
import { SectionHeading } from "./section-heading";

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
  const name = (row: CountryRow) => inLocale(locale, { fr: row.nameFr, en: row.nameEn });
  const average = (code: string, status: string) => averageDaysIn(stays, code, status);
  const states = TIME_IN_STATE_STATES.filter((s) => stays.some((x) => x.status === s));
  const days = useDaysText();
  return (
    <section aria-labelledby="db-time-title" className="db-section">
      <SectionHeading id="db-time-title" title={t("dashboard.timeInState.title")} table="time-in-state" filters={filters} />
      <p className="help">{t("dashboard.timeInState.help")}</p>
      {stays.length === 0 ? (
        <p className="panel">{t("dashboard.timeInState.empty")}</p>
      ) : (
        <div className="db-pair">
          <RecordTable
            id="db-time-table"
            caption={t("dashboard.timeInState.caption")}
            columns={[t("dashboard.timeInState.country"), t("dashboard.timeInState.requests"), ...states.map((s) => t(`statuses.${s}`))]}
          >
            {countries.map((row) => (
              <tr key={row.countryCode} data-country={row.countryCode}>
                <th scope="row">{name(row)}</th>
                <td>
                  <Link href={requestsHref(filters, { country: row.countryCode })}>{row.requests}</Link>
                </td>
                {/* Days are no count of requests: no list to open (those now in the state are not the ones measured). */}
                {states.map((s) => (
                  <td key={s} data-status={s}>
                    {days(average(row.countryCode, s))}
                  </td>
                ))}
              </tr>
            ))}
          </RecordTable>
          <DashboardBarChart
            label={t("dashboard.timeInState.chartLabel")}
            stacked
            horizontal
            rows={countries.map((row) => ({
              name: name(row),
              values: Object.fromEntries(states.map((s) => [s, average(row.countryCode, s) ?? 0])),
            }))}
            series={states.map((s) => ({ key: s, label: t(`statuses.${s}`), color: STATUS_COLORS[s] }))}
          />
        </div>
      )}
    </section>
  );
}
