import type { RequestStatus, Urgency } from "@/lib/requests/vocabulary";
import { clockEffectOf, CREATED } from "@/lib/requests/events";
import { measureClockOf, type MeasureClockInput, type MeasureRef } from "./measure-clocks";
import { policyFor, type ClockKind, type ClockPolicy, type DeadlineTargets } from "./policies";

/** What the clocks of one request are computed from: its history and a few facts. */
export interface ClockInput {
  legalBasis: string;
  urgency: Urgency;
  status: RequestStatus;
  requesting: { countryCode: string; timeZone: string };
  requested: { countryCode: string; timeZone: string };
  /** The date the request was actually sent (may be recorded after the fact). */
  transmittedAt: Date | null;
  /** Whether it asks for expedited preservation (Budapest art. 29). */
  hasPreservation: boolean;
  /** When the full request following a preservation was transmitted. */
  preservationFollowedAt: Date | null;
  /** The case's hard date (YYYY-MM-DD), e.g. the trial. */
  caseHardDate: string | null;
  /** The audit events, in order. */
  events: readonly { at: Date; action: string }[];
  /** The administrator's overrides of the product targets in effect; none: the shipped values. */
  targets?: DeadlineTargets;
  /** The measures, for the dates and lengths they set (lib/deadlines/measure-clocks.ts); none: no measure clock. */
  measures?: readonly MeasureClockInput[];
}

/** A clock as the history left it: when it started, its pauses, extensions and stop. */
export interface Tracked {
  kind: ClockKind;
  policy: ClockPolicy;
  start: Date;
  extensions: number;
  pauses: { from: Date; to: Date | null }[];
  stop: { at: Date; how: "met" | "stopped" } | null;
  /** A measure's clock: which measure, and the day it set (YYYY-MM-DD) when it is a date rather than a length. */
  measure?: MeasureRef;
  dueOn?: string | null;
}

/** Replays the events into the clocks they start, pause, extend and stop (each event's effect: lib/requests/events.ts). */
export function trackClocks(input: ClockInput): Tracked[] {
  const { events } = input;
  if (events[0]?.action !== CREATED) throw new Error("inconsistent history: the first event is not the creation");
  const created = events[0].at;
  const clocks: Tracked[] = [];
  const policy = (kind: ClockKind) => policyFor(kind, input.legalBasis, input.urgency, input.targets);
  const start = (kind: ClockKind, at: Date) => {
    const p = policy(kind);
    if (p) clocks.push({ kind, policy: p, start: at, extensions: 0, pauses: [], stop: null });
  };
  const openClock = (kind: ClockKind) => clocks.findLast((c) => c.kind === kind && !c.stop);
  const stop = (kind: ClockKind, at: Date, how: "met" | "stopped" = "met") => {
    const clock = openClock(kind);
    if (clock) stopClock(clock, at, how);
  };

  let previous = created;
  for (const event of events) {
    if (event.at < previous) throw new Error("inconsistent history: events out of order");
    previous = event.at;
    const at = event.at;
    const effect = clockEffectOf(event.action);
    switch (effect) {
      case "startReview":
        start("review", at);
        break;
      case "stopReview":
        stop("review", at);
        break;
      case "startOnTransmission": {
        const sent = input.transmittedAt ?? at;
        if (sent < created) throw new Error("inconsistent history: transmitted before it was created");
        start("acknowledgement", sent);
        if (policy("recognition")) start("recognition", sent);
        else start("execution", sent);
        if (input.hasPreservation) start("preservation", sent);
        for (const measure of input.measures ?? []) {
          const clock = measureClockOf(measure);
          if (clock) clocks.push({ kind: "measure", policy: clock.policy, start: sent, extensions: 0, pauses: [], stop: null, measure: clock.ref, dueOn: clock.dueOn });
        }
        break;
      }
      case "stopAcknowledgement":
        stop("acknowledgement", at);
        break;
      case "decideRecognition":
        if (openClock("recognition")) {
          stop("recognition", at);
          start("execution", at); // EIO art. 12(4): 90 days from the recognition decision
        }
        break;
      case "pauseRequestedSide":
        // A date a measure set does not move with a question; a length does.
        for (const c of clocks) if (!c.stop && c.policy.side === "requested" && !c.dueOn) c.pauses.push({ from: at, to: null });
        start("answer", at);
        break;
      case "resumeRequestedSide":
        for (const c of clocks) for (const p of c.pauses) p.to ??= at;
        stop("answer", at);
        break;
      case "extendRecognition": {
        const clock = openClock("recognition");
        if (clock && clock.extensions < (clock.policy.extension?.times ?? 0)) clock.extensions++;
        break;
      }
      case "renewPreservation":
        stop("preservation", at);
        start("preservation", at);
        break;
      case "stopExecution":
        stop("execution", at);
        for (const c of clocks) if (!c.stop && c.kind !== "preservation") stopClock(c, at, "stopped");
        break;
      case "stopAll":
        for (const c of clocks) if (!c.stop) stopClock(c, at, "stopped");
        break;
      case "none":
        break;
      default:
        effect satisfies never;
    }
  }
  if (input.preservationFollowedAt) stop("preservation", input.preservationFollowedAt);
  // A measure returned or found not executable has met its own clock.
  for (const measure of input.measures ?? []) {
    const clock = clocks.find((c) => c.measure?.id === measure.id && !c.stop);
    if (clock && measure.settledAt) stopClock(clock, measure.settledAt < clock.start ? clock.start : measure.settledAt, "met");
  }
  return clocks;
}

/** Stops a clock, ending a pause still open (a request refused while a question was pending). */
function stopClock(clock: Tracked, at: Date, how: "met" | "stopped"): void {
  clock.stop = { at, how };
  for (const pause of clock.pauses) pause.to ??= at;
}
