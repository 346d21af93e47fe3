import { and, asc, desc, eq, gt, isNotNull, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { requestDeadlines, requests } from "@/db/schema";
import { isUuid } from "@/lib/validation/ids";
import { REQUEST_STATUSES } from "./vocabulary";

/**
 * The orders of the request list and the keyset that pages through each: every order ends
 * with the id, so that no two requests tie and a page starts exactly after the previous one's
 * last row, whatever was written meanwhile.
 */

export const REQUEST_SORTS = ["updated_desc", "updated_asc", "created_desc", "reference", "status", "due_asc"] as const;
export type RequestSort = (typeof REQUEST_SORTS)[number];

/** How a key's value travels in a cursor (text) and comes back to SQL (its cast). */
const KEY_KINDS = {
  timestamp: "timestamptz",
  uuid: "uuid",
  text: "text",
  status: "request_status",
} as const;
export type KeyKind = keyof typeof KEY_KINDS;

interface SortKey {
  column: AnyPgColumn;
  descending: boolean;
  kind: KeyKind;
}

const key = (column: AnyPgColumn, kind: KeyKind, descending = false): SortKey => ({ column, kind, descending });
const id = (descending = false) => key(requests.id, "uuid", descending);

const SORT_KEYS: Record<RequestSort, SortKey[]> = {
  updated_desc: [key(requests.updatedAt, "timestamp", true), id(true)],
  updated_asc: [key(requests.updatedAt, "timestamp"), id()],
  created_desc: [key(requests.createdAt, "timestamp", true), id(true)],
  reference: [key(requests.reference, "text"), id()],
  // Statuses in lifecycle order (the enum's), the most recently updated first within each.
  status: [key(requests.status, "status"), key(requests.updatedAt, "timestamp", true), id(true)],
  // PostgreSQL sorts a missing value after every other ascending: requests without a running
  // clock come last. The keyset below treats NULL the same way, as the greatest value.
  due_asc: [key(requestDeadlines.nextDueAt, "timestamp"), id()],
};

/** What a cursor of this sort must carry: each key's kind, and whether it may be missing. */
export function sortKeyShapes(sort: RequestSort): { kind: KeyKind; nullable: boolean }[] {
  return SORT_KEYS[sort].map((k) => ({ kind: k.kind, nullable: !k.column.notNull }));
}

/** ORDER BY of a sort; `reversed` walks it backwards (the page before a cursor). */
export function orderOf(sort: RequestSort, reversed = false): SQL[] {
  return SORT_KEYS[sort].map((k) => (k.descending !== reversed ? desc(k.column) : asc(k.column)));
}

/** ORDER BY of each sort, for the list, its export and the work queues. */
export const LIST_ORDER = Object.fromEntries(REQUEST_SORTS.map((sort) => [sort, orderOf(sort)])) as Record<RequestSort, SQL[]>;

/**
 * A row's sort keys as text, exactly (timestamps to the microsecond, in UTC): what a cursor
 * carries. JavaScript dates keep only milliseconds, so the text comes from PostgreSQL.
 */
export function sortKeyText(sort: RequestSort): SQL<string> {
  const texts = SORT_KEYS[sort].map((k) =>
    k.kind === "timestamp" ? sql`to_char(${k.column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')` : sql`${k.column}::text`,
  );
  return sql<string>`json_build_array(${sql.join(texts, sql`, `)})::text`;
}

/**
 * The rows strictly after `values` in the sort's order (before them when `reversed`).
 * When every key runs one way and none may be missing, one row comparison — which an index
 * on the same columns turns into the start of its scan; otherwise the expanded form.
 */
export function keysetCondition(sort: RequestSort, values: (string | null)[], reversed = false): SQL {
  const keys = SORT_KEYS[sort];
  const param = (k: SortKey, value: string) => sql`cast(${value} as ${sql.raw(KEY_KINDS[k.kind])})`;
  const descending = (k: SortKey) => k.descending !== reversed;
  const uniform = keys.every((k) => descending(k) === descending(keys[0]!) && k.column.notNull) && values.every((v) => v !== null);
  if (uniform) {
    const left = sql.join(keys.map((k) => sql`${k.column}`), sql`, `);
    const right = sql.join(keys.map((k, i) => param(k, values[i]!)), sql`, `);
    return descending(keys[0]!) ? sql`(${left}) < (${right})` : sql`(${left}) > (${right})`;
  }
  // NULL is the greatest value: after a missing one come only missing ones (ascending).
  const beyond = (k: SortKey, value: string | null): SQL => {
    if (value === null) return descending(k) ? isNotNull(k.column) : sql`false`;
    return descending(k) ? lt(k.column, param(k, value)) : or(gt(k.column, param(k, value)), k.column.notNull ? undefined : isNull(k.column))!;
  };
  const equal = (k: SortKey, value: string | null): SQL => (value === null ? isNull(k.column) : eq(k.column, param(k, value)));
  return or(...keys.map((k, i) => and(...keys.slice(0, i).map((earlier, j) => equal(earlier, values[j] ?? null)), beyond(k, values[i] ?? null))))!;
}

/** Whether `value` may stand for a key of this kind in a cursor (anything else is a forged cursor). */
export function isKeyValue(kind: KeyKind, value: unknown): boolean {
  if (typeof value !== "string") return false;
  switch (kind) {
    case "timestamp":
      // Exactly what sortKeyText writes, and a real instant (no 30 February).
      return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(value) && sameInstant(value);
    case "uuid":
      return isUuid(value);
    case "status":
      return (REQUEST_STATUSES as readonly string[]).includes(value);
    case "text":
      // No control character (PostgreSQL refuses NUL), no lone surrogate.
      return /^[^\p{Cc}\p{Cs}]{1,200}$/u.test(value);
  }
}

function sameInstant(text: string): boolean {
  const milliseconds = `${text.slice(0, 23)}Z`;
  const date = new Date(milliseconds);
  return !Number.isNaN(date.getTime()) && date.toISOString() === milliseconds;
}
