import type { Ctx } from "@/lib/context";
import { TooManyRequests } from "@/lib/errors";
import { takePlace } from "./rate-counter";

/**
 * How often one person may upload and export (per user, per window). Far above a working
 * day's pace — a submission carries up to 20 files — and low enough that a script or a
 * stolen session cannot fill the database or keep the server busy with full-table exports.
 */
export const RATE_LIMITS = {
  upload: { limit: 60, windowMinutes: 10 },
  export: { limit: 30, windowMinutes: 10 },
} as const;
export type RateLimited = keyof typeof RATE_LIMITS;

/**
 * Counts one upload or export of the actor, before the work: over the limit, TooManyRequests
 * (429, "errors.<kind>RateLimited"), and nothing is done.
 */
export async function takeRateLimit(
  ctx: Ctx,
  kind: RateLimited,
  policy: { limit: number; windowMinutes: number } = RATE_LIMITS[kind],
): Promise<void> {
  const place = await takePlace(ctx.db, ctx.now(), { subject: `${kind}:${ctx.actor.id}`, ...policy });
  if (!place) throw new TooManyRequests(`${kind}RateLimited`);
}
