"use client";

import { Link } from "@/app/_components/link";

/** A row of a record table whose heading cell links to the record, and whose other cells are text. */
export interface LinkedTextRow {
  /** The record's page; also React's key. */
  href: string;
  heading: string;
  cells: string[];
}

/**
 * Table rows laid out from plain values (the texts translated and formatted on the server).
 * A client component, although it has no state: a server component's rows travel to the page
 * as React elements, about 40 bytes each besides their text, where these travel as data —
 * the dashboard's forecast sends up to 100 rows.
 */
export function LinkedTextRows({ rows }: { rows: LinkedTextRow[] }) {
  return rows.map((row) => (
    <tr key={row.href}>
      <th scope="row">
        <Link href={row.href}>{row.heading}</Link>
      </th>
      {row.cells.map((cell, index) => (
        <td key={index}>{cell}</td>
      ))}
    </tr>
  ));
}
