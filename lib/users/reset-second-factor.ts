import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { recoveryCodes, users, userTotp } from "@/db/schema";
import { assertCan } from "@/lib/access/policy";
import { appendLog } from "@/lib/audit/log";
import type { Ctx } from "@/lib/context";
import { Conflict, Invalid, NotFound } from "@/lib/errors";
import { LIMITS } from "@/lib/requests/schemas";
import { parseInput } from "@/lib/validation/parse";

const input = z.object({
  userId: z.uuid(),
  /** How the administrator made sure it is the account's owner asking: kept in the audit log. */
  reason: z.string().trim().min(1).max(LIMITS.medium),
});
export type ResetSecondFactorInput = z.input<typeof input>;

/**
 * An administrator removes the second factor of someone who lost their authenticator and
 * their recovery codes. Their sessions end (the session version is bumped); at the next
 * sign-in a role that requires a factor must set one up again (lib/users/account-setup.ts).
 * Not for oneself: one's own factor is replaced on /account, with the password and a code.
 */
export async function resetSecondFactor(ctx: Ctx, raw: ResetSecondFactorInput): Promise<void> {
  assertCan(ctx.actor, "users.manage");
  const { userId, reason } = parseInput(input, raw);
  if (userId === ctx.actor.id) throw new Invalid("cannotResetOwnSecondFactor");

  await ctx.db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for("update");
    if (!user) throw new NotFound();
    const removedFactor = await tx.delete(userTotp).where(eq(userTotp.userId, userId)).returning({ secret: userTotp.secret });
    const removedCodes = await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).returning({ id: recoveryCodes.id });
    if (removedFactor.length === 0 && removedCodes.length === 0) throw new Conflict("noSecondFactor");
    const now = ctx.now();
    await tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now }).where(eq(users.id, userId));
    await appendLog(tx, ctx.actor, now, {
      action: "secondFactorReset",
      subjectType: "user",
      subjectId: userId,
      data: { reason, hadConfirmedFactor: Boolean(removedFactor[0]?.secret), recoveryCodesRemoved: removedCodes.length },
    });
  });
}
