import type { Db } from "@/db/client";
import { loginAttempts } from "@/db/schema";
import { env } from "@/lib/env";
import { clearCounter, givePlaceBack, takePlace, type Place } from "@/lib/security/rate-counter";

export interface ThrottlePolicy {
  /** Failures allowed per e-mail address within the window. */
  maxFailures: number;
  windowMinutes: number;
  /** Failures allowed per client IP within the window, whatever the addresses tried (password spraying); 0 or absent: none. */
  maxFailuresPerIp?: number;
}

/** The configured policy (LOGIN_MAX_FAILURES and LOGIN_MAX_FAILURES_PER_IP within LOGIN_WINDOW_MINUTES). */
export function loginThrottle(): ThrottlePolicy {
  const e = env();
  return { maxFailures: e.LOGIN_MAX_FAILURES, windowMinutes: e.LOGIN_WINDOW_MINUTES, maxFailuresPerIp: e.LOGIN_MAX_FAILURES_PER_IP };
}

/** Who is proving their identity: the e-mail address, and the client's IP when known. */
export interface Claimant {
  email: string;
  ip?: string | null;
}

/** An attempt under way: the places it holds, its address's first. */
export interface Attempt {
  email: string;
  places: Place[];
}

/** How a checked attempt ended. `notCounted`: nothing was judged wrong (the code is asked for next, or a re-check passed). */
export type AttemptOutcome = "failed" | "succeeded" | "notCounted";

/**
 * Sign-ins and every other proof of identity (current password, second-factor code) are
 * throttled in the database, so that one throttle holds across forms and across app
 * instances (docs/product.md, "Scaling out").
 *
 * An attempt takes a place on its address's counter, and on its IP's, BEFORE its proof is
 * checked (lib/security/rate-counter.ts: one upsert, serialised on the row). A counter holds
 * `maxFailures` places per window: the failures, and the attempts being checked right now. So
 * however many guesses arrive at once, no more than the limit are checked; the others are
 * refused unchecked. Returns null when a counter is full, having given back any place taken.
 */
export async function takeAttempt(db: Db, now: Date, policy: ThrottlePolicy, claimant: Claimant): Promise<Attempt | null> {
  const counters = [{ subject: `address:${claimant.email}`, limit: policy.maxFailures, windowMinutes: policy.windowMinutes }];
  if (claimant.ip && policy.maxFailuresPerIp) {
    counters.push({ subject: `ip:${claimant.ip}`, limit: policy.maxFailuresPerIp, windowMinutes: policy.windowMinutes });
  }
  const places: Place[] = [];
  for (const counter of counters) {
    const place = await takePlace(db, now, counter);
    if (!place) {
      for (const taken of places) await givePlaceBack(db, taken);
      return null;
    }
    places.push(place);
  }
  return { email: claimant.email, places };
}

/**
 * Settles an attempt once its proof is checked. A failure keeps its places: it is one of the
 * failures counted. A success forgets its address's failures and gives its IP's place back.
 * An attempt that judged nothing gives every place back.
 */
export async function settleAttempt(db: Db, attempt: Attempt, outcome: AttemptOutcome, at: Date): Promise<void> {
  if (outcome === "notCounted") {
    for (const place of attempt.places) await givePlaceBack(db, place);
    return;
  }
  if (outcome === "succeeded") {
    const [address, ...others] = attempt.places;
    if (address) await clearCounter(db, address.subject);
    for (const place of others) await givePlaceBack(db, place);
  }
  // The history of sign-ins, which the counters do not keep.
  await db.insert(loginAttempts).values({ email: attempt.email, succeeded: outcome === "succeeded", attemptedAt: at });
}
