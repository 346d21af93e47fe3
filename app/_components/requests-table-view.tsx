"use client";

import { Link } from "@/app/_components/link";
import { NextDeadlineMarkup } from "@/app/_components/next-deadline-markup";
import type { NextDeadlineShown } from "@/app/_components/next-deadline-shown";
import { StatusBadgeMarkup } from "@/app/_components/status-badge-markup";
import type { RequestStatus, Urgency } from "@/lib/requests/vocabulary";

export interface RequestsTableColumn {
  /** Short and stable: React's key for the column's cells. */
  id: "case" | "country" | "unit" | "status" | "urgency" | "foreign" | "deadline" | "updated";
  label: string;
  /** A low-priority column gives way on a screen of 1280 px or less (it stays in the narrow layout's cards). */
  low?: boolean;
  /** References and dates: never broken across lines. */
  nowrap?: boolean;
}

/** One request of the list, as it reads: every text translated and formatted already (requests-table.tsx). */
export interface RequestRow {
  id: string;
  reference: string;
  /** Null when the reader may not open cases: the reference is then plain text. */
  caseId: string | null;
  caseReference: string;
  /** Only when the reader has the column (requests-table.tsx). */
  country?: string;
  unit?: string;
  status: RequestStatus;
  statusLabel: string;
  urgency: Urgency;
  urgencyLabel: string;
  foreignReference: string;
  deadline: NextDeadlineShown;
  /** ISO 8601, for machines and assistive technology; `updatedText` for the reader. */
  updatedAt: string;
  updatedText: string;
}

function cell(column: RequestsTableColumn["id"], row: RequestRow) {
  switch (column) {
    case "case":
      return row.caseId ? <Link href={`/cases/${row.caseId}`}>{row.caseReference}</Link> : row.caseReference;
    case "country":
      return row.country;
    case "unit":
      return row.unit;
    case "status":
      return <StatusBadgeMarkup status={row.status} label={row.statusLabel} />;
    case "urgency":
      return row.urgencyLabel;
    case "foreign":
      return row.foreignReference;
    case "deadline":
      return <NextDeadlineMarkup shown={row.deadline} />;
    case "updated":
      return <time dateTime={row.updatedAt}>{row.updatedText}</time>;
  }
}

function cellClass(column: RequestsTableColumn, row: RequestRow): string | undefined {
  const classes = [
    column.nowrap ? "rq-nowrap" : undefined,
    column.id === "urgency" ? `rq-urgency rq-urgency-${row.urgency}` : undefined,
    column.low ? "rq-low" : undefined,
  ];
  return classes.filter(Boolean).join(" ") || undefined;
}

/**
 * The request list's markup (RecordTable's, with a class per column for the columns that give
 * way). Below 40rem each row becomes a card, every cell named by its column (data-label).
 */
export function RequestsTableView({
  caption,
  referenceLabel,
  columns,
  rows,
}: {
  caption: string;
  referenceLabel: string;
  columns: RequestsTableColumn[];
  rows: RequestRow[];
}) {
  return (
    <div className="table-wrap rq-list">
      <table aria-describedby="rq-count">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{referenceLabel}</th>
            {columns.map((column) => (
              <th key={column.id} scope="col" className={column.low ? "rq-low" : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-reference={row.reference}>
              <th scope="row" className="rq-ref">
                <Link href={`/requests/${row.id}`}>{row.reference}</Link>
              </th>
              {columns.map((column) => (
                <td key={column.id} data-label={column.label} className={cellClass(column, row)}>
                  {cell(column.id, row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
