import type { Relation } from "@/lib/access/request-access";
import type { ClockEffect } from "./events";
import type { RequestStatus } from "./vocabulary";

/**
 * The request lifecycle (docs/product.md, "Lifecycle") as data. The server enforces it
 * (transition-request.ts), the request page renders its buttons from it, and the tests
 * enumerate it. A move that is not in this table is refused, whoever asks.
 */

/** Text the actor must give with the move, stored in the audit event and shown in the timeline. */
export type RequiredText = "comment" | "question" | "answer" | "grounds" | "reason";

/** Checks on the request itself before the move (see guards.ts for what each verifies). */
export type Guard = "draftComplete" | "notDrafter" | "checklistComplete" | "someMeasureReturned" | "allMeasuresSettled";

export interface Transition {
  name: TransitionName;
  from: readonly RequestStatus[];
  /** "resume" returns to the status the information request came from. */
  to: RequestStatus | "resume";
  by: readonly Relation[];
  requires?: RequiredText;
  /** Extra structured input: the foreign reference, or the channel and date of transmission. */
  records?: "foreignReference" | "transmission";
  guards?: readonly Guard[];
  /** What the move does to the deadline clocks (the effects are defined in events.ts). */
  clock: ClockEffect;
}

const AFTER_TRANSMISSION_OPEN = ["transmitted", "acknowledged", "in_execution", "partially_executed"] as const;

export const TRANSITIONS = [
  { name: "submit", from: ["draft"], to: "in_review", by: ["requesting_magistrate"], guards: ["draftComplete"], clock: "startReview" },
  { name: "returnToDraft", from: ["in_review"], to: "draft", by: ["requesting_manager"], requires: "comment", clock: "stopReview" },
  { name: "validate", from: ["in_review"], to: "validated", by: ["requesting_manager"], guards: ["notDrafter"], clock: "stopReview" },
  {
    name: "transmit",
    from: ["validated"],
    to: "transmitted",
    by: ["requesting_magistrate", "requesting_manager"],
    records: "transmission",
    guards: ["checklistComplete"],
    clock: "startOnTransmission",
  },
  { name: "acknowledge", from: ["transmitted"], to: "acknowledged", by: ["requested_officer"], records: "foreignReference", clock: "stopAcknowledgement" },
  { name: "startExecution", from: ["acknowledged"], to: "in_execution", by: ["requested_officer"], clock: "decideRecognition" },
  {
    name: "requestInformation",
    from: AFTER_TRANSMISSION_OPEN,
    to: "information_requested",
    by: ["requested_officer"],
    requires: "question",
    clock: "pauseRequestedSide",
  },
  {
    name: "answerInformation",
    from: ["information_requested"],
    to: "resume",
    by: ["requesting_magistrate", "requesting_manager"],
    requires: "answer",
    clock: "resumeRequestedSide",
  },
  {
    name: "reportPartialExecution",
    from: ["in_execution"],
    to: "partially_executed",
    by: ["requested_officer"],
    guards: ["someMeasureReturned"],
    clock: "none",
  },
  {
    name: "reportExecution",
    from: ["in_execution", "partially_executed"],
    to: "executed",
    by: ["requested_officer"],
    guards: ["allMeasuresSettled"],
    clock: "stopExecution",
  },
  { name: "close", from: ["executed"], to: "closed", by: ["requesting_magistrate"], clock: "stopAll" },
  {
    name: "refuse",
    from: [...AFTER_TRANSMISSION_OPEN, "information_requested"],
    to: "refused",
    by: ["requested_officer"],
    requires: "grounds",
    clock: "stopAll",
  },
  {
    name: "withdraw",
    from: ["draft", "in_review", "validated", ...AFTER_TRANSMISSION_OPEN, "information_requested", "executed"],
    to: "withdrawn",
    by: ["requesting_magistrate"],
    requires: "reason",
    clock: "stopAll",
  },
] as const satisfies readonly (Omit<Transition, "name"> & { name: string })[];

export type TransitionName = (typeof TRANSITIONS)[number]["name"];
export const TRANSITION_NAMES = TRANSITIONS.map((t) => t.name) as TransitionName[];

export function transitionNamed(name: string): Transition | undefined {
  return (TRANSITIONS as readonly Transition[]).find((t) => t.name === name);
}

/** The moves this relation may make from this status (the request page's buttons). */
export function availableTransitions(status: RequestStatus, relation: Relation | null): Transition[] {
  if (!relation) return [];
  return (TRANSITIONS as readonly Transition[]).filter((t) => t.from.includes(status) && t.by.includes(relation));
}
