"use server";

import { revalidatePath } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import { formValues, runAction, type ActionState } from "@/app/_lib/action-state";
import { requestContext } from "@/lib/auth/session";
import { isDomainError } from "@/lib/errors";
import { changeUserRole, type ChangeUserRoleInput } from "@/lib/users/change-user-role";
import { createUser, type CreateUserInput } from "@/lib/users/create-user";
import { resetSecondFactor } from "@/lib/users/reset-second-factor";
import { setUserActive } from "@/lib/users/set-user-active";

// Each export is a public POST endpoint: each resolves the actor itself, and the verbs
// check that the actor may manage users.

const CREATE_FIELDS = ["email", "name", "role", "unitId", "locale", "password"] as const;

export async function createUserAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form, CREATE_FIELDS);
  return runAction(async () => {
    const ctx = await requestContext();
    // The form sends strings; the verb validates them (role and locale enums included).
    await createUser(ctx, { ...values, unitId: values.unitId || undefined } as CreateUserInput);
    revalidatePath("/admin/users");
    return { ok: true, message: "created", values: { email: values.email.trim().toLowerCase() } };
  }, { ...values, password: "" });
}

/** Row actions answer by redirecting back with a notice or an error key (works without JavaScript). */
async function rowAction(work: () => Promise<void>): Promise<never> {
  let outcome = "notice=updated";
  try {
    await work();
  } catch (error) {
    unstable_rethrow(error);
    if (!isDomainError(error)) console.error(`[action] unexpected ${error instanceof Error ? error.name : typeof error}`);
    outcome = `error=${isDomainError(error) ? error.code : "unexpected"}`;
  }
  revalidatePath("/admin/users");
  redirect(`/admin/users?${outcome}`);
}

export async function setUserActiveAction(form: FormData): Promise<void> {
  await rowAction(async () =>
    setUserActive(await requestContext(), {
      userId: String(form.get("userId") ?? ""),
      active: form.get("active") === "true",
    }),
  );
}

export async function changeUserRoleAction(form: FormData): Promise<void> {
  const { userId, role, unitId } = formValues(form, ["userId", "role", "unitId"]);
  await rowAction(async () =>
    changeUserRole(await requestContext(), { userId, role, unitId: unitId || undefined } as ChangeUserRoleInput),
  );
}

/** On success the row's form goes away (nothing left to reset): the page itself says it is done. */
export async function resetSecondFactorAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form, ["userId", "reason"]);
  const state = await runAction(async () => {
    await resetSecondFactor(await requestContext(), values);
    return { ok: true };
  }, values);
  if (!state?.ok) return state;
  revalidatePath("/admin/users");
  redirect("/admin/users?notice=secondFactorReset");
}
