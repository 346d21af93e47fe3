import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { Invalid } from "@/lib/errors";
import { verifyPassword } from "./password";
import { isThrottled, recordAttempt, type ThrottlePolicy } from "./throttle";
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
  const email = ctx.actor.email;
  if (await isThrottled(ctx.db, now, throttle, email)) throw new Invalid("tooManyRequests");
  if (proofs.currentPassword !== undefined) {
    const [account] = await ctx.db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, ctx.actor.id));
    if (!account?.passwordHash || !(await verifyPassword(account.passwordHash, proofs.currentPassword))) {
      await recordAttempt(ctx.db, email, false, now);
      throw new Invalid("invalid", { currentPassword: ["wrongPassword"] });
    }
  }
  if (proofs.code !== undefined) {
    const check = await verifySecondFactor(ctx.db, ctx.actor.id, proofs.code, now, { allowRecovery: true });
    if (!check.ok) {
      await recordAttempt(ctx.db, email, false, now);
      throw new Invalid("invalid", { code: [check.reason] });
    }
  }
}
