import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { Invalid } from "@/lib/errors";
import { verifyPassword } from "./password";
import { settleAttempt, takeAttempt, type ThrottlePolicy } from "./throttle";
import { verifySecondFactor } from "./verify-second-factor";

/**
 * A signed-in user proves again who they are before changing how they sign in (their
 * password, their second factor): the current password and/or a second-factor code. Each
 * wrong proof counts against the sign-in throttle, so that a session left open is not a way
 * to guess the password or the codes. Throws Invalid with the field at fault.
 */
export async function reauthenticate(
  ctx: Ctx,
  proofs: { currentPassword?: string; code?: string },
  throttle: ThrottlePolicy,
): Promise<void> {
  const now = ctx.now();
  // Its place in the throttle is taken before any proof is checked (lib/users/throttle.ts).
  const attempt = await takeAttempt(ctx.db, now, throttle, { email: ctx.actor.email });
  if (!attempt) throw new Invalid("tooManyRequests");
  if (proofs.currentPassword !== undefined) {
    const [account] = await ctx.db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, ctx.actor.id));
    if (!account?.passwordHash || !(await verifyPassword(account.passwordHash, proofs.currentPassword))) {
      await settleAttempt(ctx.db, attempt, "failed", now);
      throw new Invalid("invalid", { currentPassword: ["wrongPassword"] });
    }
  }
  if (proofs.code !== undefined) {
    const check = await verifySecondFactor(ctx.db, ctx.actor.id, proofs.code, now, { allowRecovery: true });
    if (!check.ok) {
      await settleAttempt(ctx.db, attempt, "failed", now);
      throw new Invalid("invalid", { code: [check.reason] });
    }
  }
  // A right proof here is not a sign-in: it gives its place back without clearing past failures.
  await settleAttempt(ctx.db, attempt, "notCounted", now);
}
