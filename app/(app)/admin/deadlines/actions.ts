"use server";

import { revalidatePath } from "next/cache";
import { formValues, runAction, type ActionState } from "@/app/_lib/action-state";
import { requestContext } from "@/lib/auth/session";
import { restoreDeadlineTarget, setDeadlineTarget } from "@/lib/deadlines/targets";

const FIELDS = ["key", "days", "reason", "intent"] as const;

/**
 * A public POST endpoint: it resolves the actor, and the verbs check that they administer
 * reference data and that the key is a product target (a legal limit is refused).
 */
export async function changeDeadlineTargetAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form, FIELDS);
  return runAction(async () => {
    const ctx = await requestContext();
    const { key, days, reason } = values;
    const result = values.intent === "restore" ? await restoreDeadlineTarget(ctx, { key, reason }) : await setDeadlineTarget(ctx, { key, days, reason });
    revalidatePath("/admin/deadlines");
    return { ok: true, message: result.changed ? "saved" : "unchanged", values: { key, recomputed: String(result.recomputed) } };
  }, values);
}
