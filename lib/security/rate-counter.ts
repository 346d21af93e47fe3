import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rateCounters } from "@/db/schema";

/** A counter: its subject, how many places a window holds, and how long a window lasts. */
export interface CounterPolicy {
  subject: string;
  limit: number;
  windowMinutes: number;
}

/** A place taken on a counter, in the window it was taken in. */
export interface Place {
  subject: string;
  windowStartedAt: Date;
}

/**
 * Takes one place on a counter, or returns null when its window is full. One upsert: on a
 * conflict PostgreSQL locks the row and re-reads its latest version before the update, so
 * concurrent takers queue on the row, each sees the count its predecessor left, and no more
 * than `limit` of them ever get a place, whatever the isolation level. A full counter is left
 * as it is (the update's condition fails and no row comes back). A window that has passed
 * starts again with this place.
 */
export async function takePlace(db: Db, now: Date, counter: CounterPolicy): Promise<Place | null> {
  const windowStart = new Date(now.getTime() - counter.windowMinutes * 60_000).toISOString();
  const expired = sql`${rateCounters.windowStartedAt} <= ${windowStart}::timestamptz`;
  const [place] = await db
    .insert(rateCounters)
    .values({ subject: counter.subject, count: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: rateCounters.subject,
      set: {
        count: sql`case when ${expired} then 1 else ${rateCounters.count} + 1 end`,
        windowStartedAt: sql`case when ${expired} then excluded.window_started_at else ${rateCounters.windowStartedAt} end`,
      },
      setWhere: sql`${expired} or ${rateCounters.count} < ${counter.limit}`,
    })
    .returning({ subject: rateCounters.subject, windowStartedAt: rateCounters.windowStartedAt });
  return place ?? null;
}

/** Gives a place back, in the window it was taken in only: a counter that started again owes nothing. */
export async function givePlaceBack(db: Db, place: Place): Promise<void> {
  await db
    .update(rateCounters)
    .set({ count: sql`greatest(${rateCounters.count} - 1, 0)` })
    .where(and(eq(rateCounters.subject, place.subject), eq(rateCounters.windowStartedAt, place.windowStartedAt)));
}

/** Empties a counter (a successful sign-in forgets its address's failures). */
export async function clearCounter(db: Db, subject: string): Promise<void> {
  await db.delete(rateCounters).where(eq(rateCounters.subject, subject));
}
