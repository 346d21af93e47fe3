"use server";

import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { formValues, runAction, type ActionState } from "@/app/_lib/action-state";
import { requestContext } from "@/lib/auth/session";
import { uploadDocuments, type UploadDocumentsInput } from "@/lib/documents/upload";
import { takeRateLimit } from "@/lib/security/rate-limit";
import { withStaleChange } from "./stale-change";

// A public POST endpoint, like every action of the request page (./actions.ts): it resolves
// the actor itself, counts the upload against the actor's rate limit, and hands the raw form
// values and files to the verb, which checks access, the version, the input and each file.

const DOCUMENT_FIELDS = ["requestId", "version", "type", "language", "visibility", "measureId", "replacesId", "checklistItemKey"] as const;

/**
 * Adds one or several documents of one kind, all or none. On success the answer lists each
 * file's name and SHA-256 (`uploaded`); on failure it echoes the choices and the files' names
 * (`fileNames`), so that the form can say which file was refused. Every answer carries a
 * fresh `nonce`, on which the form remounts.
 */
export async function uploadDocumentsAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form, DOCUMENT_FIELDS);
  // A file input left empty still sends one nameless, empty file.
  const files = form.getAll("file").filter((file): file is File => file instanceof File && !(file.name === "" && file.size === 0));
  const nonce = randomUUID();
  const state = await runAction(
    async () => {
      const ctx = await requestContext();
      // Counted where uploads arrive, before the files are checked: a refused one cost as much.
      await takeRateLimit(ctx, "upload");
      const stored = await uploadDocuments(ctx, {
        ...values,
        visibility: values.visibility || undefined,
        files: await Promise.all(files.map(async (file) => ({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }))),
      } as UploadDocumentsInput);
      revalidatePath(`/requests/${values.requestId}`);
      const uploaded = JSON.stringify(stored.map(({ name, sha256 }) => ({ name, sha256 })));
      return { ok: true, message: "upload", values: { intent: "upload", uploaded, nonce } };
    },
    { ...values, intent: "upload", fileNames: JSON.stringify(files.map((file) => file.name)), nonce },
  );
  return withStaleChange(state, values.requestId, values.version);
}
