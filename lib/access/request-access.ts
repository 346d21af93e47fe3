import { and, eq, inArray, isNotNull, sql, type SQL } from "drizzle-orm";
import { requests } from "@/db/schema";
import type { DocumentType } from "@/lib/documents/vocabulary";
import type { Side } from "@/lib/requests/vocabulary";
import { NotFound, Forbidden } from "@/lib/errors";
import type { Actor } from "./actor";

/**
 * How an actor stands to a request (docs/product.md, "Roles"): permissions come from this relation,
 * never from nationality. Null means the request is out of scope: answer 404.
 */
export type Relation = "requesting_magistrate" | "requesting_manager" | "requested_officer";

export interface ScopedRequest {
  requestingUnitId: string;
  requestedCountryCode: string;
  transmittedAt: Date | null;
}

/**
 * The side an actor works on when they look at requests in bulk (lists, exports, filters):
 * liaison officers receive requests, everyone else with case access sends them. Per request,
 * `relationTo` is the finer answer.
 */
export function actorSide(actor: Pick<Actor, "role">): Side {
  return actor.role === "liaison_officer" ? "requested" : "requesting";
}

/** Units whose requests a manager oversees. Today a manager's own unit; one place to widen it. */
export function managedUnitIds(actor: Actor): string[] {
  return actor.role === "manager" && actor.unitId ? [actor.unitId] : [];
}

export function relationTo(actor: Actor, request: ScopedRequest): Relation | null {
  switch (actor.role) {
    case "magistrate":
      return actor.unitId === request.requestingUnitId ? "requesting_magistrate" : null;
    case "manager":
      return managedUnitIds(actor).includes(request.requestingUnitId) ? "requesting_manager" : null;
    case "liaison_officer":
      // Only requests addressed to the officer's country, and never before transmission.
      return actor.countryCode === request.requestedCountryCode && request.transmittedAt !== null
        ? "requested_officer"
        : null;
    case "admin":
      return null; // administrators never see case content
  }
}

/** The same rule as `relationTo`, as a WHERE condition for lists (kept side by side on purpose). */
export function requestScopeCondition(actor: Actor): SQL {
  switch (actor.role) {
    case "magistrate":
      return actor.unitId ? eq(requests.requestingUnitId, actor.unitId) : sql`false`;
    case "manager": {
      const unitIds = managedUnitIds(actor);
      return unitIds.length ? inArray(requests.requestingUnitId, unitIds) : sql`false`;
    }
    case "liaison_officer":
      return actor.countryCode
        ? and(eq(requests.requestedCountryCode, actor.countryCode), isNotNull(requests.transmittedAt))!
        : sql`false`;
    case "admin":
      return sql`false`;
  }
}

export const REQUESTING_SIDE: readonly Relation[] = ["requesting_magistrate", "requesting_manager"];
export const EVERY_RELATION: readonly Relation[] = [...REQUESTING_SIDE, "requested_officer"];

/** Actions on one request other than state transitions (those are in lib/requests/transitions). */
export const REQUEST_PERMISSIONS = {
  /** Fields, measures and persons, while the request is a draft. */
  editDraft: ["requesting_magistrate"],
  comment: EVERY_RELATION,
  /** Internal comments and events are the requesting side's own. */
  seeInternal: REQUESTING_SIDE,
  /** Full identity of minor victims (need to know); others see pseudonyms. */
  seeVictimIdentity: ["requesting_magistrate", "requested_officer"],
  reportMeasureResult: ["requested_officer"],
  createSupplementary: ["requesting_magistrate"],
  /** Deadline moves (lib/requests/clock-actions.ts). */
  extendRecognition: ["requested_officer"],
  renewPreservation: ["requesting_magistrate"],
  /** Documents the requesting side sends with its request (lib/documents), until the request is final. */
  uploadRequestDocuments: REQUESTING_SIDE,
  /** Documents the requested side returns: its acknowledgement and the evidence gathered. */
  uploadResultDocuments: ["requested_officer"],
  /** The document checklist is the requesting side's preparation of its request (lib/checklists). */
  viewChecklist: REQUESTING_SIDE,
  /** Waiving a checklist item, with a reason: the manager's call (docs/product.md, "Roles"). */
  waiveChecklistItem: ["requesting_manager"],
} as const satisfies Record<string, readonly Relation[]>;

export type RequestPermission = keyof typeof REQUEST_PERMISSIONS;

/** Which side uploads each type of document: the permission it takes. */
export const DOCUMENT_UPLOAD_PERMISSION = {
  request_letter: "uploadRequestDocuments",
  translation: "uploadRequestDocuments",
  eio_form: "uploadRequestDocuments",
  annex: "uploadRequestDocuments",
  reciprocity_undertaking: "uploadRequestDocuments",
  other: "uploadRequestDocuments",
  acknowledgement: "uploadResultDocuments",
  returned_evidence: "uploadResultDocuments",
} as const satisfies Record<DocumentType, RequestPermission>;

export function mayOnRequest(relation: Relation | null, permission: RequestPermission): boolean {
  return relation !== null && (REQUEST_PERMISSIONS[permission] as readonly Relation[]).includes(relation);
}

/**
 * The relation, or NotFound when out of scope (existence is not revealed) and
 * Forbidden when visible but not allowed.
 */
export function assertOnRequest(actor: Actor, request: ScopedRequest, permission: RequestPermission): Relation {
  const relation = relationTo(actor, request);
  if (!relation) throw new NotFound();
  if (!mayOnRequest(relation, permission)) throw new Forbidden();
  return relation;
}
