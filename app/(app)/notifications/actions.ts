"use server";

import { revalidatePath } from "next/cache";
import { requestContext } from "@/lib/auth/session";
import { isDomainError } from "@/lib/errors";
import { markNotificationsRead } from "@/lib/notifications/inbox";

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
