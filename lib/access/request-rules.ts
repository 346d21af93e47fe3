import { Conflict, Forbidden } from "@/lib/errors";
import { EXECUTING_STATUSES, FINAL_STATUSES, PRE_TRANSMISSION_STATUSES, type RequestStatus } from "@/lib/requests/vocabulary";
import { mayOnRequest, type Relation, type RequestPermission } from "./request-access";

/**
 * What may be done to a request *now*: a permission of the relation (request-access.ts)
 * and the request's state. The verbs enforce these rules and the request page shows its
 * buttons from the same rules, so that a button never offers what the server refuses.
 * Moves of the lifecycle are not here: the transition table (lib/requests/transitions.ts)
 * says who may make each and from which status.
 */

/** What the rules read about a request (lib/requests/facts.ts loads them). */
export interface RequestFacts {
  status: RequestStatus;
  transmittedAt: Date | null;
  legalBasis: string;
  /** The requested side's officer in charge, if any. */
  assigneeId: string | null;
  /** It asks for an expedited preservation (Budapest art. 29). */
  hasPreservation: boolean;
  /** Its EIO recognition deadline was already extended once. */
  recognitionExtended: boolean;
  /** A magistrate keeps it beyond the retention period (lib/retention). */
  onLegalHold: boolean;
  /** The retention job erased its personal data: a closed record, nothing more may be done to it. */
  erased: boolean;
}

/** A condition on the state, and the conflict answered (409, `errors.<code>`) when it fails. */
type Condition = readonly [holds: (request: RequestFacts) => boolean, conflict: string];

interface Rule {
  permission: RequestPermission;
  when: readonly Condition[];
}

/** From transmission on, what is shared reaches the requested side; before, nothing does. */
export function isTransmitted(request: Pick<RequestFacts, "transmittedAt">): boolean {
  return request.transmittedAt !== null;
}

const open = (r: RequestFacts) => !FINAL_STATUSES.includes(r.status);

/** An EIO whose recognition is still to be decided (Dir. 2014/41/EU art. 12(3)). */
function recognitionUndecided(request: RequestFacts): boolean {
  return request.legalBasis === "european_investigation_order" && (request.status === "transmitted" || request.status === "acknowledged");
}

export const REQUEST_RULES = {
  /** Fields, measures and persons change only while the request is a draft. */
  editDraft: { permission: "editDraft", when: [[(r) => r.status === "draft", "notDraft"]] },
  comment: { permission: "comment", when: [] },
  reportMeasures: { permission: "reportMeasureResult", when: [[(r) => EXECUTING_STATUSES.includes(r.status), "notExecuting"]] },
  createSupplementary: { permission: "createSupplementary", when: [[isTransmitted, "parentNotTransmitted"]] },
  /** Once, with reasons (Dir. 2014/41/EU art. 12(5)). */
  extendRecognition: {
    permission: "extendRecognition",
    when: [
      [recognitionUndecided, "recognitionNotOpen"],
      [(r) => !r.recognitionExtended, "alreadyExtended"],
    ],
  },
  /** While the preservation runs: after transmission, until the request is final. */
  renewPreservation: {
    permission: "renewPreservation",
    when: [[(r) => isTransmitted(r) && !FINAL_STATUSES.includes(r.status) && r.hasPreservation, "preservationNotRunning"]],
  },
  /** Once sent, the checklist is history: a waiver would rewrite what was checked. */
  waiveChecklistItem: {
    permission: "waiveChecklistItem",
    when: [[(r) => PRE_TRANSMISSION_STATUSES.includes(r.status), "checklistClosed"]],
  },
  /** Who is in charge can change until the request is over. */
  assignOwner: { permission: "assignOwner", when: [[open, "requestClosed"]] },
  assignHandler: { permission: "assignHandler", when: [[open, "requestClosed"]] },
  /** Taking is for a request nobody handles yet; giving it to someone else is the manager's. */
  takeRequest: {
    permission: "takeRequest",
    when: [
      [open, "requestClosed"],
      [(r) => r.assigneeId === null, "alreadyAssigned"],
    ],
  },
  /** A hold keeps what is still there: once erased, nothing is left to keep. */
  placeLegalHold: { permission: "decideRetention", when: [[(r) => !r.onLegalHold, "alreadyOnLegalHold"]] },
  liftLegalHold: { permission: "decideRetention", when: [[(r) => r.onLegalHold, "notOnLegalHold"]] },
} as const satisfies Record<string, Rule>;

export type RequestRule = keyof typeof REQUEST_RULES;

/** Whether the relation may do this to the request now (the page's buttons). */
export function mayNow(relation: Relation | null, rule: RequestRule, request: RequestFacts): boolean {
  const { permission, when } = REQUEST_RULES[rule] as Rule;
  return mayOnRequest(relation, permission) && !request.erased && when.every(([holds]) => holds(request));
}

/** The same rule for a verb: 403 without the permission, 409 with the failing condition's code. */
export function assertMayNow(relation: Relation, rule: RequestRule, request: RequestFacts): void {
  const { permission, when } = REQUEST_RULES[rule] as Rule;
  if (!mayOnRequest(relation, permission)) throw new Forbidden();
  if (request.erased) throw new Conflict("requestErased");
  for (const [holds, conflict] of when) if (!holds(request)) throw new Conflict(conflict);
}
