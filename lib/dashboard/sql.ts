import { inArray, sql, type AnyColumn, type SQL, type SQLWrapper } from "drizzle-orm";
import type { Actor } from "@/lib/access/actor";
import type { Ctx } from "@/lib/context";
import { actorSides, managedUnitIds } from "@/lib/access/request-access";

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

/**
 * A summary table's rows of the actor's scope, narrowed by their requesting unit when the
 * whole scope is the manager's own units (no country received): the same requests as the
 * scope condition on `requests`, which the query keeps, read from the summary's unit index
 * instead of the whole table. Undefined (no narrowing) otherwise.
 */
export function summaryUnitCondition(actor: Actor, requestingUnitId: SQLWrapper & AnyColumn): SQL | undefined {
  if (actorSides(actor).requested) return undefined;
  const unitIds = managedUnitIds(actor);
  return unitIds.length ? inArray(requestingUnitId, unitIds) : sql`false`;
}

/**
 * `read` in a read-only transaction of its own (one snapshot; its queries pipelined on one
 * connection), planned without parallel workers. The dashboard's figures run on every view
 * after a change, beside other users' pages: PostgreSQL would plan the per-country counts with
 * three processes each hashing all the deadlines — on a 2-core server 3 to 5 times slower than
 * one process (at 40,000 in scope: 220-280 ms instead of 45-50 ms), the cores taken from the
 * other pages meanwhile.
 */
export function withoutParallelWorkers<T>(ctx: Ctx, read: (tx: Ctx) => Promise<T>): Promise<T> {
  return ctx.db.transaction(
    async (tx) => {
      await tx.execute(sql`set local max_parallel_workers_per_gather = 0`);
      return read({ ...ctx, db: tx });
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

/**
 * Whether no write is half done in this database, asked before the figures' snapshots are taken
 * (and after their `dashboard_changes` number was read: figures-cache.ts). A write takes its
 * number from that sequence after its statement, before it commits (migration 0021): figures read
 * meanwhile miss it, yet would carry its number — they must not be kept. A session that has written
 * holds a transaction id (pg_stat_activity.backend_xid) until its commit is visible to new
 * snapshots; readers hold none. Asked before the snapshots, the answer leaves no gap: a write
 * that commits after it is in the snapshots. (A snapshot alone cannot tell: the newest
 * transactions, still running, lie past its upper bound.)
 */
export async function noWriteHalfDone(ctx: Ctx): Promise<boolean> {
  const [row] = await ctx.db
    .select({
      none: sql<boolean>`not exists (select from pg_stat_activity where datname = current_database()
        and backend_type = 'client backend' and backend_xid is not null and pid <> pg_backend_pid())`,
    })
    .from(sql`(values (1)) as one`);
  return row!.none;
}
