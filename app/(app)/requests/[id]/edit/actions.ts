"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formValues, runAction, type ActionState } from "@/app/_lib/action-state";
import { REQUEST_FORM_FIELDS } from "@/app/_components/request-form/fields";
import { requestContext } from "@/lib/auth/session";
import { updateDraft, type UpdateDraftInput } from "@/lib/requests/update-draft";

// A public POST endpoint: it resolves the actor itself; the verb checks the actor's relation
// to the request, that it is still a draft, and that the version read is the current one.

export async function updateDraftAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form, ["requestId", "version", ...REQUEST_FORM_FIELDS]);
  const state = await runAction(async () => {
    await updateDraft(await requestContext(), values as unknown as UpdateDraftInput);
    return { ok: true };
  }, values);
  if (!state?.ok) return state;
  // Reaching here means the verb accepted requestId as one of the actor's requests.
  revalidatePath("/requests");
  redirect(`/requests/${values.requestId}`);
}
