import { Link } from "@/app/_components/link";

const CELLS = ["case", "country", "status", "urgency", "foreign", "deadline", "updated"] as const;

/**
 * Rows shaped like the request list's (requests-table.tsx: a linked reference, a linked
 * case, a badge, a date, a label per cell for the narrow layout) with nothing computed or
 * read: what rendering a list's rows costs on its own. Benchmark only.
 */
export function StaticRows({ count }: { count: number }) {
  return (
    <div className="table-wrap rq-list">
      <table>
        <tbody>
          {Array.from({ length: count }, (_, row) => (
            <tr key={row} data-reference={`STATIC-${row}`}>
              <th scope="row" className="rq-ref">
                <Link href={`/requests/static-${row}`}>{`STATIC-${row}`}</Link>
              </th>
              {CELLS.map((cell) => (
                <td key={cell} data-label={cell} className="rq-nowrap">
                  {cell === "case" ? (
                    <Link href={`/cases/static-${row}`}>{`CASE-${row}`}</Link>
                  ) : cell === "deadline" || cell === "updated" ? (
                    <time dateTime="2026-12-01T00:00:00.000Z">01/12/2026</time>
                  ) : (
                    <span className="badge">{`${cell} ${row}`}</span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
