import { and, asc, eq, inArray } from "drizzle-orm";
import { documents, requests, users } from "@/db/schema";
import { mayOnRequest, relationTo, visibleTo } from "@/lib/access/request-access";
import type { Ctx } from "@/lib/context";
import { NotFound } from "@/lib/errors";
import { isUuid } from "@/lib/validation/ids";

/**
 * The documents of a request as this actor may see them — metadata only, never the bytes
 * (they stay in their own table). Scoped like the request (404 out of scope); the requested
 * side sees shared documents only. Every version is listed, oldest first.
 */
export async function listDocuments(ctx: Ctx, requestId: string) {
  if (!isUuid(requestId)) throw new NotFound();
  const [request] = await ctx.db
    .select({
      requestingUnitId: requests.requestingUnitId,
      requestedCountryCode: requests.requestedCountryCode,
      transmittedAt: requests.transmittedAt,
    })
    .from(requests)
    .where(eq(requests.id, requestId));
  if (!request) throw new NotFound();
  const relation = relationTo(ctx.actor, request);
  if (!relation) throw new NotFound();

  const seeInternal = mayOnRequest(relation, "seeInternal");
  // An uploader's file name may name a minor: shown only to those with need to know.
  const seeNames = mayOnRequest(relation, "seeVictimIdentity");
  const rows = await ctx.db
    .select({
      id: documents.id,
      type: documents.type,
      language: documents.language,
      originalName: documents.originalName,
      contentType: documents.contentType,
      size: documents.size,
      sha256: documents.sha256,
      measureId: documents.measureId,
      checklistItemKey: documents.checklistItemKey,
      visibility: documents.visibility,
      version: documents.version,
      replacesId: documents.replacesId,
      current: documents.current,
      uploadedAt: documents.uploadedAt,
      uploadedById: documents.uploadedBy,
      uploaderName: users.name,
      uploaderRole: users.role,
    })
    .from(documents)
    .innerJoin(users, eq(users.id, documents.uploadedBy))
    .where(and(eq(documents.requestId, requestId), inArray(documents.visibility, visibleTo(relation))))
    .orderBy(asc(documents.uploadedAt), asc(documents.version));
  return rows.map((row) => ({
    ...row,
    originalName: seeNames ? row.originalName : null,
    // The requesting side's own bookkeeping (earlier internal versions, checklist links) stays there.
    replacesId: seeInternal ? row.replacesId : null,
    checklistItemKey: seeInternal ? row.checklistItemKey : null,
  }));
}

export type DocumentListItem = Awaited<ReturnType<typeof listDocuments>>[number];
