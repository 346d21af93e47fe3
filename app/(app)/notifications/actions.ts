"use server";

import { revalidatePath } from "next/cache";
import { formValues, runAction, type ActionState } from "@/app/_lib/action-state";
import { requestContext } from "@/lib/auth/session";
import { isDomainError } from "@/lib/errors";
import { markNotificationsRead } from "@/lib/notifications/inbox";
import { setNotificationDelivery } from "@/lib/users/set-notification-delivery";

/** Public POST endpoint: resolves the actor; the verb only ever touches the actor's own notifications. */
export async function markReadAction(form: FormData): Promise<void> {
  const ctx = await requestContext();
  const id = form.get("id");
  try {
    await markNotificationsRead(ctx, id === "all" ? { all: true } : { id: String(id ?? "") });
  } catch (error) {
    // A forged id is simply ignored: there is nothing of anyone else's to reveal or change.
    if (!isDomainError(error)) throw error;
  }
  revalidatePath("/", "layout");
}

/** Public POST endpoint: the actor chooses how their own notifications reach them; the verb checks the value. */
export async function deliveryAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form, ["delivery"]);
  return runAction(async () => {
    await setNotificationDelivery(await requestContext(), values as Parameters<typeof setNotificationDelivery>[1]);
    revalidatePath("/notifications");
    return { ok: true, message: "saved", values };
  }, values);
}
