import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { recoveryCodes, userTotp } from "@/db/schema";
import { verifyPassword } from "./password";
import { openSecret } from "./secret-box";
import { checkTotp, isRecoveryCode, isTotpCode, normalizeCode } from "./second-factor";

export type FactorFailure = "codeRequired" | "codeInvalid" | "codeUsed" | "recoveryCodeUsed";
export type FactorCheck = { ok: true; method: "none" | "totp" | "recoveryCode" } | { ok: false; reason: FactorFailure };

/** The account's confirmed TOTP factor, if any. */
export async function confirmedFactor(db: Db, userId: string) {
  const [row] = await db.select().from(userTotp).where(eq(userTotp.userId, userId));
  return row?.secret ? { secret: row.secret, lastUsedStep: row.lastUsedStep } : null;
}

/**
 * Checks the second factor of an account whose password was just verified: nothing to check
 * without a confirmed factor; otherwise a current TOTP code, or (when `allowRecovery`) one of
 * its unused recovery codes, which is then spent. Writes only what proves a code used.
 */
export async function verifySecondFactor(
  db: Db,
  userId: string,
  rawCode: string | undefined,
  now: Date,
  { allowRecovery }: { allowRecovery: boolean },
): Promise<FactorCheck> {
  const factor = await confirmedFactor(db, userId);
  if (!factor) return { ok: true, method: "none" };
  const code = normalizeCode(rawCode ?? "");
  if (!code) return { ok: false, reason: "codeRequired" };
  if (isTotpCode(code)) return checkTotpFactor(db, userId, factor, code, now);
  if (allowRecovery && isRecoveryCode(code)) return spendRecoveryCode(db, userId, code, now);
  return { ok: false, reason: "codeInvalid" };
}

async function checkTotpFactor(
  db: Db,
  userId: string,
  factor: { secret: string; lastUsedStep: number | null },
  code: string,
  now: Date,
): Promise<FactorCheck> {
  const secret = openSecret(factor.secret, userId);
  if (!secret) {
    // Without the server's log line nobody could tell a changed AUTH_SECRET from a wrong code.
    console.error("[auth] a TOTP secret cannot be decrypted: was AUTH_SECRET changed? The user can sign in with a recovery code.");
    return { ok: false, reason: "codeInvalid" };
  }
  const check = await checkTotp(secret, code, now, factor.lastUsedStep);
  if (!check.ok) return check;
  // Conditional, so that two sign-ins racing with one code cannot both succeed.
  const claimed = await db
    .update(userTotp)
    .set({ lastUsedStep: check.step })
    .where(and(eq(userTotp.userId, userId), or(isNull(userTotp.lastUsedStep), lt(userTotp.lastUsedStep, check.step))))
    .returning({ userId: userTotp.userId });
  return claimed.length ? { ok: true, method: "totp" } : { ok: false, reason: "codeUsed" };
}

async function spendRecoveryCode(db: Db, userId: string, code: string, now: Date): Promise<FactorCheck> {
  const codes = await db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  for (const row of codes) {
    if (!(await verifyPassword(row.codeHash, code))) continue;
    if (row.usedAt) return { ok: false, reason: "recoveryCodeUsed" };
    const spent = await db
      .update(recoveryCodes)
      .set({ usedAt: now })
      .where(and(eq(recoveryCodes.id, row.id), isNull(recoveryCodes.usedAt)))
      .returning({ id: recoveryCodes.id });
    return spent.length ? { ok: true, method: "recoveryCode" } : { ok: false, reason: "recoveryCodeUsed" };
  }
  return { ok: false, reason: "codeInvalid" };
}
