"use server";

import { revalidatePath } from "next/cache";
import { formValues, runAction, type ActionState } from "@/app/_lib/action-state";
import { requestContext } from "@/lib/auth/session";
import { setRetentionPolicy } from "@/lib/retention/policy";

/** A public POST endpoint: it resolves the actor, and the verb checks that they administer retention. */
export async function setRetentionPolicyAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form, ["months", "reason"]);
  return runAction(async () => {
    await setRetentionPolicy(await requestContext(), values);
    revalidatePath("/admin/retention");
    return { ok: true, message: "saved" };
  }, values);
}
