import { and, count, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { recoveryCodes, userTotp } from "@/db/schema";
import { appendLog } from "@/lib/audit/log";
import type { Ctx } from "@/lib/context";
import { Conflict, Invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { reauthenticate } from "./reauthenticate";
import { prepareRecoveryCodes, storeRecoveryCodes } from "./recovery-codes";
import { openSecret, sealSecret } from "./secret-box";
import { checkTotp, newTotpSecret, normalizeCode, secondFactorRequired, totpUri } from "./second-factor";
import { loginThrottle, type ThrottlePolicy } from "./throttle";
import { confirmedFactor } from "./verify-second-factor";

/** What the account page shows of the actor's second factor; the confirmed secret never leaves the server. */
export async function secondFactorStatus(ctx: Ctx) {
  const [row] = await ctx.db.select().from(userTotp).where(eq(userTotp.userId, ctx.actor.id));
  const [codes] = await ctx.db
    .select({ left: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, ctx.actor.id), isNull(recoveryCodes.usedAt)));
  const pending = row?.pendingSecret ? openSecret(row.pendingSecret, ctx.actor.id) : null;
  return {
    enabled: Boolean(row?.secret),
    required: secondFactorRequired(ctx.actor.role),
    enrolment: pending ? { secret: pending, uri: totpUri(pending, ctx.actor.email) } : null,
    recoveryCodesLeft: codes?.left ?? 0,
  };
}

const startInput = z.object({ currentPassword: z.string().max(1024).optional() });

/**
 * Starts setting up an authenticator app: a new secret, kept pending until a code from the
 * app confirms it. Replacing a confirmed factor asks for the password, and the old factor
 * keeps working until the new one is confirmed (nobody locks themselves out half-way).
 */
export async function startTotpEnrolment(ctx: Ctx, raw: z.input<typeof startInput> = {}, throttle: ThrottlePolicy = loginThrottle()): Promise<void> {
  const data = parseInput(startInput, raw);
  if (await confirmedFactor(ctx.db, ctx.actor.id)) {
    await reauthenticate(ctx, { currentPassword: data.currentPassword ?? "" }, throttle);
  }
  const pendingSecret = sealSecret(newTotpSecret(), ctx.actor.id);
  const now = ctx.now();
  await ctx.db
    .insert(userTotp)
    .values({ userId: ctx.actor.id, pendingSecret, updatedAt: now })
    .onConflictDoUpdate({ target: userTotp.userId, set: { pendingSecret, updatedAt: now } });
}

const confirmInput = z.object({ code: z.string().max(64) });

/**
 * Confirms the pending secret with a current code from the app. The account gets ten new
 * recovery codes, returned here once and stored only hashed.
 */
export async function confirmTotpEnrolment(ctx: Ctx, raw: z.input<typeof confirmInput>): Promise<{ recoveryCodes: string[] }> {
  const { code } = parseInput(confirmInput, raw);
  const [row] = await ctx.db.select().from(userTotp).where(eq(userTotp.userId, ctx.actor.id));
  const secret = row?.pendingSecret ? openSecret(row.pendingSecret, ctx.actor.id) : null;
  if (!row?.pendingSecret || !secret) throw new Conflict("noEnrolment");
  const now = ctx.now();
  const check = await checkTotp(secret, normalizeCode(code), now, null);
  if (!check.ok) throw new Invalid("invalid", { code: ["codeInvalid"] });
  const { codes, hashes } = await prepareRecoveryCodes();

  return ctx.db.transaction(async (tx) => {
    // Only the secret that was shown: a setup restarted meanwhile in another tab wins.
    const confirmed = await tx
      .update(userTotp)
      .set({ secret: row.pendingSecret, confirmedAt: now, pendingSecret: null, lastUsedStep: check.step, updatedAt: now })
      .where(and(eq(userTotp.userId, ctx.actor.id), eq(userTotp.pendingSecret, row.pendingSecret!)))
      .returning({ userId: userTotp.userId });
    if (!confirmed.length) throw new Conflict("noEnrolment");
    await storeRecoveryCodes(tx, ctx.actor.id, hashes, now);
    await appendLog(tx, ctx.actor, now, { action: "secondFactorEnabled", subjectType: "user", subjectId: ctx.actor.id });
    return { recoveryCodes: codes };
  });
}

const codeInput = z.object({ code: z.string().max(64) });

/** Ten new recovery codes for the old ones (used or not), on a current code. */
export async function renewRecoveryCodes(ctx: Ctx, raw: z.input<typeof codeInput>, throttle: ThrottlePolicy = loginThrottle()): Promise<{ recoveryCodes: string[] }> {
  const { code } = parseInput(codeInput, raw);
  if (!(await confirmedFactor(ctx.db, ctx.actor.id))) throw new Conflict("secondFactorNotEnabled");
  await reauthenticate(ctx, { code }, throttle);
  const { codes, hashes } = await prepareRecoveryCodes();
  return ctx.db.transaction(async (tx) => {
    await storeRecoveryCodes(tx, ctx.actor.id, hashes, ctx.now());
    await appendLog(tx, ctx.actor, ctx.now(), { action: "recoveryCodesRenewed", subjectType: "user", subjectId: ctx.actor.id });
    return { recoveryCodes: codes };
  });
}

const disableInput = z.object({ currentPassword: z.string().max(1024), code: z.string().max(64) });

/**
 * Turns the second factor off, on the password and a code. Refused where the role requires
 * one: an administrator or a liaison officer cannot leave their account with a password only.
 */
export async function disableSecondFactor(ctx: Ctx, raw: z.input<typeof disableInput>, throttle: ThrottlePolicy = loginThrottle()): Promise<void> {
  const data = parseInput(disableInput, raw);
  if (secondFactorRequired(ctx.actor.role)) throw new Invalid("secondFactorRequired");
  if (!(await confirmedFactor(ctx.db, ctx.actor.id))) throw new Conflict("secondFactorNotEnabled");
  await reauthenticate(ctx, data, throttle);
  await ctx.db.transaction(async (tx) => {
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, ctx.actor.id));
    await tx.delete(userTotp).where(eq(userTotp.userId, ctx.actor.id));
    await appendLog(tx, ctx.actor, ctx.now(), { action: "secondFactorDisabled", subjectType: "user", subjectId: ctx.actor.id });
  });
}
