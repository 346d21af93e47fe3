import { sql, type SQL, type SQLWrapper } from "drizzle-orm";

/** Small SQL pieces the dashboard's queries share. */

export const countWhere = (condition: SQL) => sql<number>`count(*) filter (where ${condition})`.mapWith(Number);

/**
 * Durations in days between two timestamps, as SQL: fractional (the median of 11.5 and
 * 12.5 days is 12), in double precision (date_part), which sums and sorts faster than
 * the numeric that `extract` returns.
 */
export function daysBetween(from: SQLWrapper, to: SQLWrapper): SQL<number> {
  return sql<number>`date_part('epoch', ${to} - ${from}) / 86400`;
}

/** A timestamp parameter that PostgreSQL and PGlite both read as such. */
export function timestampParam(at: Date): SQL {
  return sql`${at.toISOString()}::timestamptz`;
}

/** Days rounded to one decimal for display and export; null stays null (no data). */
export function roundDays(days: number | string | null): number | null {
  if (days === null) return null;
  return Math.round(Number(days) * 10) / 10;
}
