import { TRANSITIONS, type TransitionName } from "./transitions";

/**
 * The audit trail's vocabulary: every event a request can record, and what each does to the
 * deadline clocks. The deadline computation (lib/deadlines/compute.ts) reads the effect from
 * here and never switches on event names, so a move's effect is declared once: in the
 * transition table for moves of the lifecycle, below for the other events.
 */

/** What an event does to the clocks; compute.ts gives each its meaning. */
export const CLOCK_EFFECTS = [
  /** Submitted for review: the manager's review clock starts. */
  "startReview",
  /** Validated or returned: the review is over. */
  "stopReview",
  /** Sent: acknowledgement, then recognition (EIO) or execution, and any preservation start. */
  "startOnTransmission",
  /** Receipt acknowledged. */
  "stopAcknowledgement",
  /** Execution begins: an EIO's recognition decision is taken and its 90 days start (art. 12(4)). */
  "decideRecognition",
  /** A question: the requested side's clocks pause, the requesting side's answer clock starts. */
  "pauseRequestedSide",
  /** The answer: the pauses end. */
  "resumeRequestedSide",
  /** Executed: execution met; every other clock but a preservation stops. */
  "stopExecution",
  /** Closed, refused or withdrawn: every clock stops. */
  "stopAll",
  /** The EIO recognition deadline extended once (art. 12(5)). */
  "extendRecognition",
  /** The expedited preservation renewed for another period (Budapest art. 29). */
  "renewPreservation",
  "none",
] as const;
export type ClockEffect = (typeof CLOCK_EFFECTS)[number];

/** Events that are not moves of the lifecycle table. */
const OTHER_EVENTS = {
  created: "none",
  updated: "none",
  measureAdded: "none",
  measureEdited: "none",
  measureRemoved: "none",
  measureReported: "none",
  personAdded: "none",
  personRemoved: "none",
  commented: "none",
  recognitionExtended: "extendRecognition",
  preservationRenewed: "renewPreservation",
  supplementaryCreated: "none",
  checklistItemWaived: "none",
  documentUploaded: "none",
  documentIntegrityFailure: "none",
  /** A manager gave the request to another magistrate of the requesting unit. */
  ownerAssigned: "none",
  /** The requested side's officer in charge: given by a manager, or taken by the officer. */
  handlerAssigned: "none",
  /** A magistrate keeps the request beyond the retention period (Décret 2025-59), or stops keeping it. */
  legalHoldSet: "none",
  legalHoldLifted: "none",
  /** The retention job erased the request's personal data; the last event of its trail. */
  personalDataErased: "none",
} as const satisfies Record<string, ClockEffect>;

export type RequestEventAction = TransitionName | keyof typeof OTHER_EVENTS;

const EFFECTS = new Map<string, ClockEffect>([
  ...Object.entries(OTHER_EVENTS),
  ...TRANSITIONS.map((t) => [t.name, t.clock] as const),
]);

export const REQUEST_EVENT_ACTIONS = [...EFFECTS.keys()] as RequestEventAction[];

/** Every history starts with this event. */
export const CREATED: RequestEventAction = "created";

/** The clock effect of a recorded event; an action this version does not know changes nothing. */
export function clockEffectOf(action: string): ClockEffect {
  return EFFECTS.get(action) ?? "none";
}
