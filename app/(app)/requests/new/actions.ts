"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formValues, runAction, type ActionState } from "@/app/_lib/action-state";
import { REQUEST_FORM_FIELDS } from "@/app/_components/request-form/fields";
import { requestContext } from "@/lib/auth/session";
import { createRequest, type CreateRequestInput } from "@/lib/requests/create-request";

// A public POST endpoint: it resolves the actor itself; the verb checks that the actor
// may draft requests and that the case belongs to their unit.

export async function createRequestAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form, ["caseId", ...REQUEST_FORM_FIELDS]);
  let created: { id: string } | undefined;
  const state = await runAction(async () => {
    const ctx = await requestContext();
    // The form sends strings; the verb validates them (enums, dates, lengths, the case's unit).
    created = await createRequest(ctx, values as CreateRequestInput);
    return { ok: true };
  }, values);
  if (!created) return state;
  revalidatePath("/requests");
  redirect(`/requests/${created.id}`);
}
