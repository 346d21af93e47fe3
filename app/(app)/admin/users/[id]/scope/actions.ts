"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionState } from "@/app/_lib/action-state";
import { requestContext } from "@/lib/auth/session";
import { setManagerScope } from "@/lib/users/manager-scope";

/**
 * Public POST endpoint: resolves the actor itself; the verb checks that they administer
 * users, that the user is a manager and that every unit and country exists.
 */
export async function managerScopeAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const userId = String(form.get("userId") ?? "");
  const strings = (name: string) => form.getAll(name).filter((v): v is string => typeof v === "string");
  return runAction(async () => {
    await setManagerScope(await requestContext(), { userId, unitIds: strings("unitIds"), countryCodes: strings("countryCodes") });
    revalidatePath(`/admin/users/${userId}/scope`);
    return { ok: true, message: "saved" };
  });
}
