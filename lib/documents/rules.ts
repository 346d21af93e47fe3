import {
  DOCUMENT_UPLOAD_PERMISSION, mayOnRequest, relationTo, storedVisibility, visibleTo, type Relation, type ScopedRequest,
} from "@/lib/access/request-access";
import type { Actor } from "@/lib/access/actor";
import { Conflict, Forbidden, NotFound } from "@/lib/errors";
import { FINAL_STATUSES, type CommentVisibility, type RequestStatus, type Visibility } from "@/lib/requests/vocabulary";
import { DOCUMENT_TYPES, type DocumentType } from "./vocabulary";

/**
 * Who uploads what, and who sees it (docs/product.md, "Checklists and documents"). The side that uploads a type is in the
 * access policy (DOCUMENT_UPLOAD_PERMISSION); the rules of state and visibility are here.
 *
 * - The requesting side uploads its request's documents until the request is final
 *   (closed, refused, withdrawn): before transmission to prepare it, afterwards to answer
 *   a question or supplement it. It chooses each document's visibility: a `shared`
 *   document is part of what is sent, and the requested side sees it once the request is
 *   transmitted (it sees nothing before); an `internal` one (a working annex, a draft)
 *   never leaves the requesting side.
 * - The requested side uploads its acknowledgement and the evidence returned (on a measure)
 *   from transmission until the request is final; what it uploads is always shared.
 */

/** A request that is closed, refused or withdrawn takes no more documents. */
export function acceptsDocuments(status: RequestStatus): boolean {
  return !FINAL_STATUSES.includes(status);
}

/** The types this relation may upload to a request in this state (the form offers these). */
export function uploadableTypes(relation: Relation, status: RequestStatus): DocumentType[] {
  if (!acceptsDocuments(status)) return [];
  return DOCUMENT_TYPES.filter((type) => mayOnRequest(relation, DOCUMENT_UPLOAD_PERMISSION[type]));
}

/** 404 out of scope, 403 for a type the actor's side does not upload, 409 once the request is final. */
export function assertMayUpload(actor: Actor, request: ScopedRequest & { status: RequestStatus }, type: DocumentType): Relation {
  const relation = relationTo(actor, request);
  if (!relation) throw new NotFound();
  if (!mayOnRequest(relation, DOCUMENT_UPLOAD_PERMISSION[type])) throw new Forbidden("documentTypeForbidden");
  if (!acceptsDocuments(request.status)) throw new Conflict("documentsClosed");
  return relation;
}

/** Whether the actor chooses the visibility; the requested side's documents are always shared. */
export function choosesVisibility(relation: Relation): boolean {
  return mayOnRequest(relation, "seeInternal");
}

export function visibilityFor(relation: Relation, requested: CommentVisibility | undefined): Visibility {
  return choosesVisibility(relation) ? storedVisibility(relation, requested ?? "internal") : "shared";
}

/** Each side sees the shared documents and its own internal ones; for the others' it gets 404, as if absent. */
export function documentVisibleTo(relation: Relation, document: { visibility: Visibility }): boolean {
  return visibleTo(relation).includes(document.visibility);
}

/**
 * The audit event of a document is shared only when the document is and the request has
 * been transmitted: drafting stays internal, as for every other event.
 */
export function documentEventVisibility(visibility: Visibility, transmittedAt: Date | null): Visibility {
  if (visibility !== "shared") return visibility;
  return transmittedAt ? "shared" : "internal";
}
