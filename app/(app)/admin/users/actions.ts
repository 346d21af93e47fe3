"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formValues, runAction, type ActionState } from "@/app/_lib/action-state";
import { rowAction } from "@/app/_lib/row-action";
import { requestContext } from "@/lib/auth/session";
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


export async function setUserActiveAction(form: FormData): Promise<void> {
  const userId = String(form.get("userId") ?? "");
  const active = form.get("active") === "true";
  await rowAction("/admin/users", async () => setUserActive(await requestContext(), { userId, active }), "updated");
}

export async function changeUserRoleAction(form: FormData): Promise<void> {
  const { userId, role, unitId } = formValues(form, ["userId", "role", "unitId"]);
  await rowAction(
    "/admin/users",
    async () => changeUserRole(await requestContext(), { userId, role, unitId: unitId || undefined } as ChangeUserRoleInput),
    "updated",
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
