import { beforeAll, describe, expect, it } from "vitest";
import type { Relation } from "@/lib/access/request-access";
import type { Ctx } from "@/lib/context";
import { Conflict, Forbidden, NotFound, isDomainError } from "@/lib/errors";
import { assignHandler } from "@/lib/requests/assign";
import { addComment } from "@/lib/requests/comment";
import { getRequest } from "@/lib/requests/get-request";
import { transitionRequest } from "@/lib/requests/transition-request";
import { TRANSITIONS, type Transition } from "@/lib/requests/transitions";
import { FINAL_STATUSES, PRE_TRANSMISSION_STATUSES, REQUEST_STATUSES, type RequestStatus } from "@/lib/requests/vocabulary";
import {
  eventsOf, MOVE_DETAILS, requestIn, returnAllMeasures, storedRequest, userCtx, waiveMissingItems, type RequestHandle,
} from "../support/requests";
import { requestSuite } from "../support/request-suite";

/**
 * The lifecycle table (docs/product.md, "Lifecycle") as the server enforces it: every status × every
 * transition × every kind of actor. A refused attempt is tried on one shared request per
 * status (it must change nothing); each allowed move gets a fresh request. Guards,
 * required text and records are in requests-guards.test.ts.
 */

const suite = requestSuite();
let actors: Record<Who, Ctx>;

type Who = Relation | "admin" | "other_unit_magistrate" | "other_unit_manager" | "other_country_officer";
const WHO: readonly Who[] = [
  "requesting_magistrate", "requesting_manager", "requested_officer", "requested_manager",
  "admin", "other_unit_magistrate", "other_unit_manager", "other_country_officer",
];

beforeAll(async () => {
  actors = {
    requesting_magistrate: suite.parties.magistrate,
    requesting_manager: suite.parties.manager,
    requested_officer: suite.parties.officer,
    requested_manager: suite.parties.requestedManager,
    admin: await userCtx(suite.db, "admin"),
    other_unit_magistrate: await userCtx(suite.db, "magistrate", "FR-BEPI"),
    other_unit_manager: await userCtx(suite.db, "manager", "FR-BEPI"),
    other_country_officer: await userCtx(suite.db, "liaison_officer", "CO-FGN"),
  };
});

const TABLE = TRANSITIONS as readonly Transition[];
const EVERY_REQUEST_RELATION: readonly Who[] = ["requesting_magistrate", "requesting_manager", "requested_officer", "requested_manager"];

/** What the server must answer, from the table and the visibility rules of docs/product.md, "Roles". */
function expectedOutcome(status: RequestStatus, transition: Transition, who: Who): string {
  const transmitted = !PRE_TRANSMISSION_STATUSES.includes(status);
  const visible =
    who === "requesting_magistrate" || who === "requesting_manager" || ((who === "requested_officer" || who === "requested_manager") && transmitted);
  if (!visible) return "NotFound";
  if (!transition.by.includes(who as Relation)) return "Forbidden";
  if (!transition.from.includes(status)) return "Conflict:transitionNotAllowed";
  return "moves";
}

function outcomeOf(error: unknown): string {
  if (error instanceof NotFound) return "NotFound";
  if (error instanceof Forbidden) return "Forbidden";
  if (error instanceof Conflict) return `Conflict:${error.code}`;
  if (isDomainError(error)) return `${error.name}:${error.code}`;
  return `crash:${String(error)}`;
}

async function attempt(who: Who, handle: RequestHandle, transition: Transition): Promise<string> {
  try {
    await transitionRequest(actors[who], { ...MOVE_DETAILS, requestId: handle.id, version: handle.version, transition: transition.name });
    return "moves";
  } catch (error) {
    return outcomeOf(error);
  }
}

describe("the lifecycle table", () => {
  it("is the lifecycle of docs/product.md", () => {
    const lines = TABLE.map((t) => `${t.name}: ${t.from.join("|")} → ${t.to} by ${t.by.join("+")}${t.requires ? ` with ${t.requires}` : ""}`);
    expect(lines).toEqual([
      "submit: draft → in_review by requesting_magistrate",
      "returnToDraft: in_review → draft by requesting_manager with comment",
      "validate: in_review → validated by requesting_manager",
      "transmit: validated → transmitted by requesting_magistrate+requesting_manager",
      "acknowledge: transmitted → acknowledged by requested_officer",
      "startExecution: acknowledged → in_execution by requested_officer",
      "requestInformation: transmitted|acknowledged|in_execution|partially_executed → information_requested by requested_officer with question",
      "answerInformation: information_requested → resume by requesting_magistrate+requesting_manager with answer",
      "reportPartialExecution: in_execution → partially_executed by requested_officer",
      "reportExecution: in_execution|partially_executed → executed by requested_officer",
      "close: executed → closed by requesting_magistrate",
      "refuse: transmitted|acknowledged|in_execution|partially_executed|information_requested → refused by requested_officer with grounds",
      "withdraw: draft|in_review|validated|transmitted|acknowledged|in_execution|partially_executed|information_requested|executed → withdrawn by requesting_magistrate with reason",
    ]);
  });

  for (const status of REQUEST_STATUSES) {
    const refused = TABLE.flatMap((t) => WHO.map((who) => ({ t, who }))).filter(({ t, who }) => expectedOutcome(status, t, who) !== "moves");

    it(`from ${status}: every move the table does not give an actor is refused, and changes nothing`, async () => {
      const handle = await requestIn(status, suite.parties);
      const before = await storedRequest(suite.db, handle.id);
      const eventsBefore = await eventsOf(suite.db, handle.id);
      expect(before.status).toBe(status);

      const expected: Record<string, string> = {};
      const actual: Record<string, string> = {};
      for (const { t, who } of refused) {
        const key = `${t.name} by ${who}`;
        expected[key] = expectedOutcome(status, t, who);
        actual[key] = await attempt(who, handle, t);
      }
      expect(actual).toEqual(expected);
      expect(await storedRequest(suite.db, handle.id)).toEqual(before);
      expect(await eventsOf(suite.db, handle.id)).toEqual(eventsBefore);
    });

    const allowed = TABLE.flatMap((t) => EVERY_REQUEST_RELATION.map((who) => ({ t, who }))).filter(
      ({ t, who }) => expectedOutcome(status, t, who) === "moves",
    );
    for (const { t, who } of allowed) {
      it(`from ${status}: ${t.name} by ${who} moves the request`, async () => {
        const handle = await requestIn(status, suite.parties);
        // The execution reports need results on the measures first (their guards are tested below).
        if (status === "in_execution" && (t.name === "reportPartialExecution" || t.name === "reportExecution")) {
          await returnAllMeasures(suite.parties.officer, handle);
        }
        // And the transmission, a complete checklist (the gate is tested in checklists.test.ts).
        if (t.name === "transmit") await waiveMissingItems(suite.parties.manager, handle);
        const before = await storedRequest(suite.db, handle.id);
        const eventsBefore = await eventsOf(suite.db, handle.id);
        const to = t.to === "resume" ? "transmitted" : t.to; // requestIn asks its questions from transmitted

        const result = await transitionRequest(actors[who], { ...MOVE_DETAILS, requestId: handle.id, version: handle.version, transition: t.name });

        expect(result).toEqual({ status: to });
        const after = await storedRequest(suite.db, handle.id);
        expect(after).toMatchObject({ status: to, version: before.version + 1, updatedBy: actors[who].actor.id });
        const events = await eventsOf(suite.db, handle.id);
        expect(events).toHaveLength(eventsBefore.length + 1);
        expect(events.at(-1)).toMatchObject({
          action: t.name,
          fromStatus: status,
          toStatus: to,
          actorId: actors[who].actor.id,
          seq: before.headSeq + 1,
          visibility: PRE_TRANSMISSION_STATUSES.includes(status) && t.name !== "transmit" ? "internal" : "shared",
        });
        if (t.requires) expect(events.at(-1)!.data).toMatchObject({ text: MOVE_DETAILS.text });
      });
    }
  }
});

/**
 * The requested side's manager (REQUEST_PERMISSIONS): from transmission on they see the
 * request, comment on it and give it to an officer while it is open; the table gives them
 * no move (the refusals are in the matrix above).
 */
describe("the requested side's manager", () => {
  for (const status of REQUEST_STATUSES) {
    const transmitted = !PRE_TRANSMISSION_STATUSES.includes(status);
    const open = !FINAL_STATUSES.includes(status);
    const expected = !transmitted ? "does not see it" : open ? "sees it, comments and assigns it, and is offered no move" : "sees it and comments, but assigns no more";

    it(`from ${status}: ${expected}`, async () => {
      const manager = actors.requested_manager;
      const handle = await requestIn(status, suite.parties);
      const comment = () => addComment(manager, { requestId: handle.id, body: "Assigned within the day.", visibility: "shared" });
      const assign = () => assignHandler(manager, { requestId: handle.id, version: handle.version, userId: suite.parties.officer.actor.id });
      if (!transmitted) {
        await expect(getRequest(manager, handle.id)).rejects.toBeInstanceOf(NotFound);
        await expect(comment()).rejects.toBeInstanceOf(NotFound);
        await expect(assign()).rejects.toBeInstanceOf(NotFound);
        return;
      }
      const view = await getRequest(manager, handle.id);
      expect(view).toMatchObject({ relation: "requested_manager", side: "requested", transitions: [] });
      expect(view.can).toMatchObject({ comment: true, assignHandler: open, assignOwner: false, takeRequest: false, editDraft: false });
      await comment();
      if (open) {
        await assign();
        expect((await storedRequest(suite.db, handle.id)).assigneeId).toBe(suite.parties.officer.actor.id);
      } else {
        await expect(assign()).rejects.toMatchObject({ constructor: Conflict, code: "requestClosed" });
      }
    });
  }
});
