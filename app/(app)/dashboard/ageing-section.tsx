import Link from "next/link";
import { useTranslations } from "next-intl";
import type { AgeingFigures } from "@/lib/dashboard/ageing";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import { AGEING_STATES } from "@/lib/dashboard/states";
import { AGE_BUCKETS } from "@/lib/requests/request-filters";
import { DashboardBarChart } from "./bar-chart";
import { STATUS_COLORS } from "./colors";
import { exportHref, requestsHref } from "./links";

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
      <div className="db-section-heading">
        <h2 id="db-ageing-title">{t("dashboard.ageing.title")}</h2>
        <a href={exportHref("ageing", filters)} className="button small" download>
          {t("dashboard.export.csv")}
          <span className="visually-hidden"> — {t("dashboard.tables.ageing")}</span>
        </a>
      </div>
      {total === 0 ? (
        <p className="panel">{t("dashboard.ageing.empty")}</p>
      ) : (
        <div className="db-pair">
          <div className="table-wrap">
            <table id="db-ageing-table">
              <caption>{t("dashboard.ageing.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("dashboard.ageing.state")}</th>
                  {AGE_BUCKETS.map((b) => (
                    <th scope="col" key={b.key}>
                      {t(`dashboard.ageing.buckets.${b.key}`)}
                    </th>
                  ))}
                  <th scope="col">{t("dashboard.ageing.total")}</th>
                </tr>
              </thead>
              <tbody>
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
              </tbody>
              <tfoot>
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
              </tfoot>
            </table>
          </div>
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
