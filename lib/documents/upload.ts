import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { documentContents, documents, measures } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { env } from "@/lib/env";
import { Conflict, Invalid } from "@/lib/errors";
import { version } from "@/lib/requests/schemas";
import { COMMENT_VISIBILITIES } from "@/lib/requests/vocabulary";
import { writeRequest } from "@/lib/requests/write";
import { parseInput } from "@/lib/validation/parse";
import { checkChecklistLink } from "./checklist-link";
import { detectContentType } from "./content";
import { checkFileName } from "./file-name";
import { sha256Hex } from "./integrity";
import { assertMayUpload, documentEventVisibility, documentVisibleTo, visibilityFor } from "./rules";
import { DOCUMENT_LANGUAGES, DOCUMENT_TYPES } from "./vocabulary";

/** An optional id from a form: empty means none. */
const optionalId = z
  .union([z.literal(""), z.uuid({ error: "invalidChoice" })])
  .optional()
  .transform((v) => v || null);

const uploadInput = z.object({
  requestId: z.uuid(),
  version,
  type: z.enum(DOCUMENT_TYPES),
  language: z.enum(DOCUMENT_LANGUAGES),
  visibility: z.enum(COMMENT_VISIBILITIES).optional(),
  measureId: optionalId,
  replacesId: optionalId,
  /** A checklist item key (lib/checklists); whether it applies is the checklist's business. */
  checklistItemKey: z
    .union([z.literal(""), z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, { error: "invalidChoice" })])
    .optional()
    .transform((v) => v || null),
  fileName: z.string(),
});

export type UploadDocumentInput = z.input<typeof uploadInput> & { bytes: Uint8Array };

export interface UploadLimits {
  /** Largest file accepted, in bytes; DOCUMENT_MAX_BYTES (25 MB) unless a caller says less. */
  maxBytes: number;
}

export interface UploadedDocument {
  id: string;
  version: number;
  sha256: string;
}

/**
 * Stores a document of a request with its bytes, in the request's write transaction with
 * its audit event: the file is checked (name, size, content) before anything is written,
 * and nothing is kept when any check fails. With `replacesId` the document becomes the
 * next version of a current one of the same type, which is kept (no longer current).
 */
export async function uploadDocument(
  ctx: Ctx,
  raw: UploadDocumentInput,
  limits: UploadLimits = { maxBytes: env().DOCUMENT_MAX_BYTES },
): Promise<UploadedDocument> {
  // The bytes are checked on their own: the input parser walks every value it is given.
  const { bytes, ...fields } = raw;
  // A NUL in the name is a hidden character like any other (the parser would name it "fileName").
  if (typeof fields.fileName === "string" && fields.fileName.includes("\u0000")) throw new Invalid("invalid", { file: ["fileNameInvalid"] });
  const input = parseInput(uploadInput, fields);
  if (!(bytes instanceof Uint8Array)) throw new Invalid("invalid", { file: ["fileRequired"] });
  if (bytes.length === 0 && input.fileName === "") throw new Invalid("invalid", { file: ["fileRequired"] });
  const { name, extension } = checkFileName(input.fileName);
  if (bytes.length === 0) throw new Invalid("invalid", { file: ["fileEmpty"] });
  if (bytes.length > limits.maxBytes) throw new Invalid("invalid", { file: ["fileTooLarge"] });
  const contentType = await detectContentType(bytes, extension);
  if (input.type === "returned_evidence" && !input.measureId) throw new Invalid("invalid", { measureId: ["measureRequired"] });
  const sha256 = sha256Hex(bytes);

  return writeRequest(
    ctx,
    { requestId: input.requestId, version: input.version },
    (_relation, request) => void assertMayUpload(ctx.actor, request, input.type),
    async (tx, request, relation) => {
      let measureId = input.measureId;
      let documentVersion = 1;
      if (input.replacesId) {
        const [previous] = await tx
          .select()
          .from(documents)
          .where(and(eq(documents.id, input.replacesId), eq(documents.requestId, request.id)))
          .for("update");
        // Another request's document, or one this side cannot see, is simply not a choice.
        if (!previous || !documentVisibleTo(relation, previous)) {
          throw new Invalid("invalid", { replacesId: ["invalidChoice"] });
        }
        if (previous.type !== input.type) throw new Invalid("invalid", { replacesId: ["replacementTypeMismatch"] });
        if (!previous.current) throw new Conflict("documentAlreadyReplaced");
        measureId ??= previous.measureId;
        documentVersion = previous.version + 1;
        await tx.update(documents).set({ current: false }).where(eq(documents.id, previous.id));
      }
      if (measureId) {
        const [measure] = await tx
          .select({ id: measures.id })
          .from(measures)
          .where(and(eq(measures.id, measureId), eq(measures.requestId, request.id)));
        if (!measure) throw new Invalid("invalid", { measureId: ["invalidChoice"] });
      }

      if (input.checklistItemKey) await checkChecklistLink(tx, relation, input.checklistItemKey, input);

      const visibility = visibilityFor(relation, input.visibility);
      const [created] = await tx
        .insert(documents)
        .values({
          requestId: request.id,
          measureId,
          type: input.type,
          language: input.language,
          originalName: name,
          contentType,
          size: bytes.length,
          sha256,
          checklistItemKey: input.checklistItemKey,
          visibility,
          version: documentVersion,
          replacesId: input.replacesId,
          current: true,
          uploadedBy: ctx.actor.id,
          uploadedAt: ctx.now(),
        })
        .returning({ id: documents.id });
      const id = created!.id;
      await tx.insert(documentContents).values({ documentId: id, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) });
      return {
        // The file name stays out of the append-only trail: it may name a person.
        event: {
          action: "documentUploaded",
          visibility: documentEventVisibility(visibility, request.transmittedAt),
          data: {
            documentId: id,
            documentType: input.type,
            language: input.language,
            size: bytes.length,
            sha256,
            version: documentVersion,
            ...(measureId ? { measureId } : {}),
            ...(input.replacesId ? { replacesId: input.replacesId } : {}),
          },
        },
        result: { id, version: documentVersion, sha256 },
      };
    },
  );
}
