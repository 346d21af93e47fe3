import { sql } from "drizzle-orm";
import type { Actor } from "@/lib/access/actor";
import type { Ctx } from "@/lib/context";

/**
 * The dashboard's figures read the whole scope: for a central authority's 40,000 requests,
 * about half a second of the database's time. A manager reloading the page, opening another
 * section's link and coming back, or several managers of one scope at their morning review,
 * would pay it each time for the same figures. So figures are kept per actor and filters:
 * - until anything they count changes: every statement writing a table they read takes a
 *   number from the `dashboard_changes` sequence (migration 0021), and figures computed at one
 *   number are not served at another;
 * - for a minute at most, because "overdue" and the ages move with the clock (the page says
 *   at what time its figures were computed);
 * - and those being computed are shared: ten reloads at once compute once.
 * The actor is part of the key, whole: a change of role or scope is a different key, and one
 * manager's figures are never served to another.
 */
export const FIGURES_MAX_AGE_MS = 60_000;
const MAX_ENTRIES = 500;

interface Entry<T> {
  figures: Promise<T>;
  changes: string;
  computedAt: number;
}

const entries = new Map<string, Entry<unknown>>();

/** The state of the tables the figures read: the last number the writes took. */
async function changesNow(ctx: Ctx): Promise<string> {
  const [row] = await ctx.db.select({ changes: sql<string>`last_value::text` }).from(sql`dashboard_changes`);
  return row!.changes;
}

function keyOf(actor: Actor, filters: unknown): string {
  return JSON.stringify([actor, filters]);
}

/**
 * The figures for this actor and these (checked) filters: kept ones while they still hold,
 * else `compute`'s. The caller has checked the actor's access; `compute` checks it again.
 */
export async function cachedFigures<T>(ctx: Ctx, filters: unknown, compute: () => Promise<T>): Promise<T> {
  const key = keyOf(ctx.actor, filters);
  const changes = await changesNow(ctx);
  // The request's own clock: figures computed at another time than this one's minute are not its figures.
  const now = ctx.now().getTime();
  const kept = entries.get(key) as Entry<T> | undefined;
  if (kept && kept.changes === changes && now >= kept.computedAt && now - kept.computedAt < FIGURES_MAX_AGE_MS) return kept.figures;

  const entry: Entry<T> = { figures: compute(), changes, computedAt: now };
  entries.delete(key);
  entries.set(key, entry);
  // A failure is not kept: the next reader computes again.
  entry.figures.catch(() => {
    if (entries.get(key) === entry) entries.delete(key);
  });
  // The oldest entries go first (a Map iterates in insertion order).
  for (const oldest of entries.keys()) {
    if (entries.size <= MAX_ENTRIES) break;
    entries.delete(oldest);
  }
  return entry.figures;
}
