/**
 * The request vocabulary of docs/product.md, "Domain" and "Lifecycle" as `as const` arrays: the database enums,
 * the zod schemas, the UI's options and the tests all read them from here.
 */

export const REQUEST_STATUSES = [
  "draft",
  "in_review",
  "validated",
  "transmitted",
  "acknowledged",
  "in_execution",
  "information_requested",
  "partially_executed",
  "executed",
  "closed",
  "refused",
  "withdrawn",
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const FINAL_STATUSES: readonly RequestStatus[] = ["closed", "refused", "withdrawn"];

/** While the requested side executes a request, it records the measures' results. */
export const EXECUTING_STATUSES: readonly RequestStatus[] = ["acknowledged", "in_execution", "partially_executed"];

/** Until transmission a request is the requesting side's internal work. */
export const PRE_TRANSMISSION_STATUSES: readonly RequestStatus[] = ["draft", "in_review", "validated"];

/** The two sides of a request (docs/product.md, "Roles"): the requesting unit and the requested country. */
export type Side = "requesting" | "requested";

/**
 * Whose move it is in each status ("whose court the ball is in", docs/product.md, "Deadlines"): it decides the
 * deadline calendars and the dashboard's "waiting on" split. Final statuses wait on nobody.
 */
export const BALL_IN_COURT: Record<RequestStatus, Side | null> = {
  draft: "requesting",
  in_review: "requesting",
  validated: "requesting",
  transmitted: "requested",
  acknowledged: "requested",
  in_execution: "requested",
  information_requested: "requesting",
  partially_executed: "requested",
  executed: "requesting",
  closed: null,
  refused: null,
  withdrawn: null,
};

/**
 * Who on that side holds the ball: the request's owner (the requesting side's magistrate),
 * the requesting unit's managers (a review), or the requested side's handler (the assignee,
 * or while nobody is assigned, the requested country's officers). The home page's "waiting
 * for my move" and the notifications read it.
 */
export type Mover = "owner" | "requestingManagers" | "requestedHandler";
export const WAITING_ON: Record<RequestStatus, Mover | null> = {
  draft: "owner",
  in_review: "requestingManagers",
  validated: "owner",
  transmitted: "requestedHandler",
  acknowledged: "requestedHandler",
  in_execution: "requestedHandler",
  information_requested: "owner",
  partially_executed: "requestedHandler",
  executed: "owner",
  closed: null,
  refused: null,
  withdrawn: null,
};

/** The statuses in which a request waits on `side`. */
export function statusesWaitingOn(side: Side): RequestStatus[] {
  return REQUEST_STATUSES.filter((status) => BALL_IN_COURT[status] === side);
}

/** Legal bases seen from France (docs/legal.md, "Legal bases by country"): the treaty decides time limits and forms. */
export const LEGAL_BASES = [
  "budapest_convention",
  "bilateral_convention",
  "european_investigation_order",
  "reciprocity",
  "multilateral_convention",
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const CHANNELS = ["central_authority", "diplomatic", "direct"] as const;
export type Channel = (typeof CHANNELS)[number];

export const URGENCIES = ["normal", "urgent", "very_urgent"] as const;
export type Urgency = (typeof URGENCIES)[number];

export const MEASURE_TYPES = [
  "bank_records",
  "money_transfer_records",
  "subscriber_data",
  "traffic_data",
  "content_data",
  "expedited_preservation",
  "hearing_minor_victim",
  "hearing_witness",
  "hearing_suspect",
  "identification",
  "search_and_seizure",
  "local_proceedings_information",
  "video_link_testimony",
  "victim_travel",
  "service_of_documents",
  /** The arrest of suspects in the requested State (the local adults who abused the children). */
  "arrest_of_suspects",
  /** Finding the children at risk and putting them in the care of the child-protection services. */
  "child_safeguarding",
] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];

/**
 * A measure's state on the requested side. "partially_returned": some of the evidence came
 * back (a delivery in parts, lib/requests/deliver-measure.ts), more is expected.
 */
export const MEASURE_STATUSES = ["requested", "in_progress", "partially_returned", "returned", "not_executable"] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/**
 * A person concerned; victims are minors and are shown by pseudonym (V1, V2…) without need to
 * know. A civil party (partie civile) and a child-protection association acting in the case
 * (C. pr. pén. art. 2-3) are parties to the proceedings, named as such in the letter.
 */
export const PERSON_ROLES = ["suspect", "victim", "witness", "other", "civil_party", "child_protection_association"] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

/** Who may be flagged as a child at risk: never a suspect, nor a party that is an adult or an association. */
export const CHILD_AT_RISK_ROLES: readonly PersonRole[] = ["victim", "witness", "other"];

/**
 * Who sees a comment, an event or a document. Each side has its own internal notes:
 * "internal" is the requesting side's, "requested_internal" the requested side's; "shared"
 * is seen by both once the request is transmitted (lib/access/request-access.ts, `visibleTo`).
 */
export const VISIBILITIES = ["internal", "shared", "requested_internal"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** What a person chooses when writing: their own side's internal notes, or shared with the other side. */
export const COMMENT_VISIBILITIES = ["internal", "shared"] as const;
export type CommentVisibility = (typeof COMMENT_VISIBILITIES)[number];
