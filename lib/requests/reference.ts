import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { requestCounters } from "@/db/schema";

/**
 * The next reference for a (year, requesting country, requested country), e.g.
 * MLA-2026-FR-PH-0001. The counter row is incremented in the caller's transaction, so two
 * concurrent creations never receive the same number.
 */
export async function nextRequestReference(tx: Db, year: number, from: string, to: string): Promise<string> {
  const [row] = await tx
    .insert(requestCounters)
    .values({ year, fromCountry: from, toCountry: to, last: 1 })
    .onConflictDoUpdate({
      target: [requestCounters.year, requestCounters.fromCountry, requestCounters.toCountry],
      set: { last: sql`${requestCounters.last} + 1` },
    })
    .returning({ last: requestCounters.last });
  return `MLA-${year}-${from}-${to}-${String(row!.last).padStart(4, "0")}`;
}
