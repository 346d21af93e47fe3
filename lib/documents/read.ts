import { eq } from "drizzle-orm";
import { documentContents, documents, requests } from "@/db/schema";
import { relationTo } from "@/lib/access/request-access";
import { appendLog } from "@/lib/audit/log";
import type { Ctx } from "@/lib/context";
import { Conflict, NotFound } from "@/lib/errors";
import { writeRequest } from "@/lib/requests/write";
import { recordIntegrityFailure } from "@/lib/security/record";
import { isUuid } from "@/lib/validation/ids";
import { downloadContentType, extensionFor } from "./content";
import { sha256Hex } from "./integrity";
import { documentEventVisibility, documentVisibleTo } from "./rules";

export interface DocumentDownload {
  bytes: Uint8Array;
  /** The Content-Type header to send. */
  contentType: string;
  /** Made by the server from the request and the document, never the uploader's name. */
  downloadName: string;
  sha256: string;
}

type DocumentRow = typeof documents.$inferSelect;

/**
 * A document's bytes for download. Scoped through its request (404 out of scope, and for
 * an internal document the requested side cannot see). The bytes are hashed again and
 * compared with the hash taken at upload: on a mismatch nothing is returned (409), and
 * the failure is logged by id, recorded as a security event and in the request's audit
 * trail (which notifies the requesting unit's managers). A download is recorded in the
 * general audit log before the bytes go out — not in the request's chain, whose lock a read
 * must not take.
 */
export async function readDocument(ctx: Ctx, documentId: string): Promise<DocumentDownload> {
  if (!isUuid(documentId)) throw new NotFound();
  const [row] = await ctx.db
    .select({
      document: documents,
      reference: requests.reference,
      requestingUnitId: requests.requestingUnitId,
      requestedCountryCode: requests.requestedCountryCode,
      transmittedAt: requests.transmittedAt,
    })
    .from(documents)
    .innerJoin(requests, eq(requests.id, documents.requestId))
    .where(eq(documents.id, documentId));
  if (!row) throw new NotFound();
  const relation = relationTo(ctx.actor, row);
  if (!relation || !documentVisibleTo(relation, row.document)) throw new NotFound();

  const document = row.document;
  // The retention job took its bytes (lib/retention): not an integrity failure.
  if (document.erasedAt) throw new Conflict("documentErased");
  const [content] = await ctx.db.select().from(documentContents).where(eq(documentContents.documentId, document.id));
  if (!content || sha256Hex(content.bytes) !== document.sha256) {
    await reportIntegrityFailure(ctx, document, row.transmittedAt);
    throw new Conflict("integrityFailure");
  }
  await ctx.db.transaction((tx) =>
    appendLog(tx, ctx.actor, ctx.now(), {
      action: "documentDownloaded",
      subjectType: "document",
      subjectId: document.id,
      // The visibility its events have (drafting stays internal): the audit review shows the
      // download only to those who may see the document.
      data: {
        requestId: document.requestId,
        documentType: document.type,
        version: document.version,
        visibility: documentEventVisibility(document.visibility, row.transmittedAt),
      },
    }),
  );
  return {
    bytes: new Uint8Array(content.bytes.buffer, content.bytes.byteOffset, content.bytes.length),
    contentType: downloadContentType(document.contentType),
    downloadName: downloadName(row.reference, document),
    sha256: document.sha256,
  };
}

/** e.g. MLA-2026-FR-PH-0001_translation_en_v2.pdf — only characters safe in any header or file system. */
export function downloadName(reference: string, document: Pick<DocumentRow, "type" | "language" | "version" | "contentType">): string {
  const safeReference = reference.replace(/[^A-Za-z0-9-]/g, "-");
  return `${safeReference}_${document.type}_${document.language}_v${document.version}.${extensionFor(document.contentType)}`;
}

/**
 * Logs carry the document id only (never case content). The security event and the audit
 * event are written in their own transactions (the notice to the requesting unit's managers
 * goes with the audit event: lib/notifications/recipients.ts); if even that fails, the log
 * line is the report.
 */
async function reportIntegrityFailure(ctx: Ctx, document: DocumentRow, transmittedAt: Date | null): Promise<void> {
  console.error(`[documents] integrity check failed for document ${document.id}`);
  await recordIntegrityFailure(ctx.db, ctx.actor, ctx.now(), { requestId: document.requestId, documentId: document.id });
  try {
    await writeRequest(
      ctx,
      { requestId: document.requestId, version: null },
      () => {},
      async () => ({
        event: {
          action: "documentIntegrityFailure",
          visibility: documentEventVisibility(document.visibility, transmittedAt),
          data: { documentId: document.id, documentType: document.type, version: document.version },
        },
        result: undefined,
      }),
    );
  } catch (error) {
    console.error(`[documents] could not record the integrity failure of document ${document.id}: ${error instanceof Error ? error.name : "error"}`);
  }
}
