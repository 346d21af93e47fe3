import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { recordFailedSignIn } from "@/lib/security/record";
import { decoyHash, verifyPassword } from "./password";
import { settleAttempt, takeAttempt, type ThrottlePolicy } from "./throttle";
import { verifySecondFactor, type FactorFailure } from "./verify-second-factor";

export type { ThrottlePolicy } from "./throttle";

export type SignInFailure = "invalid" | "disabled" | "throttled" | FactorFailure;
export type SignInResult =
  | { ok: true; userId: string; sessionVersion: number }
  | { ok: false; reason: SignInFailure };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks an e-mail and password, then the account's second factor if it has one. Unknown
 * e-mail and wrong password give the same answer ("invalid") in the same time; "disabled"
 * and "codeRequired" are only told to someone who knew the password. A wrong or replayed
 * code counts as a failure like a wrong password: after `maxFailures` failures within the
 * window the address is throttled, whatever the password, until the window has passed; so is
 * a client IP (`client.ip`) after `maxFailuresPerIp`. The attempt takes its place in the
 * throttle before the password is checked (lib/users/throttle.ts), so concurrent guesses
 * cannot check more passwords than the limit.
 */
export async function authenticate(
  db: Db,
  now: Date,
  throttle: ThrottlePolicy,
  credentials: { email: string; password: string; code?: string },
  client: { ip?: string | null } = {},
): Promise<SignInResult> {
  const email = normalizeEmail(credentials.email);
  const code = credentials.code ?? "";
  const absurd =
    email.length > 254 || credentials.password.length > 1024 || code.length > 64 || `${email}${credentials.password}${code}`.includes("\u0000");
  if (!email || !credentials.password || absurd) {
    return { ok: false, reason: "invalid" };
  }
  const attempt = await takeAttempt(db, now, throttle, { email, ip: client.ip });
  if (!attempt) return { ok: false, reason: "throttled" };

  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyHash()), credentials.password);
  if (!user || !user.passwordHash || !passwordOk || !user.active) {
    await settleAttempt(db, attempt, "failed", now);
    await recordFailedSignIn(db, now, { email, account: user, passwordOk });
    return { ok: false, reason: user?.passwordHash && passwordOk ? "disabled" : "invalid" };
  }

  const factor = await verifySecondFactor(db, user.id, code, now, { allowRecovery: true });
  if (!factor.ok) {
    // Asking for the code is the second step of a sign-in, not a failure.
    if (factor.reason === "codeRequired") {
      await settleAttempt(db, attempt, "notCounted", now);
    } else {
      await settleAttempt(db, attempt, "failed", now);
      await recordFailedSignIn(db, now, { email, account: user, passwordOk, reason: "wrongCode" });
    }
    return { ok: false, reason: factor.reason };
  }
  await settleAttempt(db, attempt, "succeeded", now);
  // The previous sign-in is where "new since my last visit" starts on the home page.
  await db.update(users).set({ lastLoginAt: now, previousLoginAt: user.lastLoginAt }).where(eq(users.id, user.id));
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}
