import { and, count, eq, gt, max } from "drizzle-orm";
import type { Db } from "@/db/client";
import { loginAttempts } from "@/db/schema";
import { env } from "@/lib/env";

export interface ThrottlePolicy {
  maxFailures: number;
  windowMinutes: number;
}

/** The configured policy (LOGIN_MAX_FAILURES within LOGIN_WINDOW_MINUTES). */
export function loginThrottle(): ThrottlePolicy {
  const e = env();
  return { maxFailures: e.LOGIN_MAX_FAILURES, windowMinutes: e.LOGIN_WINDOW_MINUTES };
}

/**
 * Sign-ins and every other proof of identity (current password, second-factor code) are
 * counted per e-mail address in the database, so that one throttle holds across forms and
 * across app instances (docs/product.md, "Scaling out").
 */
export async function recordAttempt(db: Db, email: string, succeeded: boolean, at: Date): Promise<void> {
  await db.insert(loginAttempts).values({ email, succeeded, attemptedAt: at });
}

/** True once `maxFailures` failures were counted within the window and since the last success. */
export async function isThrottled(db: Db, now: Date, throttle: ThrottlePolicy, email: string): Promise<boolean> {
  const windowStart = new Date(now.getTime() - throttle.windowMinutes * 60_000);
  const [lastSuccess] = await db
    .select({ at: max(loginAttempts.attemptedAt) })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.succeeded, true), gt(loginAttempts.attemptedAt, windowStart)));
  const since = lastSuccess?.at && lastSuccess.at > windowStart ? lastSuccess.at : windowStart;
  const [row] = await db
    .select({ failures: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.succeeded, false), gt(loginAttempts.attemptedAt, since)));
  return (row?.failures ?? 0) >= throttle.maxFailures;
}
