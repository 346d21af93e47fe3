import { sql } from "drizzle-orm";

/**
 * A LIMIT written into the statement's text instead of sent as a parameter, for the queries a
 * page runs at every view. Statements are prepared (prepared-statements.ts), and PostgreSQL
 * keeps one plan for a prepared statement only when that generic plan costs about what the
 * plans made for each execution's values do; with the row count a parameter it has to assume
 * a tenth of the table, the generic plan always looks dearer, and it plans the statement anew
 * every time. Measured on the benchmark's seed, the request list's page: planning 3.4 ms of the
 * database's CPU at every view; with the limit written in, planned once per connection, then
 * 0.8–1 ms to run.
 */
export function literalLimit(rows: number): number {
  if (!Number.isSafeInteger(rows) || rows < 0) throw new RangeError(`Not a row count: ${rows}`);
  // drizzle writes an SQL object given as the limit into the text as it is (the pg-core
  // dialect's `limit ${limit}`); its type only names numbers and placeholders.
  return sql.raw(String(rows)) as unknown as number;
}
