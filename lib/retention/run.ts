import type { Db } from "@/db/client";
import { dueForErasure } from "./due";
import { eraseRequest } from "./erase";
import { loadRetentionPolicy } from "./policy";

/**
 * The scheduled retention run (lib/jobs/scheduler.ts): erases every request due at `now`,
 * one transaction each, so that one failure leaves the others done and the next run retries
 * it. Safe to run twice: an erased request is no longer due.
 */
export async function runRetention(db: Db, now: Date): Promise<{ erased: number }> {
  const { months } = await loadRetentionPolicy(db);
  let erased = 0;
  for (const { id } of await dueForErasure(db, now, months)) {
    if (await eraseRequest(db, id, now, months)) erased++;
  }
  return { erased };
}
