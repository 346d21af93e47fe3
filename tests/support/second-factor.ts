import { generate } from "otplib";
import type { Ctx } from "@/lib/context";
import { confirmTotpEnrolment, secondFactorStatus, startTotpEnrolment } from "@/lib/users/totp-enrolment";

/** The TOTP code an authenticator app shows for `secret` at `at`. */
export function totpAt(secret: string, at: Date): Promise<string> {
  return generate({ secret, epoch: Math.floor(at.getTime() / 1000) });
}

/** `at` moved on by whole 30-second TOTP steps. */
export function stepsLater(at: Date, steps: number): Date {
  return new Date(at.getTime() + steps * 30_000);
}

/** Sets up the actor's authenticator as a person would: start, read the key, confirm with a code at ctx.now(). */
export async function enrolTotp(ctx: Ctx): Promise<{ secret: string; recoveryCodes: string[] }> {
  await startTotpEnrolment(ctx);
  const status = await secondFactorStatus(ctx);
  if (!status.enrolment) throw new Error("no setup in progress after starting one");
  const { secret } = status.enrolment;
  const { recoveryCodes } = await confirmTotpEnrolment(ctx, { code: await totpAt(secret, ctx.now()) });
  return { secret, recoveryCodes };
}

/** Six digits that are not a valid code around `at` (none of the three steps a server accepts). */
export async function wrongCodeAt(secret: string, at: Date): Promise<string> {
  const valid = await Promise.all([-1, 0, 1].map((n) => totpAt(secret, stepsLater(at, n))));
  return ["000000", "111111", "222222", "333333"].find((code) => !valid.includes(code))!;
}
