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
import { checkFile, MAX_FILES_PER_UPLOAD, UPLOAD_MAX_TOTAL_BYTES, type CheckedFile } from "./checked-file";
import { assertMayUpload, documentEventVisibility, documentVisibleTo, visibilityFor } from "./rules";
import { DOCUMENT_LANGUAGES, DOCUMENT_TYPES } from "./vocabulary";

/** An optional id from a form: empty means none. */
const optionalId = z
  .union([z.literal(""), z.uuid({ error: "invalidChoice" })])
  .optional()
  .transform((v) => v || null);

/** What the uploader says about the file(s): the same for every file of one submission. */
const documentFields = z.object({
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
});
type DocumentFields = z.output<typeof documentFields>;

export interface UploadedFile {
  fileName: string;
  bytes: Uint8Array;
}
export type UploadDocumentInput = z.input<typeof documentFields> & UploadedFile;
export type UploadDocumentsInput = z.input<typeof documentFields> & { files: UploadedFile[] };

export interface UploadLimits {
  /** Largest file accepted, in bytes; DOCUMENT_MAX_BYTES (25 MB) unless a caller says less. */
  maxBytes: number;
}

export interface UploadedDocument {
  id: string;
  version: number;
  sha256: string;
  /** The uploader's file name. */
  name: string;
}

const defaultLimits = (): UploadLimits => ({ maxBytes: env().DOCUMENT_MAX_BYTES });

/**
 * Stores a document of a request with its bytes, in the request's write transaction with
 * its audit event: the file is checked (name, size, content) before anything is written,
 * and nothing is kept when any check fails. With `replacesId` the document becomes the
 * next version of a current one of the same type, which is kept (no longer current).
 * A refused file is reported under `file`.
 */
export async function uploadDocument(ctx: Ctx, raw: UploadDocumentInput, limits = defaultLimits()): Promise<UploadedDocument> {
  const { fileName, bytes, ...fields } = raw;
  const [stored] = await upload(ctx, fields, [{ fileName, bytes }], limits, () => "file");
  return stored!;
}

/**
 * Several files of one kind at once (the same type, language, measure, checklist item and
 * visibility): each becomes its own document with its own SHA-256 and audit event — all
 * or none. Every file is checked before anything is written; a refused one is reported
 * under `files.<its position>`, so that the form can name it.
 */
export async function uploadDocuments(ctx: Ctx, raw: UploadDocumentsInput, limits = defaultLimits()): Promise<UploadedDocument[]> {
  const { files, ...fields } = raw;
  return upload(ctx, fields, Array.isArray(files) ? files : [], limits, (index) => `files.${index}`);
}

async function upload(
  ctx: Ctx,
  fields: z.input<typeof documentFields>,
  files: UploadedFile[],
  limits: UploadLimits,
  fileField: (index: number) => string,
): Promise<UploadedDocument[]> {
  const input = parseInput(documentFields, fields);
  if (files.length === 0) throw new Invalid("invalid", { file: ["fileRequired"] });
  if (files.length > MAX_FILES_PER_UPLOAD) throw new Invalid("invalid", { file: ["tooManyFiles"] });
  // One document has one next version.
  if (files.length > 1 && input.replacesId) throw new Invalid("invalid", { replacesId: ["replaceOneFile"] });
  const checked: CheckedFile[] = [];
  for (const [index, file] of files.entries()) {
    try {
      checked.push(await checkFile(file?.fileName, file?.bytes, limits.maxBytes));
    } catch (error) {
      if (error instanceof Invalid && error.fields.file) throw new Invalid(error.code, { [fileField(index)]: error.fields.file });
      throw error;
    }
  }
  if (checked.reduce((total, file) => total + file.bytes.length, 0) > UPLOAD_MAX_TOTAL_BYTES) {
    throw new Invalid("invalid", { file: ["filesTooLargeTogether"] });
  }
  if (input.type === "returned_evidence" && !input.measureId) throw new Invalid("invalid", { measureId: ["measureRequired"] });

  // One transaction for them all; each file is its own write of the request (lock, version,
  // audit event), so the version the client read moves on by one per file.
  return ctx.db.transaction(async (tx) => {
    const stored: UploadedDocument[] = [];
    for (const [index, file] of checked.entries()) {
      stored.push(await storeDocument({ ...ctx, db: tx }, { ...input, version: input.version + index }, file));
    }
    return stored;
  });
}

async function storeDocument(ctx: Ctx, input: DocumentFields, file: CheckedFile): Promise<UploadedDocument> {
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

      const visibility = visibilityFor(relation, input.visibility);
      if (input.checklistItemKey) await checkChecklistLink(tx, relation, input.checklistItemKey, { ...input, visibility });

      const [created] = await tx
        .insert(documents)
        .values({
          requestId: request.id,
          measureId,
          type: input.type,
          language: input.language,
          originalName: file.name,
          contentType: file.contentType,
          size: file.bytes.length,
          sha256: file.sha256,
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
      const { bytes } = file;
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
            sha256: file.sha256,
            version: documentVersion,
            ...(measureId ? { measureId } : {}),
            ...(input.replacesId ? { replacesId: input.replacesId } : {}),
          },
        },
        result: { id, version: documentVersion, sha256: file.sha256, name: file.name },
      };
    },
  );
}
