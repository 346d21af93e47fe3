"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formValues, runAction, type ActionState } from "@/app/_lib/action-state";
import { accountContext, renewSession } from "@/lib/auth/session";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { confirmTotpEnrolment, disableSecondFactor, renewRecoveryCodes, startTotpEnrolment } from "@/lib/users/totp-enrolment";

// Public POST endpoints. Each resolves the session itself with accountContext: these are the
// only actions an account whose setup is pending may use (every other one sends it here).

/** What a form that hands out recovery codes gets back: shown once, never stored in the clear. */
export type CodesState = (ActionState & { recoveryCodes?: string[] }) | null;

export async function changePasswordAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form, ["currentPassword", "newPassword", "confirmation"]);
  let renewal: { userId: string; sessionVersion: number } | undefined;
  const state = await runAction(async () => {
    const ctx = await accountContext();
    const { sessionVersion } = await changeOwnPassword(ctx, values);
    renewal = { userId: ctx.actor.id, sessionVersion };
    return { ok: true };
  });
  if (!renewal) return state;
  // The account's other sessions have ended; this browser's goes on with the new version.
  // Should that fail, the password is changed all the same: the user signs in with it.
  const renewed = await renewSession(renewal.userId, renewal.sessionVersion).then(
    () => true,
    (error: unknown) => {
      console.error(`[account] session not renewed after a password change: ${error instanceof Error ? error.name : typeof error}`);
      return false;
    },
  );
  // Outside runAction: the redirect carries the renewed cookie to the next page.
  redirect(renewed ? "/account?notice=passwordChanged" : "/login");
}

export async function startEnrolmentAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const currentPassword = form.get("currentPassword");
  return runAction(async () => {
    await startTotpEnrolment(await accountContext(), typeof currentPassword === "string" ? { currentPassword } : {});
    revalidatePath("/account");
    return { ok: true };
  });
}

export async function confirmEnrolmentAction(_previous: CodesState, form: FormData): Promise<CodesState> {
  const { code } = formValues(form, ["code"]);
  let recoveryCodes: string[] = [];
  const state = await runAction(async () => {
    ({ recoveryCodes } = await confirmTotpEnrolment(await accountContext(), { code }));
    // No revalidation: the page keeps showing the codes until the user has saved them.
    return { ok: true };
  });
  return state?.ok ? { ...state, recoveryCodes } : state;
}

export async function renewCodesAction(_previous: CodesState, form: FormData): Promise<CodesState> {
  const { code } = formValues(form, ["code"]);
  let recoveryCodes: string[] = [];
  const state = await runAction(async () => {
    ({ recoveryCodes } = await renewRecoveryCodes(await accountContext(), { code }));
    return { ok: true };
  });
  return state?.ok ? { ...state, recoveryCodes } : state;
}

export async function disableSecondFactorAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form, ["currentPassword", "code"]);
  const state = await runAction(async () => {
    await disableSecondFactor(await accountContext(), values);
    return { ok: true };
  });
  if (state?.ok) redirect("/account?notice=secondFactorDisabled");
  return state;
}
