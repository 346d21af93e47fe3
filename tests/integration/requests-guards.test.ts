import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import type { Relation } from "@/lib/access/request-access";
import type { Ctx } from "@/lib/context";
import { Forbidden, Invalid, NotFound } from "@/lib/errors";
import { getRequest } from "@/lib/requests/get-request";
import { reportMeasure } from "@/lib/requests/report-measure";
import { transitionRequest } from "@/lib/requests/transition-request";
import { TRANSITIONS, type Transition } from "@/lib/requests/transitions";
import { changeUserRole } from "@/lib/users/change-user-role";
import { actorFor, unitId } from "../support/factories";
import {
  draftRequest, eventsOf, move, MOVE_DETAILS, requestIn, storedRequest, userCtx, waiveMissingItems, type RequestHandle,
} from "../support/requests";
import { requestSuite } from "../support/request-suite";

/**
 * What a move needs besides being in the table (docs/product.md, "Lifecycle"): its guards, its required
 * text, the records it makes; and how bad input to a move is answered. A refused move
 * changes nothing.
 */

const suite = requestSuite();
let admin: Ctx;

beforeAll(async () => {
  admin = await userCtx(suite.db, "admin");
});

const TABLE = TRANSITIONS as readonly Transition[];
const byRelation = (): Record<Relation, Ctx> => ({
  requesting_magistrate: suite.parties.magistrate,
  requesting_manager: suite.parties.manager,
  requested_officer: suite.parties.officer,
  requested_manager: suite.parties.requestedManager,
});

/** Attempts a move expected to be refused, and checks that it changed nothing. */
async function expectRefused(handle: RequestHandle, attemptMove: () => Promise<unknown>, matcher: object) {
  const before = await storedRequest(suite.db, handle.id);
  const eventsBefore = await eventsOf(suite.db, handle.id);
  await expect(attemptMove()).rejects.toMatchObject(matcher);
  expect(await storedRequest(suite.db, handle.id)).toEqual(before);
  expect(await eventsOf(suite.db, handle.id)).toHaveLength(eventsBefore.length);
}

function moveAs(ctx: Ctx, handle: RequestHandle, transition: Transition["name"], details: object = {}) {
  return () => transitionRequest(ctx, { ...MOVE_DETAILS, requestId: handle.id, version: handle.version, transition, ...details });
}

describe("guards", () => {
  it("submitting an incomplete draft lists every missing part", async () => {
    const empty = { requestedAuthority: "", summaryOfFacts: "  ", offencesAndPenalties: "", contactPoint: "" };
    const handle = await draftRequest(suite.parties.magistrate, { fields: empty, measures: 0 });
    await expectRefused(handle, moveAs(suite.parties.magistrate, handle, "submit"), {
      constructor: Invalid,
      code: "draftIncomplete",
      fields: {
        requestedAuthority: ["required"],
        summaryOfFacts: ["required"],
        offencesAndPenalties: ["required"],
        contactPoint: ["required"],
        measures: ["atLeastOneMeasure"],
      },
    });
  });

  it("submitting a draft that lacks only a measure names only the measures", async () => {
    const handle = await draftRequest(suite.parties.magistrate, { measures: 0 });
    const error = await moveAs(suite.parties.magistrate, handle, "submit")().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).fields).toEqual({ measures: ["atLeastOneMeasure"] });
  });

  it("a manager never validates a request they drafted (four-eyes), though another manager may", async () => {
    const drafter = await userCtx(suite.db, "magistrate");
    const handle = await draftRequest(drafter);
    await move(drafter, handle, "submit");
    // The drafter becomes a manager of the same unit (the role is re-read on the next request).
    await changeUserRole(admin, { userId: drafter.actor.id, role: "manager", unitId: await unitId(suite.db, "FR-PARIS-MINORS") });
    const [user] = await suite.db.select().from(users).where(eq(users.id, drafter.actor.id));
    const promoted: Ctx = { ...drafter, actor: await actorFor(suite.db, user!) };
    expect(promoted.actor.role).toBe("manager");

    await expectRefused(handle, moveAs(promoted, handle, "validate"), { constructor: Forbidden, code: "notDrafter" });
    await move(suite.parties.manager, handle, "validate");
    expect((await storedRequest(suite.db, handle.id)).status).toBe("validated");
  });

  for (const transition of TABLE.filter((t) => t.requires)) {
    it(`${transition.name} without its ${transition.requires} is refused`, async () => {
      const from = transition.from[0]!;
      const handle = await requestIn(from, suite.parties);
      const actor = byRelation()[transition.by[0]!];
      for (const text of ["", "   "]) {
        await expectRefused(handle, moveAs(actor, handle, transition.name, { text }), {
          constructor: Invalid,
          fields: { text: [`${transition.requires}Required`] },
        });
      }
    });
  }

  it("acknowledging without the foreign reference is refused", async () => {
    const handle = await requestIn("transmitted", suite.parties);
    for (const foreignReference of ["", "  "]) {
      await expectRefused(handle, moveAs(suite.parties.officer, handle, "acknowledge", { foreignReference }), {
        constructor: Invalid,
        fields: { foreignReference: ["required"] },
      });
    }
    await move(suite.parties.officer, handle, "acknowledge");
    expect(await storedRequest(suite.db, handle.id)).toMatchObject({ status: "acknowledged", foreignReference: MOVE_DETAILS.foreignReference });
  });

  it("transmitting needs a channel and a date that is not in the future", async () => {
    // Drafted on 16 February and validated on 20 February, so that a transmission last week is plausible.
    const on = (ctx: Ctx, iso: string): Ctx => ({ ...ctx, now: () => new Date(iso) });
    const handle = await requestIn("validated", {
      magistrate: on(suite.parties.magistrate, "2026-02-16T09:00:00Z"),
      manager: on(suite.parties.manager, "2026-02-20T09:00:00Z"),
      officer: suite.parties.officer,
    });
    const m = suite.parties.magistrate;
    await expectRefused(handle, moveAs(m, handle, "transmit", { channel: undefined }), { constructor: Invalid, fields: { channel: ["required"] } });
    await expectRefused(handle, moveAs(m, handle, "transmit", { transmittedOn: "" }), { constructor: Invalid, fields: { transmittedOn: ["required"] } });
    await expectRefused(handle, moveAs(m, handle, "transmit", { transmittedOn: "2026-03-03" }), {
      constructor: Invalid,
      fields: { transmittedOn: ["dateInFuture"] },
    });
    // Nor before it was validated: the history would be inconsistent.
    for (const transmittedOn of ["2026-02-18", "2026-02-15", "1900-01-01"]) {
      await expectRefused(handle, moveAs(m, handle, "transmit", { transmittedOn }), {
        constructor: Invalid,
        fields: { transmittedOn: ["dateBeforeValidation"] },
      });
    }
    await expectRefused(handle, moveAs(m, handle, "transmit", { channel: "carrier_pigeon" }), { constructor: Invalid, fields: { channel: ["invalidChoice"] } });
    await expectRefused(handle, moveAs(m, handle, "transmit", { transmittedOn: "2026-02-30" }), { constructor: Invalid });

    // Sent last week (its checklist settled by the manager on validating it): recorded at
    // midday of that day, and visible to the requested side from then on.
    await waiveMissingItems(on(suite.parties.manager, "2026-02-20T09:30:00Z"), handle);
    await transitionRequest(m, { requestId: handle.id, version: handle.version, transition: "transmit", channel: "diplomatic", transmittedOn: "2026-02-24" });
    expect(await storedRequest(suite.db, handle.id)).toMatchObject({
      status: "transmitted",
      transmissionChannel: "diplomatic",
      transmittedAt: new Date("2026-02-24T12:00:00Z"),
    });
    expect((await getRequest(suite.parties.officer, handle.id)).request.status).toBe("transmitted");
  });

  it("transmitting 'today' follows the drafting unit's calendar, not UTC", async () => {
    const handle = await requestIn("validated", suite.parties);
    await waiveMissingItems(suite.parties.manager, handle);
    // 23:30 UTC on 2 March is already 3 March in Paris.
    const lateEvening = new Date("2026-03-02T23:30:00Z");
    const ctx: Ctx = { ...suite.parties.manager, now: () => lateEvening };
    await transitionRequest(ctx, { requestId: handle.id, version: handle.version, transition: "transmit", channel: "central_authority", transmittedOn: "2026-03-03" });
    expect(await storedRequest(suite.db, handle.id)).toMatchObject({ status: "transmitted", transmittedAt: lateEvening });
  });

  it("partial execution needs at least one returned measure", async () => {
    const handle = await draftAndRun(2);
    await expectRefused(handle, moveAs(suite.parties.officer, handle, "reportPartialExecution"), { constructor: Invalid, code: "noMeasureReturned" });
    await report(handle, handle.measureIds[0]!, "in_progress");
    await expectRefused(handle, moveAs(suite.parties.officer, handle, "reportPartialExecution"), { constructor: Invalid, code: "noMeasureReturned" });
    await report(handle, handle.measureIds[0]!, "returned");
    await move(suite.parties.officer, handle, "reportPartialExecution");
    expect((await storedRequest(suite.db, handle.id)).status).toBe("partially_executed");
  });

  it("execution is reported only once no measure is outstanding", async () => {
    const handle = await draftAndRun(2);
    await report(handle, handle.measureIds[0]!, "returned");
    await expectRefused(handle, moveAs(suite.parties.officer, handle, "reportExecution"), { constructor: Invalid, code: "measuresOutstanding" });
    await report(handle, handle.measureIds[1]!, "in_progress");
    await expectRefused(handle, moveAs(suite.parties.officer, handle, "reportExecution"), { constructor: Invalid, code: "measuresOutstanding" });
    await report(handle, handle.measureIds[1]!, "not_executable");
    await move(suite.parties.officer, handle, "reportExecution");
    expect((await storedRequest(suite.db, handle.id)).status).toBe("executed");
  });

  for (const origin of ["transmitted", "acknowledged", "in_execution", "partially_executed"] as const) {
    it(`answering a question asked in ${origin} returns the request to ${origin}`, async () => {
      const handle = await requestIn("information_requested", suite.parties, { questionFrom: origin });
      expect(await storedRequest(suite.db, handle.id)).toMatchObject({ status: "information_requested", resumeStatus: origin });
      await move(suite.parties.manager, handle, "answerInformation");
      expect(await storedRequest(suite.db, handle.id)).toMatchObject({ status: origin, resumeStatus: null });
      const last = (await eventsOf(suite.db, handle.id)).at(-1);
      expect(last).toMatchObject({ action: "answerInformation", fromStatus: "information_requested", toStatus: origin });
      // The request carries on from there, and a second question comes back to the same place.
      await move(suite.parties.officer, handle, "requestInformation");
      await move(suite.parties.magistrate, handle, "answerInformation");
      expect((await storedRequest(suite.db, handle.id)).status).toBe(origin);
    });
  }
});

describe("bad input to a move", () => {
  it("a transition that is not in the table is refused as invalid", async () => {
    const handle = await requestIn("draft", suite.parties);
    for (const transition of ["publish", "toString", "", "SUBMIT"]) {
      await expectRefused(handle, moveAs(suite.parties.magistrate, handle, transition as Transition["name"]), {
        constructor: Invalid,
        fields: { transition: ["invalidChoice"] },
      });
    }
  });

  it("an unknown request is not found; a malformed id or version is invalid", async () => {
    const unknown = "6f1c2b7e-3f1a-4c8e-9a57-0d2c9b1e4a10";
    await expect(
      transitionRequest(suite.parties.magistrate, { requestId: unknown, version: 1, transition: "submit" }),
    ).rejects.toBeInstanceOf(NotFound);
    await expect(
      transitionRequest(suite.parties.magistrate, { requestId: "1; drop table requests", version: 1, transition: "submit" }),
    ).rejects.toMatchObject({ constructor: Invalid, fields: { requestId: expect.any(Array) } });
    const handle = await requestIn("draft", suite.parties);
    for (const version of [0, -1, 1.5, "abc"]) {
      await expectRefused(handle, moveAs(suite.parties.magistrate, handle, "submit", { version }), {
        constructor: Invalid,
        fields: { version: expect.any(Array) },
      });
    }
  });

  it("an over-long text is refused and nothing is written", async () => {
    const handle = await requestIn("in_review", suite.parties);
    await expectRefused(handle, moveAs(suite.parties.manager, handle, "returnToDraft", { text: "x".repeat(20_001) }), {
      constructor: Invalid,
      fields: { text: ["tooLong"] },
    });
  });
});

/** A request with `measures` measures, transmitted, acknowledged and in execution. */
async function draftAndRun(measures: number): Promise<RequestHandle> {
  const handle = await draftRequest(suite.parties.magistrate, { measures });
  await move(suite.parties.magistrate, handle, "submit");
  await move(suite.parties.manager, handle, "validate");
  await waiveMissingItems(suite.parties.manager, handle);
  await move(suite.parties.magistrate, handle, "transmit");
  await move(suite.parties.officer, handle, "acknowledge");
  await move(suite.parties.officer, handle, "startExecution");
  return handle;
}

async function report(handle: RequestHandle, measureId: string, status: "in_progress" | "returned" | "not_executable") {
  await reportMeasure(suite.parties.officer, { requestId: handle.id, measureId, version: handle.version, status });
  handle.version += 1;
}
