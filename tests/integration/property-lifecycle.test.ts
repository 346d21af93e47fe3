import { eq } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { measures } from "@/db/schema";
import type { Relation } from "@/lib/access/request-access";
import { verifyAuditChains } from "@/lib/audit/verify";
import { checklistFor } from "@/lib/checklists/checklist-for";
import { waiveChecklistItem } from "@/lib/checklists/waive";
import type { Ctx } from "@/lib/context";
import { isDomainError } from "@/lib/errors";
import { reportMeasure } from "@/lib/requests/report-measure";
import { transitionRequest } from "@/lib/requests/transition-request";
import { TRANSITION_NAMES, TRANSITIONS, transitionNamed, type Transition, type TransitionName } from "@/lib/requests/transitions";
import {
  EXECUTING_STATUSES, FINAL_STATUSES, MEASURE_STATUSES, PRE_TRANSMISSION_STATUSES, type MeasureStatus, type RequestStatus,
} from "@/lib/requests/vocabulary";
import { advance, draftRequest, eventsOf, MOVE_DETAILS, storedRequest, userCtx, WAIVER_REASON, type RequestHandle } from "../support/requests";
import { requestSuite } from "../support/request-suite";

/**
 * Random sequences of writes by random people on fresh requests (issue 15, "Property tests"):
 * moves of the lifecycle table, checklist waivers and measure reports, by the people of the
 * request and by outsiders, sometimes on a stale version, without the required text, or twice
 * at once. A small model of the rules (the table, the write's order of refusals, the guards)
 * predicts each answer; after every attempt the stored request must match it, and after every
 * run the trail must hold exactly the accepted writes, in order, on a chain that verifies.
 */

const suite = requestSuite();

type Who = Relation | "admin" | "other_unit_magistrate" | "other_unit_manager" | "other_country_officer";
const WHO: readonly Who[] = [
  "requesting_magistrate", "requesting_manager", "requested_officer", "requested_manager",
  "admin", "other_unit_magistrate", "other_unit_manager", "other_country_officer",
];
let actors: Record<Who, Ctx>;
/** Who each acting user is, to read the trail back. */
const whoById = new Map<string, Who>();

beforeAll(async () => {
  const { magistrate, manager, officer, requestedManager } = suite.parties;
  actors = {
    requesting_magistrate: magistrate,
    requesting_manager: manager,
    requested_officer: officer,
    requested_manager: requestedManager,
    admin: await userCtx(suite.db, "admin"),
    other_unit_magistrate: await userCtx(suite.db, "magistrate", "FR-BEPI"),
    other_unit_manager: await userCtx(suite.db, "manager", "FR-BEPI"),
    other_country_officer: await userCtx(suite.db, "liaison_officer", "CO-FGN"),
  };
  for (const who of WHO) whoById.set(actors[who].actor.id, who);
});

const TABLE = TRANSITIONS as readonly Transition[];

/** What the generator draws; `resolve` turns it into an attempt against the request as it stands. */
interface Step {
  /** Most steps pick among the writes the table allows now, so that runs get past the draft. */
  guided: boolean;
  pick: number;
  who: Who;
  kind: "move" | "waive" | "report";
  transition: TransitionName;
  itemIndex: number;
  measureIndex: number;
  measureStatus: MeasureStatus;
  withText: boolean;
  stale: boolean;
  twice: boolean;
}

type Attempt =
  | { kind: "move"; who: Who; transition: TransitionName; withText: boolean; stale: boolean; twice: boolean }
  | { kind: "waive"; who: Who; itemKey: string; withText: boolean; stale: boolean; twice: boolean }
  | { kind: "report"; who: Who; measureId: string; status: MeasureStatus; stale: boolean; twice: boolean };

const stepArbitrary: fc.Arbitrary<Step> = fc.record({
  guided: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  pick: fc.nat(),
  who: fc.constantFrom(...WHO),
  kind: fc.constantFrom("move", "move", "move", "waive", "report"),
  transition: fc.constantFrom(...TRANSITION_NAMES),
  itemIndex: fc.nat(),
  measureIndex: fc.nat(),
  measureStatus: fc.constantFrom(...MEASURE_STATUSES),
  withText: fc.oneof({ weight: 6, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  stale: fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  twice: fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
});

/** The request as the rules see it. */
interface Model {
  status: RequestStatus;
  resumeStatus: RequestStatus | null;
  transmitted: boolean;
  version: number;
  events: number;
  /** The checklist's items in order, with their state. */
  items: { key: string; status: "provided" | "waived" | "missing" }[];
  measures: { id: string; status: MeasureStatus; resultNote: string }[];
  /** The actions of the writes accepted so far, in order. */
  accepted: string[];
}

function visible(model: Model, who: Who): boolean {
  if (who === "requesting_magistrate" || who === "requesting_manager") return true;
  if (who === "requested_officer" || who === "requested_manager") return model.transmitted;
  return false;
}

/** Moves that end or set back a request: offered less often, so that runs also get far. */
const SETBACKS: readonly TransitionName[] = ["returnToDraft", "refuse", "withdraw"];

/**
 * The writes that the table and the rules allow now, whoever makes them (guards may still
 * refuse), each repeated by how often a guided step should pick it.
 */
function allowedNow(model: Model, step: Step): Attempt[] {
  const base = { withText: step.withText, stale: step.stale, twice: step.twice };
  const times = <T,>(n: number, value: T): T[] => Array.from({ length: n }, () => value);
  const moves: Attempt[] = TABLE.filter((t) => t.from.includes(model.status)).flatMap((t) =>
    t.by.flatMap((who) => times<Attempt>(SETBACKS.includes(t.name) ? 1 : 4, { kind: "move", who, transition: t.name, ...base })),
  );
  const waivers: Attempt[] = PRE_TRANSMISSION_STATUSES.includes(model.status)
    ? model.items.filter((i) => i.status === "missing").flatMap((i) => times<Attempt>(3, { kind: "waive", who: "requesting_manager", itemKey: i.key, ...base }))
    : [];
  const reports: Attempt[] = EXECUTING_STATUSES.includes(model.status)
    ? model.measures
        .filter((m) => m.status !== "returned" && m.status !== "not_executable")
        .flatMap((m, i) =>
          times<Attempt>(4, { kind: "report", who: "requested_officer", measureId: m.id, status: i % 3 === 2 ? "not_executable" : "returned", stale: step.stale, twice: step.twice }),
        )
    : [];
  return [...moves, ...waivers, ...reports];
}

function resolve(model: Model, step: Step): Attempt {
  if (step.guided) {
    const allowed = allowedNow(model, step);
    if (allowed.length) return allowed[step.pick % allowed.length]!;
  }
  const { who, stale, twice, withText } = step;
  switch (step.kind) {
    case "move":
      return { kind: "move", who, transition: step.transition, withText, stale, twice };
    case "waive":
      return { kind: "waive", who, itemKey: model.items[step.itemIndex % model.items.length]!.key, withText, stale, twice };
    case "report":
      return { kind: "report", who, measureId: model.measures[step.measureIndex % model.measures.length]!.id, status: step.measureStatus, stale, twice };
  }
}

/** The answer the rules give (lib/requests/write.ts's order: input, scope, version, permission, state, guards). */
function predict(model: Model, attempt: Attempt): string {
  if (attempt.kind === "waive" && !attempt.withText) return "Invalid:invalid";
  if (!visible(model, attempt.who)) return "NotFound:notFound";
  if (attempt.stale) return "Conflict:stale";
  const relation = attempt.who as Relation;
  switch (attempt.kind) {
    case "move": {
      const t = transitionNamed(attempt.transition)!;
      if (!t.by.includes(relation)) return "Forbidden:transitionForbidden";
      if (!t.from.includes(model.status)) return "Conflict:transitionNotAllowed";
      if (t.requires && !attempt.withText) return "Invalid:invalid";
      const guards = t.guards ?? [];
      if (guards.includes("checklistComplete") && model.items.some((i) => i.status === "missing")) return "Invalid:checklistIncomplete";
      if (guards.includes("someMeasureReturned") && !model.measures.some((m) => m.status === "returned")) return "Invalid:noMeasureReturned";
      if (guards.includes("allMeasuresSettled") && model.measures.some((m) => m.status !== "returned" && m.status !== "not_executable")) {
        return "Invalid:measuresOutstanding";
      }
      return "ok";
    }
    case "waive": {
      if (relation !== "requesting_manager") return "Forbidden:forbidden";
      if (!PRE_TRANSMISSION_STATUSES.includes(model.status)) return "Conflict:checklistClosed";
      const item = model.items.find((i) => i.key === attempt.itemKey)!;
      if (item.status === "provided") return "Conflict:checklistItemProvided";
      if (item.status === "waived") return "Conflict:checklistItemAlreadyWaived";
      return "ok";
    }
    case "report": {
      if (relation !== "requested_officer") return "Forbidden:forbidden";
      if (!EXECUTING_STATUSES.includes(model.status)) return "Conflict:notExecuting";
      const measure = model.measures.find((m) => m.id === attempt.measureId)!;
      if (measure.status === attempt.status && measure.resultNote === REPORT_NOTE) return "Conflict:measureUnchanged";
      return "ok";
    }
  }
}

/** The model after an accepted write. */
function apply(model: Model, attempt: Attempt): void {
  model.version += 1;
  model.events += 1;
  switch (attempt.kind) {
    case "move": {
      const t = transitionNamed(attempt.transition)!;
      const to = t.to === "resume" ? model.resumeStatus! : t.to;
      model.resumeStatus = to === "information_requested" ? model.status : null;
      model.status = to;
      if (t.records === "transmission") model.transmitted = true;
      model.accepted.push(t.name);
      return;
    }
    case "waive":
      model.items.find((i) => i.key === attempt.itemKey)!.status = "waived";
      model.accepted.push("checklistItemWaived");
      return;
    case "report":
      Object.assign(model.measures.find((m) => m.id === attempt.measureId)!, { status: attempt.status, resultNote: REPORT_NOTE });
      model.accepted.push("measureReported");
  }
}

function outcomeOf(error: unknown): string {
  if (isDomainError(error)) return `${error.name}:${error.code}`;
  return `crash:${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
}

/** Every report sends this note: the same status again on a measure is then no news, and refused. */
const REPORT_NOTE = "Reported by the property test.";

async function send(handle: RequestHandle, attempt: Attempt, version: number): Promise<string> {
  const ctx = actors[attempt.who];
  const v = attempt.stale ? version - 1 : version;
  try {
    switch (attempt.kind) {
      case "move":
        await transitionRequest(ctx, { ...MOVE_DETAILS, text: attempt.withText ? MOVE_DETAILS.text : "", requestId: handle.id, version: v, transition: attempt.transition });
        break;
      case "waive":
        await waiveChecklistItem(ctx, { requestId: handle.id, version: v, itemKey: attempt.itemKey, reason: attempt.withText ? WAIVER_REASON : "" });
        break;
      case "report":
        await reportMeasure(ctx, { requestId: handle.id, measureId: attempt.measureId, version: v, status: attempt.status, resultNote: REPORT_NOTE });
        break;
    }
    return "ok";
  } catch (error) {
    return outcomeOf(error);
  }
}

/** Where runs start: mostly a fresh draft, sometimes further on, reached by the people who make those moves. */
const STARTS: readonly RequestStatus[] = [
  "draft", "draft", "draft", "in_review", "validated", "transmitted", "acknowledged", "in_execution", "information_requested", "partially_executed", "executed",
];
/** Attempts on a final request: a few show it refuses everything; more would only spend the run's time. */
const AFTER_FINAL = 3;

/** A fresh request with two measures, driven to `start` through the verbs, and the model of it as stored. */
async function freshRequest(start: RequestStatus): Promise<{ handle: RequestHandle; model: Model }> {
  const handle = await draftRequest(suite.parties.magistrate, { measures: 2 });
  await advance(handle, start, suite.parties);
  const row = await storedRequest(suite.db, handle.id);
  const checklist = await checklistFor(suite.parties.manager, handle.id);
  const stored = await suite.db
    .select({ id: measures.id, status: measures.status, resultNote: measures.resultNote })
    .from(measures)
    .where(eq(measures.requestId, handle.id));
  return {
    handle,
    model: {
      status: row.status,
      resumeStatus: row.resumeStatus,
      transmitted: row.transmittedAt !== null,
      version: row.version,
      events: (await eventsOf(suite.db, handle.id)).length,
      items: checklist.items.map((i) => ({ key: i.key, status: i.status })),
      measures: handle.measureIds.map((id) => {
        const { status, resultNote } = stored.find((m) => m.id === id)!;
        return { id, status, resultNote };
      }),
      accepted: [],
    },
  };
}

/** Every move of the trail is an edge of the table, made by someone the table lets make it. */
function movesFollowTheTable(trail: Awaited<ReturnType<typeof eventsOf>>): string[] {
  const problems: string[] = [];
  for (const event of trail) {
    const t = transitionNamed(event.action);
    if (!t) continue;
    const who = whoById.get(event.actorId);
    const from = event.fromStatus as RequestStatus;
    if (!t.from.includes(from)) problems.push(`${event.seq}: ${t.name} from ${from}`);
    if (t.to !== "resume" && event.toStatus !== t.to) problems.push(`${event.seq}: ${t.name} to ${event.toStatus}`);
    if (t.to === "resume" && from !== "information_requested") problems.push(`${event.seq}: resumed from ${from}`);
    if (!who || !t.by.includes(who as Relation)) problems.push(`${event.seq}: ${t.name} by ${who ?? event.actorId}`);
  }
  return problems;
}

/** Statuses reached across all runs: the generator must get well past the draft. */
const reached = new Set<RequestStatus>();

describe("random writes by random people on a request", () => {
  it(
    "answer as the rules say, never reach a state the table forbids, and record each accepted write once on a chain that verifies",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...STARTS),
          fc.array(stepArbitrary, { minLength: 1, maxLength: 15, size: "max" }),
          async (start, steps) => {
            const { handle, model } = await freshRequest(start);
            const eventsAtStart = model.events;
            let afterFinal = 0;
            for (const step of steps) {
              if (FINAL_STATUSES.includes(model.status) && ++afterFinal > AFTER_FINAL) break;
              const attempt = resolve(model, step);
              const expected = predict(model, attempt);
              const tries = attempt.twice ? 2 : 1;
              const outcomes = await Promise.all(Array.from({ length: tries }, () => send(handle, attempt, model.version)));
              const described = `${attempt.kind} ${"transition" in attempt ? attempt.transition : ""} by ${attempt.who} in ${model.status}${attempt.stale ? " (stale)" : ""}`;
              // Twice at once on one version: one wins, the other was too late.
              const wanted = expected === "ok" && tries === 2 ? ["Conflict:stale", "ok"] : Array.from({ length: tries }, () => expected);
              expect(outcomes.slice().sort(), described).toEqual(wanted.slice().sort());
              if (expected === "ok") apply(model, attempt);

              const row = await storedRequest(suite.db, handle.id);
              expect({ status: row.status, resumeStatus: row.resumeStatus, version: row.version, transmitted: row.transmittedAt !== null }, described).toEqual({
                status: model.status,
                resumeStatus: model.resumeStatus,
                version: model.version,
                transmitted: model.transmitted,
              });
              reached.add(model.status);
            }

            const trail = await eventsOf(suite.db, handle.id);
            expect(trail).toHaveLength(model.events);
            expect(trail.map((e) => e.seq)).toEqual(trail.map((_, i) => i + 1));
            expect(trail.slice(eventsAtStart).map((e) => e.action)).toEqual(model.accepted);
            expect(movesFollowTheTable(trail)).toEqual([]);
            const chain = await verifyAuditChains(suite.db, { requestId: handle.id });
            expect(chain.problems).toEqual([]);
          },
        ),
        { numRuns: 40, interruptAfterTimeLimit: 100_000, markInterruptAsFailure: true },
      );
      // Not a property of the application: a check that the runs exercised more than the draft.
      expect(reached.size, [...reached].join(", ")).toBeGreaterThanOrEqual(8);
    },
    150_000,
  );

  it("leaves every request's chain verifying", async () => {
    const report = await verifyAuditChains(suite.db);
    expect(report.problems).toEqual([]);
    expect(report.requestsChecked).toBeGreaterThan(0);
  });
});
