import { and, eq, inArray, isNotNull, notInArray, or, sql, type SQL } from "drizzle-orm";
import { requests } from "@/db/schema";
import type { DocumentType } from "@/lib/documents/vocabulary";
import type { CommentVisibility, Side, Visibility } from "@/lib/requests/vocabulary";
import { NotFound, Forbidden } from "@/lib/errors";
import type { Actor } from "./actor";

/**
 * How an actor stands to a request (docs/product.md, "Roles"): permissions come from this
 * relation, never from nationality. Null means the request is out of scope: answer 404.
 */
export type Relation = "requesting_magistrate" | "requesting_manager" | "requested_officer" | "requested_manager";

export interface ScopedRequest {
  requestingUnitId: string;
  requestedCountryCode: string;
  transmittedAt: Date | null;
}

/** Units whose requests a manager oversees: their own and those of their scope (manager_scopes). */
export function managedUnitIds(actor: Actor): string[] {
  return actor.role === "manager" ? actor.managedUnitIds : [];
}

/** Countries whose incoming requests a manager oversees once transmitted (manager_scopes). */
function receivingCountryCodes(actor: Actor): string[] {
  return actor.role === "manager" ? actor.receivingCountryCodes : [];
}

export function relationTo(actor: Actor, request: ScopedRequest): Relation | null {
  // The requested side never sees a request before it is transmitted.
  const received = (countryCodes: readonly (string | null)[]) =>
    request.transmittedAt !== null && countryCodes.includes(request.requestedCountryCode);
  switch (actor.role) {
    case "magistrate":
      return actor.unitId === request.requestingUnitId ? "requesting_magistrate" : null;
    case "manager":
      if (managedUnitIds(actor).includes(request.requestingUnitId)) return "requesting_manager";
      return received(receivingCountryCodes(actor)) ? "requested_manager" : null;
    case "liaison_officer":
      return received([actor.countryCode]) ? "requested_officer" : null;
    case "admin":
      return null; // administrators never see case content
  }
}

/** The requests an actor sees from the requesting side, as a WHERE condition (the same rule as `relationTo`). */
export function requestingScopeCondition(actor: Actor): SQL {
  if (actor.role === "magistrate") return actor.unitId ? eq(requests.requestingUnitId, actor.unitId) : sql`false`;
  const unitIds = managedUnitIds(actor);
  return unitIds.length ? inArray(requests.requestingUnitId, unitIds) : sql`false`;
}

/**
 * The requests an actor sees from the requested side: transmitted to a country they receive
 * for — except those of their own units, where `relationTo` puts a manager on the requesting side.
 */
export function requestedScopeCondition(actor: Actor): SQL {
  const countryCodes = actor.role === "liaison_officer" ? [actor.countryCode].filter((c): c is string => Boolean(c)) : receivingCountryCodes(actor);
  if (countryCodes.length === 0) return sql`false`;
  const unitIds = managedUnitIds(actor);
  return and(
    inArray(requests.requestedCountryCode, countryCodes),
    isNotNull(requests.transmittedAt),
    unitIds.length ? notInArray(requests.requestingUnitId, unitIds) : undefined,
  )!;
}

/** Every request in the actor's scope, as a WHERE condition for lists (kept beside `relationTo` on purpose). */
export function requestScopeCondition(actor: Actor): SQL {
  return or(requestingScopeCondition(actor), requestedScopeCondition(actor))!;
}

/**
 * The same scope as disjoint parts, one per unit and one per receiving country, whose union is
 * `requestScopeCondition`: an index serves each part in a list's order, where the OR of the
 * whole would have to read and sort all of it (lib/requests/list-requests.ts). The list still
 * adds the whole condition; the home page's sections read the parts alone, from their indexes
 * (lib/work/items.ts): tests/integration/manager-scope.test.ts holds the parts, for every kind of
 * actor, to exactly the scope and to no request twice.
 */
export function requestScopeParts(actor: Actor): SQL[] {
  const unitIds = actor.role === "magistrate" ? [actor.unitId].filter((id): id is string => Boolean(id)) : managedUnitIds(actor);
  const countryCodes = actor.role === "liaison_officer" ? [actor.countryCode].filter((c): c is string => Boolean(c)) : receivingCountryCodes(actor);
  const managed = managedUnitIds(actor);
  return [
    ...unitIds.map((unitId) => eq(requests.requestingUnitId, unitId)),
    ...countryCodes.map(
      (countryCode) =>
        and(
          eq(requests.requestedCountryCode, countryCode),
          isNotNull(requests.transmittedAt),
          managed.length ? notInArray(requests.requestingUnitId, managed) : undefined,
        )!,
    ),
  ];
}

/**
 * The sides an actor works on when they look at requests in bulk (lists, exports, filters):
 * magistrates send, liaison officers receive, a manager may do both (their unit's requests,
 * and a country's incoming ones). Per request, `relationTo` is the finer answer.
 */
export function actorSides(actor: Actor): Record<Side, boolean> {
  return {
    requesting: actor.role === "magistrate" ? actor.unitId !== null : managedUnitIds(actor).length > 0,
    requested: actor.role === "liaison_officer" ? actor.countryCode !== null : receivingCountryCodes(actor).length > 0,
  };
}

/** Which side of the request a relation is on. */
export function sideOf(relation: Relation): Side {
  return REQUESTED_SIDE.includes(relation) ? "requested" : "requesting";
}

export const REQUESTING_SIDE: readonly Relation[] = ["requesting_magistrate", "requesting_manager"];
export const REQUESTED_SIDE: readonly Relation[] = ["requested_officer", "requested_manager"];
export const EVERY_RELATION: readonly Relation[] = [...REQUESTING_SIDE, ...REQUESTED_SIDE];

/** Actions on one request other than state transitions (those are in lib/requests/transitions). */
export const REQUEST_PERMISSIONS = {
  /** Fields, measures and persons, while the request is a draft. */
  editDraft: ["requesting_magistrate"],
  comment: EVERY_RELATION,
  /** The requesting side's internal comments, events and documents, its case and its checklist. */
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
  /** Giving the request to another magistrate of the requesting unit. */
  assignOwner: ["requesting_manager"],
  /** Giving the request to an officer of the requested country. */
  assignHandler: ["requested_manager"],
  /** An officer takes an unassigned request of their country. */
  takeRequest: ["requested_officer"],
  /** Keeping a request beyond the retention period is a magistrate's decision (Décret 2025-59). */
  decideRetention: ["requesting_magistrate"],
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

/**
 * What each side reads: its own internal notes and what is shared; never the other side's
 * internal notes (comments, events, documents).
 */
export function visibleTo(relation: Relation): Visibility[] {
  return sideOf(relation) === "requesting" ? ["internal", "shared"] : ["shared", "requested_internal"];
}

/** Where a note written by this relation goes: shared with the other side, or its own side's internal notes. */
export function storedVisibility(relation: Relation, choice: CommentVisibility): Visibility {
  if (choice === "shared") return "shared";
  return sideOf(relation) === "requesting" ? "internal" : "requested_internal";
}

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
