import { useTranslations } from "@/lib/i18n/use-translations";
import type { DashboardTable } from "@/lib/dashboard/csv-tables";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import { exportHref } from "./links";

/** A dashboard table's heading and its CSV download for the same filters, the link naming its table for screen readers. */
export function SectionHeading({
  id,
  title,
  table,
  filters,
  level = 2,
}: {
  id: string;
  title: string;
  table: DashboardTable;
  filters: DashboardFilters;
  level?: 2 | 3;
}) {
  const t = useTranslations("dashboard");
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <div className="db-section-heading">
      <Heading id={id}>{title}</Heading>
      <a href={exportHref(table, filters)} className="button small" download>
        {t("export.csv")}
        <span className="visually-hidden"> — {t(`tables.${table}`)}</span>
      </a>
    </div>
  );
}
