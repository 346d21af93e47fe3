"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formValues, runAction, type ActionState } from "@/app/_lib/action-state";
import { requestContext } from "@/lib/auth/session";
import { createCase } from "@/lib/requests/create-case";

// A public POST endpoint: it resolves the actor itself; the verb checks that the actor may
// open a case and opens it for the actor's own unit.

const CASE_FIELDS = ["reference", "title", "offences", "hardDate", "hardDateLabel"] as const;

export async function createCaseAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form, CASE_FIELDS);
  let created: { id: string } | undefined;
  const state = await runAction(async () => {
    created = await createCase(await requestContext(), values);
    return { ok: true };
  }, values);
  if (!created) return state;
  revalidatePath("/cases");
  redirect(`/cases/${created.id}`);
}
