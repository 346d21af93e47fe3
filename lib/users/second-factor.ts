import { randomInt } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";
import type { Role } from "@/lib/access/roles";

/**
 * The second factor's rules, in one place: who must have one, what a code looks like, how
 * much clock drift is tolerated. TOTP itself (RFC 6238) is otplib's.
 */

/** Administrators manage every account; liaison officers hold a country's incoming requests. */
export const SECOND_FACTOR_REQUIRED: readonly Role[] = ["admin", "liaison_officer"];

export function secondFactorRequired(role: Role): boolean {
  return SECOND_FACTOR_REQUIRED.includes(role);
}

export const TOTP_ISSUER = "MLA Tracker";
/** RFC 6238's default step, which every authenticator app uses. */
const TOTP_PERIOD_SECONDS = 30;
/** One step either side: a phone's clock a little off still works. */
const EPOCH_TOLERANCE_SECONDS = 30;

export function newTotpSecret(): string {
  return generateSecret();
}

/** What an authenticator app reads (as text or as a QR code) to add the account. */
export function totpUri(secret: string, email: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: email, secret });
}

/** Spaces and dashes people type or paste are ignored. */
export function normalizeCode(raw: string): string {
  return raw.replace(/[\s-]/g, "").toLowerCase();
}

export function isTotpCode(code: string): boolean {
  return /^\d{6}$/.test(code);
}

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: "codeInvalid" | "codeUsed" };

/**
 * Checks a six-digit code against a secret at `now`. A code of a time step already used
 * (`lastUsedStep`) is refused as used, so that a code seen over a shoulder cannot be replayed.
 */
export async function checkTotp(secret: string, code: string, now: Date, lastUsedStep: number | null): Promise<TotpCheck> {
  if (!isTotpCode(code)) return { ok: false, reason: "codeInvalid" };
  const epoch = Math.floor(now.getTime() / 1000);
  const options = { secret, token: code, epoch, epochTolerance: EPOCH_TOLERANCE_SECONDS };
  // A step used beyond this clock's window (another server's clock ahead): nothing here is newer.
  const latestStep = Math.floor((epoch + EPOCH_TOLERANCE_SECONDS) / TOTP_PERIOD_SECONDS);
  const exhausted = lastUsedStep !== null && lastUsedStep >= latestStep;
  if (!exhausted) {
    const result = await verify(lastUsedStep === null ? options : { ...options, afterTimeStep: lastUsedStep });
    // The TOTP strategy (the default) reports the time step it matched.
    if (result.valid && "timeStep" in result) return { ok: true, step: result.timeStep };
  }
  if (lastUsedStep !== null && (await verify(options)).valid) return { ok: false, reason: "codeUsed" };
  return { ok: false, reason: "codeInvalid" };
}

export const RECOVERY_CODE_COUNT = 10;
// No 0/o, 1/l/i: codes are copied by hand from paper.
const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
const RECOVERY_LENGTH = 10;

/** Ten random codes such as "k7m2p-x9qrt" (about 50 bits each). */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: RECOVERY_LENGTH }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
    return `${chars.slice(0, 5).join("")}-${chars.slice(5).join("")}`;
  });
}

/** A recovery code as stored (hashed) and compared: without its dash. */
export function isRecoveryCode(code: string): boolean {
  return code.length === RECOVERY_LENGTH && [...code].every((c) => RECOVERY_ALPHABET.includes(c));
}
