import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { users } from "@/db/schema";
import { appendLog } from "@/lib/audit/log";
import type { Ctx } from "@/lib/context";
import { parseInput } from "@/lib/validation/parse";
import { hashPassword, PASSWORD_MIN_LENGTH } from "./password";
import { reauthenticate } from "./reauthenticate";
import { loginThrottle, type ThrottlePolicy } from "./throttle";

const input = z
  .object({
    currentPassword: z.string().min(1).max(1024),
    newPassword: z.string().min(PASSWORD_MIN_LENGTH, { error: "passwordTooShort" }).max(200),
    confirmation: z.string().max(200),
  })
  .refine((p) => p.confirmation === p.newPassword, { path: ["confirmation"], error: "passwordMismatch" })
  .refine((p) => p.newPassword !== p.currentPassword, { path: ["newPassword"], error: "passwordUnchanged" });

export type ChangeOwnPasswordInput = z.input<typeof input>;

/**
 * Everyone changes their own password by giving the current one. A wrong current password
 * counts against the sign-in throttle (a borrowed session must not become a guessing
 * machine). The session version is bumped, so every other session of the account ends; the
 * caller renews the current one with the returned version.
 */
export async function changeOwnPassword(
  ctx: Ctx,
  raw: ChangeOwnPasswordInput,
  throttle: ThrottlePolicy = loginThrottle(),
): Promise<{ sessionVersion: number }> {
  const data = parseInput(input, raw);
  const now = ctx.now();
  await reauthenticate(ctx, { currentPassword: data.currentPassword }, throttle);
  const passwordHash = await hashPassword(data.newPassword);

  return ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now })
      .where(eq(users.id, ctx.actor.id))
      .returning({ sessionVersion: users.sessionVersion });
    await appendLog(tx, ctx.actor, now, { action: "passwordChanged", subjectType: "user", subjectId: ctx.actor.id });
    return { sessionVersion: updated!.sessionVersion };
  });
}

/** Whether the actor signs in with a password here (not only through single sign-on). */
export async function hasPassword(ctx: Ctx): Promise<boolean> {
  const [row] = await ctx.db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, ctx.actor.id));
  return Boolean(row?.passwordHash);
}
