import { RequestsTableView, type RequestRow, type RequestsTableColumn } from "@/app/_components/requests-table-view";

/** A sender's columns (requests-table.tsx), with constant labels. */
const COLUMNS: RequestsTableColumn[] = [
  { id: "case", label: "Case", nowrap: true },
  { id: "country", label: "Requested State" },
  { id: "status", label: "Status" },
  { id: "urgency", label: "Urgency" },
  { id: "foreign", label: "Foreign reference", nowrap: true },
  { id: "deadline", label: "Next deadline" },
  { id: "updated", label: "Updated", low: true, nowrap: true },
];

function staticRow(index: number): RequestRow {
  return {
    id: `static-${index}`,
    reference: `STATIC-${index}`,
    caseId: `static-case-${index}`,
    caseReference: `CASE-${index}`,
    country: "Philippines",
    status: "acknowledged",
    statusLabel: "Acknowledged",
    urgency: "normal",
    urgencyLabel: "Normal",
    foreignReference: `FOREIGN-${index}`,
    deadline: { kind: "date", at: "2026-12-01T00:00:00.000Z", text: "01/12/2026", overdue: "Overdue" },
    updatedAt: "2026-12-01T00:00:00.000Z",
    updatedText: "01/12/2026 00:00",
  };
}

/**
 * The request list's table (RequestsTableView) with rows of constants: what laying out a list's
 * rows costs on its own, with nothing read, translated or formatted. Benchmark only.
 */
export function StaticRows({ count }: { count: number }) {
  const rows = Array.from({ length: count }, (_, index) => staticRow(index));
  return <RequestsTableView caption="Static rows" referenceLabel="Reference" columns={COLUMNS} rows={rows} />;
}
