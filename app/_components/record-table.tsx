import type { ReactNode } from "react";

/**
 * A table of records: captioned, one heading per column, scrolling sideways on a narrow
 * screen rather than squeezing its cells. A column left out for this viewer is passed as `false`.
 */
export function RecordTable({
  id,
  caption,
  captionHidden,
  columns,
  describedBy,
  children,
  footer,
}: {
  id?: string;
  caption: string;
  /** The caption is read by screen readers only: a visible heading already names the table. */
  captionHidden?: boolean;
  columns: (string | false)[];
  describedBy?: string;
  /** The rows. */
  children: ReactNode;
  /** Rows of totals, if any. */
  footer?: ReactNode;
}) {
  return (
    <div className="table-wrap">
      <table id={id} aria-describedby={describedBy}>
        <caption className={captionHidden ? "visually-hidden" : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => column !== false && <th key={index} scope="col">{column}</th>)}
          </tr>
        </thead>
        <tbody>{children}</tbody>
        {footer && <tfoot>{footer}</tfoot>}
      </table>
    </div>
  );
}
