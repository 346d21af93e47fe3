import { Link } from "@/app/_components/link";
import { useTranslations } from "@/lib/i18n/use-translations";
import { RecordTable } from "@/app/_components/record-table";
import type { AgeingFigures } from "@/lib/dashboard/ageing";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import { AGEING_STATES } from "@/lib/dashboard/states";
import { AGE_BUCKETS } from "@/lib/requests/request-filters";
import { DashboardBarChart } from "./bar-chart";
import { STATUS_COLORS } from "./colors";
import { requestsHref } from "./links";
import { SectionHeading } from "./section-heading";

/** Open requests by age and state: a table whose every cell opens its requests, and a stacked bar chart by age. */
export function AgeingSection({ cells, filters }: { cells: AgeingFigures; filters: DashboardFilters }) {
  const t = useTranslations();
  const count = (status: string, bucket: string) => cells.find((c) => c.status === status && c.bucket === bucket)?.requests ?? 0;
  const states = AGEING_STATES.filter((s) => cells.some((c) => c.status === s));
  const bucketTotal = (bucket: string) => cells.filter((c) => c.bucket === bucket).reduce((n, c) => n + c.requests, 0);
  const stateTotal = (status: string) => cells.filter((c) => c.status === status).reduce((n, c) => n + c.requests, 0);
  const total = cells.reduce((n, c) => n + c.requests, 0);
  return (
    <section aria-labelledby="db-ageing-title" className="db-section">
      <SectionHeading id="db-ageing-title" title={t("dashboard.ageing.title")} table="ageing" filters={filters} />
      {total === 0 ? (
        <p className="panel">{t("dashboard.ageing.empty")}</p>
      ) : (
        <div className="db-pair">
          <RecordTable
            id="db-ageing-table"
            caption={t("dashboard.ageing.caption")}
            columns={[
              t("dashboard.ageing.state"),
              ...AGE_BUCKETS.map((b) => t(`dashboard.ageing.buckets.${b.key}`)),
              t("dashboard.ageing.total"),
            ]}
            footer={
              <tr>
                <th scope="row">{t("dashboard.ageing.total")}</th>
                {AGE_BUCKETS.map((b) => (
                  <td key={b.key} data-bucket={b.key}>
                    <Link href={requestsHref(filters, { stage: "open", age: b.key })}>{bucketTotal(b.key)}</Link>
                  </td>
                ))}
                <td>
                  <Link href={requestsHref(filters, { stage: "open" })}>{total}</Link>
                </td>
              </tr>
            }
          >
            {states.map((s) => (
              <tr key={s} data-status={s}>
                <th scope="row">{t(`statuses.${s}`)}</th>
                {AGE_BUCKETS.map((b) => (
                  <td key={b.key} data-bucket={b.key}>
                    <Link href={requestsHref(filters, { status: s, age: b.key })}>{count(s, b.key)}</Link>
                  </td>
                ))}
                <td>
                  <Link href={requestsHref(filters, { status: s })}>{stateTotal(s)}</Link>
                </td>
              </tr>
            ))}
          </RecordTable>
          <DashboardBarChart
            label={t("dashboard.ageing.chartLabel")}
            stacked
            rows={AGE_BUCKETS.map((b) => ({
              name: t(`dashboard.ageing.buckets.${b.key}`),
              values: Object.fromEntries(states.map((s) => [s, count(s, b.key)])),
            }))}
            series={states.map((s) => ({ key: s, label: t(`statuses.${s}`), color: STATUS_COLORS[s] }))}
          />
        </div>
      )}
    </section>
  );
}
