import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en/vocabulary.json";
import fr from "@/lib/i18n/messages/fr/vocabulary.json";
import { computeClocks, type Clock, type ClockInput } from "@/lib/deadlines/compute";
import { CLOCK_EFFECTS, clockEffectOf, REQUEST_EVENT_ACTIONS, type ClockEffect } from "@/lib/requests/events";
import { TRANSITIONS, type Transition } from "@/lib/requests/transitions";
import type { RequestStatus } from "@/lib/requests/vocabulary";

/**
 * Ties the transition table's declared clock effects to what the deadline computation does:
 * every move of the table is replayed on a history that reaches each of its "from" statuses, and
 * the clocks before and after must differ exactly as its declared effect says.
 */

const DAY = 24 * 3600 * 1000;
const START = new Date("2026-03-02T09:00:00Z");

/** The moves that lead from a draft to each status (the shortest path of the table). */
const PATH_TO: Record<RequestStatus, string[]> = {
  draft: [],
  in_review: ["submit"],
  validated: ["submit", "validate"],
  transmitted: ["submit", "validate", "transmit"],
  acknowledged: ["submit", "validate", "transmit", "acknowledge"],
  in_execution: ["submit", "validate", "transmit", "acknowledge", "startExecution"],
  partially_executed: ["submit", "validate", "transmit", "acknowledge", "startExecution", "reportPartialExecution"],
  information_requested: ["submit", "validate", "transmit", "requestInformation"],
  executed: ["submit", "validate", "transmit", "acknowledge", "startExecution", "reportExecution"],
  closed: [],
  refused: [],
  withdrawn: [],
};

/** An EIO with a preservation: every clock kind can exist on it. */
function history(actions: string[]): ClockInput {
  const events = ["created", ...actions].map((action, i) => ({ action, at: new Date(START.getTime() + i * DAY) }));
  const transmit = events.find((e) => e.action === "transmit");
  return {
    legalBasis: "european_investigation_order",
    urgency: "normal",
    status: "transmitted",
    requesting: { countryCode: "FR", timeZone: "Europe/Paris" },
    requested: { countryCode: "RO", timeZone: "Europe/Bucharest" },
    transmittedAt: transmit?.at ?? null,
    hasPreservation: true,
    preservationFollowedAt: null,
    caseHardDate: null,
    events,
  };
}

function clocksAfter(actions: string[]): Clock[] {
  const now = new Date(START.getTime() + (actions.length + 1) * DAY);
  const result = computeClocks(history(actions), now);
  if (!result.ok) throw new Error(result.error);
  return result.clocks;
}

const open = (c: Clock) => c.stoppedAt === null;
const kinds = (clocks: Clock[], keep: (c: Clock) => boolean) => clocks.filter(keep).map((c) => c.kind).sort();
const find = (clocks: Clock[], kind: string) => clocks.find((c) => c.kind === kind);

/** What each effect must visibly do to the clocks, given those before and after the event. */
const OBSERVED: Record<ClockEffect, (before: Clock[], after: Clock[]) => void> = {
  startReview: (before, after) => {
    expect(find(before, "review")).toBeUndefined();
    expect(find(after, "review")?.state).toBe("running");
  },
  stopReview: (before, after) => {
    expect(find(before, "review")?.state).toBe("running");
    expect(find(after, "review")?.state).toBe("met");
  },
  startOnTransmission: (before, after) => {
    expect(kinds(before, open)).toEqual([]);
    expect(kinds(after, open)).toEqual(["acknowledgement", "preservation", "recognition"]);
  },
  stopAcknowledgement: (before, after) => {
    expect(find(before, "acknowledgement")?.stoppedAt).toBeNull();
    expect(find(after, "acknowledgement")?.state).toBe("met");
    expect(kinds(after, open)).toEqual(kinds(before, open).filter((k) => k !== "acknowledgement"));
  },
  decideRecognition: (before, after) => {
    expect(find(before, "execution")).toBeUndefined();
    expect(find(after, "recognition")?.state).toBe("met");
    expect(find(after, "execution")?.state).toBe("running");
  },
  pauseRequestedSide: (before, after) => {
    const requestedOpen = before.filter((c) => open(c) && c.side === "requested").map((c) => c.kind);
    expect(requestedOpen.length).toBeGreaterThan(0);
    for (const kind of requestedOpen) expect(find(after, kind)?.state).toBe("paused");
    expect(find(after, "answer")?.state).toBe("running");
  },
  resumeRequestedSide: (before, after) => {
    expect(before.some((c) => c.state === "paused")).toBe(true);
    expect(after.some((c) => c.state === "paused")).toBe(false);
    expect(find(after, "answer")?.state).toBe("met");
  },
  stopExecution: (before, after) => {
    expect(find(before, "execution")?.stoppedAt).toBeNull();
    expect(find(after, "execution")?.state).toBe("met");
    expect(kinds(after, open)).toEqual(["preservation"]);
  },
  stopAll: (before, after) => {
    for (const clock of before.filter(open)) expect(find(after, clock.kind)?.state).toBe("stopped");
    expect(kinds(after, open)).toEqual([]);
  },
  extendRecognition: () => {
    throw new Error("not a move of the table");
  },
  renewPreservation: () => {
    throw new Error("not a move of the table");
  },
  none: (before, after) => {
    const summary = (clocks: Clock[]) => clocks.map(({ kind, state, dueAt, stoppedAt }) => ({ kind, state, dueAt, stoppedAt }));
    expect(summary(after)).toEqual(summary(before));
  },
};

/** Every move of the table from every status it starts from (the final statuses start nothing). */
const MOVES = (TRANSITIONS as readonly Transition[]).flatMap((t) => t.from.map((from) => [t.name, from, t] as const));

describe("the event vocabulary drives the clocks", () => {
  it.each(MOVES)("%s from %s does what its clock effect says", (_name, from, transition) => {
    const path = PATH_TO[from];
    expect(clockEffectOf(transition.name)).toBe(transition.clock);
    OBSERVED[transition.clock](clocksAfter(path), clocksAfter([...path, transition.name]));
  });

  it("extends an EIO's recognition once and renews a preservation", () => {
    const sent = PATH_TO.transmitted;
    const recognition = (actions: string[]) => find(clocksAfter(actions), "recognition")!;
    expect(recognition([...sent, "recognitionExtended"]).days).toBe(recognition(sent).days + 30);
    expect(recognition([...sent, "recognitionExtended", "recognitionExtended"]).days).toBe(recognition(sent).days + 30);

    const preservations = (actions: string[]) => clocksAfter(actions).filter((c) => c.kind === "preservation");
    expect(preservations([...sent, "preservationRenewed"]).map((c) => c.state)).toEqual(["running"]);
    expect(find(clocksAfter([...sent, "preservationRenewed"]), "preservation")!.startedAt.getTime()).toBeGreaterThan(
      find(clocksAfter(sent), "preservation")!.startedAt.getTime(),
    );
  });

  it("uses every clock effect, and names every event in both languages", () => {
    const used = new Set(REQUEST_EVENT_ACTIONS.map(clockEffectOf));
    expect([...used].sort()).toEqual([...CLOCK_EFFECTS].sort());
    for (const action of REQUEST_EVENT_ACTIONS) {
      expect(en.eventActions, action).toHaveProperty(action);
      expect(fr.eventActions, action).toHaveProperty(action);
    }
  });

  it("changes nothing for an action it does not know", () => {
    expect(clockEffectOf("somethingNew")).toBe("none");
  });
});
