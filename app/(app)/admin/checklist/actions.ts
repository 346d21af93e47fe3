"use server";

import { revalidatePath } from "next/cache";
import { formValues, runAction, type ActionState } from "@/app/_lib/action-state";
import { requestContext } from "@/lib/auth/session";
import { editChecklistRule } from "@/lib/checklists/admin";

const FIELDS = ["key", "labelFr", "labelEn", "reasonFr", "reasonEn", "reason"] as const;

/** A public POST endpoint: it resolves the actor, and the verb checks that they administer reference data. */
export async function editChecklistRuleAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form, FIELDS);
  return runAction(async () => {
    await editChecklistRule(await requestContext(), { ...values, active: form.get("active") === "on" });
    revalidatePath("/admin/checklist");
    return { ok: true, message: "saved", values: { key: values.key } };
  }, { ...values, active: form.get("active") === "on" ? "on" : "" });
}
