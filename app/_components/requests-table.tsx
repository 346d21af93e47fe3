import { Link } from "@/app/_components/link";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { NextDeadline } from "@/app/_components/requests-next-deadline";
import { RequestStatusBadge } from "@/app/_components/requests-status-badge";
import { Timestamp } from "@/app/_components/timestamp";
import { inLocale } from "@/lib/i18n/locale";
import { fieldLabelKey } from "@/lib/requests/field-labels";
import type { listRequests } from "@/lib/requests/list-requests";

type Item = Awaited<ReturnType<typeof listRequests>>["items"][number];

interface Column {
  /** Short and stable: React's key for the column's cells, sent with every row. */
  id: string;
  label: string;
  /** A low-priority column gives way on a screen of 1280 px or less (it stays in the narrow layout's cards). */
  low?: boolean;
  className?: (item: Item) => string;
  cell: (item: Item) => ReactNode;
}

/**
 * The request list as a table whose columns fit the reader: the requested State only for those
 * who send to several, the requesting unit only for those who receive, and the least needed
 * columns dropped first so that the list fits a 1280 px screen without scrolling sideways.
 * Below 40rem each row becomes a card, every cell named by its column (data-label).
 */
export async function RequestsTable({
  items,
  now,
  linkCases,
  showCountry,
  showUnit,
}: {
  items: Item[];
  now: Date;
  /** Cases open on their own page for those who may see them. */
  linkCases: boolean;
  showCountry: boolean;
  showUnit: boolean;
}) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const none = t("requests.list.none");
  const columns: Column[] = [
    {
      id: "case",
      label: t(fieldLabelKey("caseId")),
      className: () => "rq-nowrap",
      cell: (item) => (linkCases ? <Link href={`/cases/${item.caseId}`}>{item.caseReference}</Link> : item.caseReference),
    },
    ...(showCountry ? [{ id: "country", label: t(fieldLabelKey("requestedCountryCode")), cell: (item: Item) => inLocale(locale, { fr: item.countryNameFr, en: item.countryNameEn }) }] : []),
    ...(showUnit ? [{ id: "unit", label: t("requests.list.columns.unit"), cell: (item: Item) => item.requestingUnitName }] : []),
    { id: "status", label: t("requests.list.columns.status"), cell: (item) => <RequestStatusBadge status={item.status} /> },
    { id: "urgency", label: t(fieldLabelKey("urgency")), className: (item) => `rq-urgency rq-urgency-${item.urgency}`, cell: (item) => t(`urgencies.${item.urgency}`) },
    // Who sends and receives needs both the requested State and the unit: the foreign reference gives way.
    { id: "foreign", label: t(fieldLabelKey("foreignReference")), low: showCountry && showUnit, className: () => "rq-nowrap", cell: (item) => item.foreignReference || none },
    { id: "deadline", label: t("requests.list.columns.nextDeadline"), cell: (item) => <NextDeadline dueAt={item.nextDueAt} error={item.deadlineError} now={now} /> },
    { id: "updated", label: t("requests.list.columns.updatedAt"), low: true, className: () => "rq-nowrap", cell: (item) => <Timestamp at={item.updatedAt} /> },
  ];
  const lowClass = (column: Column) => (column.low ? "rq-low" : undefined);

  return (
    // RecordTable's markup, with a class per column for the columns that give way.
    <div className="table-wrap rq-list">
      <table aria-describedby="rq-count">
        <caption>{t("requests.list.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("requests.list.columns.reference")}</th>
            {columns.map((column) => (
              <th key={column.id} scope="col" className={lowClass(column)}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} data-reference={item.reference}>
              <th scope="row" className="rq-ref">
                <Link href={`/requests/${item.id}`}>{item.reference}</Link>
              </th>
              {columns.map((column) => (
                <td key={column.id} data-label={column.label} className={[column.className?.(item), lowClass(column)].filter(Boolean).join(" ") || undefined}>
                  {column.cell(item)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
