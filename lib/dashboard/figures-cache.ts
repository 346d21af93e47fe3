import { sql } from "drizzle-orm";
import type { Actor } from "@/lib/access/actor";
import type { Ctx } from "@/lib/context";

/**
 * The dashboard's figures read the whole scope: for a central authority's 40,000 requests,
 * about half a second of the database's time, most of it (a quarter of a million stays) for
 * the time in state. A manager reloading the page, opening another section's link and coming
 * back, or several managers of one scope at their morning review, would pay it each time. So
 * figures are kept per actor and filters, in two kinds:
 *
 * - Counts (open, overdue, due soon, waiting, ageing, the forecast) — what a manager acts on —
 *   are kept until anything they count changes: every statement writing a table they read
 *   takes a number from the `dashboard_changes` sequence (migration 0021), and counts computed
 *   at one number are not served at another (nor kept at all when read while a write was
 *   half done: it had taken its number, its rows were not visible yet); and for a minute at
 *   most, because "overdue" and the ages move with the clock (the page says at what time they
 *   were computed).
 * - Statistics (time in state, median delays) describe months of stays: one change moves them
 *   by a fraction of a day at most. They are kept across changes for five minutes; for the
 *   next hour they are still served, while new ones are computed for the next view; older,
 *   the view waits for new ones. The page says at what time they were computed.
 *
 * Those being computed are shared: ten reloads at once compute once. The actor is part of the
 * key, whole: a change of role or scope is a different key, and one manager's figures are
 * never served to another.
 */
export const FIGURES_MAX_AGE_MS = 60_000;
export const STATISTICS_FRESH_MS = 5 * 60_000;
export const STATISTICS_MAX_AGE_MS = 60 * 60_000;
const MAX_ENTRIES = 500;

interface Entry<T> {
  value: Promise<T>;
  /** The `dashboard_changes` number they were computed at (counts only). */
  changes?: string;
  computedAt: number;
  /** New statistics being computed while these are served. */
  refreshing?: Promise<unknown>;
}

/** Entries per key, the least recently computed dropped first past MAX_ENTRIES; a failure is not kept. */
class Kept<T> {
  private readonly entries = new Map<string, Entry<T>>();

  get(key: string): Entry<T> | undefined {
    return this.entries.get(key);
  }

  /**
   * Starts `compute` and keeps it under `key` at once, so that readers share it; once settled,
   * a failure is dropped, and so is a result that `keeps` refuses.
   */
  compute(key: string, compute: () => Promise<T>, entry: Omit<Entry<T>, "value">, keeps: (value: T) => boolean = () => true): Entry<T> {
    const next: Entry<T> = { ...entry, value: compute() };
    this.put(key, next);
    next.value.then(
      (value) => {
        if (!keeps(value)) this.drop(key, next);
      },
      () => this.drop(key, next),
    );
    return next;
  }

  /**
   * Starts `compute` for `kept`'s key while `kept` is still served, and keeps its result in
   * `kept`'s place once it succeeds — unless `kept` was replaced meanwhile (by figures a
   * reader waited for, newer than these).
   */
  refresh(key: string, kept: Entry<T>, compute: () => Promise<T>, computedAt: number): void {
    const next: Entry<T> = { value: compute(), computedAt };
    kept.refreshing = next.value.then(
      () => {
        if (this.entries.get(key) === kept) this.put(key, next);
      },
      (error: unknown) => {
        kept.refreshing = undefined;
        console.error(`[dashboard] figures could not be computed again: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
  }

  /** Forgets `entry`, if it is still the one kept under `key`. */
  private drop(key: string, entry: Entry<T>): void {
    if (this.entries.get(key) === entry) this.entries.delete(key);
  }

  private put(key: string, entry: Entry<T>) {
    this.entries.delete(key);
    this.entries.set(key, entry);
    // The oldest entries go first (a Map iterates in insertion order).
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= MAX_ENTRIES) break;
      this.entries.delete(oldest);
    }
  }
}

const counts = new Kept<unknown>();
const statistics = new Kept<unknown>();

/** The state of the tables the figures read: the last number the writes took. */
async function changesNow(ctx: Ctx): Promise<string> {
  const [row] = await ctx.db.select({ changes: sql<string>`last_value::text` }).from(sql`dashboard_changes`);
  return row!.changes;
}

function keyOf(actor: Actor, filters: unknown): string {
  return JSON.stringify([actor, filters]);
}

/**
 * The counts for this actor and these (checked) filters: kept ones while they still hold,
 * else `compute`'s — kept in turn unless they say they are not `complete` (read while a write
 * was half done: load-dashboard.ts). The caller has checked the actor's access; `compute`
 * checks it again.
 */
export async function keptCounts<T extends { complete: boolean }>(ctx: Ctx, filters: unknown, compute: () => Promise<T>): Promise<T> {
  const key = keyOf(ctx.actor, filters);
  const changes = await changesNow(ctx);
  // The request's own clock: counts computed at another time than this one's minute are not its counts.
  const now = ctx.now().getTime();
  const kept = counts.get(key);
  if (kept && kept.changes === changes && now >= kept.computedAt && now - kept.computedAt < FIGURES_MAX_AGE_MS) {
    return kept.value as Promise<T>;
  }
  return counts.compute(key, compute, { changes, computedAt: now }, (figures) => (figures as T).complete).value as Promise<T>;
}

/**
 * The statistics for this actor and these (checked) filters: kept ones while fresh; kept ones
 * still, up to an hour, while new ones are computed in the background for the next view; else
 * `compute`'s, waited for. The caller has checked the actor's access; `compute` checks it again.
 */
export async function keptStatistics<T>(ctx: Ctx, filters: unknown, compute: () => Promise<T>): Promise<T> {
  const key = keyOf(ctx.actor, filters);
  const now = ctx.now().getTime();
  const kept = statistics.get(key);
  const age = kept ? now - kept.computedAt : Number.POSITIVE_INFINITY;
  if (!kept || age < 0 || age >= STATISTICS_MAX_AGE_MS) {
    return statistics.compute(key, compute, { computedAt: now }).value as Promise<T>;
  }
  if (age >= STATISTICS_FRESH_MS && !kept.refreshing) statistics.refresh(key, kept, compute, now);
  return kept.value as Promise<T>;
}
