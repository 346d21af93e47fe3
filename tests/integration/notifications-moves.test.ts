import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Relation } from "@/lib/access/request-access";
import type { Ctx } from "@/lib/context";
import { assignOwner, takeRequest } from "@/lib/requests/assign";
import { addComment } from "@/lib/requests/comment";
import { addMeasure } from "@/lib/requests/draft-parts";
import { reportMeasure } from "@/lib/requests/report-measure";
import { createSupplementaryRequest } from "@/lib/requests/supplementary";
import { TRANSITIONS, type Transition, type TransitionName } from "@/lib/requests/transitions";
import { PRE_TRANSMISSION_STATUSES } from "@/lib/requests/vocabulary";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { greeting, moveSubject } from "../support/mail-text";
import {
  assignTo, disable, idsOf, lastEvent, mailSince, makeCast, notifiedOf, outboxMark, personCtx, unreadableNotices, type Cast,
} from "../support/notifications";
import {
  COMPLETE_FIELDS, eventsOf, move, MOVE_DETAILS, requestIn, returnAllMeasures, waiveMissingItems, type RequestHandle,
} from "../support/requests";

/**
 * A notification for every move that hands over the ball (docs/product.md, "Owners and
 * notifications"), exactly to the person who now holds it: driven from the transition table,
 * with the audience of each move written out here independently of EVENT_AUDIENCE.
 */

let tdb: TestDatabase;
let cast: Cast;
beforeAll(async () => {
  tdb = await createTestDatabase();
  cast = await makeCast(tdb.db);
});
afterAll(() => tdb?.destroy());

const owner = (c: Cast) => [c.magistrate];
const nobody = () => [];
/**
 * Who is told of each move. Every request below is given to `officer` by the requested
 * side's manager as soon as it is transmitted, so "the assignee" is the officer; before
 * that, every officer of the Philippines hears of a transmission.
 */
const AUDIENCE: Record<TransitionName, (c: Cast) => Ctx[]> = {
  submit: (c) => [c.manager, c.nationalManager],
  returnToDraft: owner,
  validate: owner,
  transmit: (c) => [c.officer, c.secondOfficer],
  acknowledge: owner,
  startExecution: nobody,
  requestInformation: owner,
  answerInformation: (c) => [c.officer],
  reportPartialExecution: owner,
  reportExecution: owner,
  close: nobody,
  refuse: owner,
  withdraw: nobody,
};

const BY: Record<Relation, (c: Cast) => Ctx> = {
  requesting_magistrate: (c) => c.magistrate,
  requesting_manager: (c) => c.manager,
  requested_officer: (c) => c.officer,
  requested_manager: (c) => c.requestedManager,
};

/** The e-mails queued since `mark`: one per recipient, in their language, linking to the request and saying nothing of the case. */
async function expectMailTo(mark: number, people: Ctx[], handle: RequestHandle, action: Parameters<typeof moveSubject>[2]) {
  const mail = await mailSince(tdb.db, mark);
  expect(mail.map((m) => m.toAddress).sort()).toEqual(people.map((p) => p.actor.email).sort());
  for (const person of people) {
    const sent = mail.find((m) => m.toAddress === person.actor.email)!;
    expect(sent).toMatchObject({ locale: person.actor.locale, subject: moveSubject(person.actor.locale, handle.reference, action) });
    expect(sent.body.startsWith(greeting(person.actor.locale))).toBe(true);
    expect(sent.body).toContain(`/requests/${handle.id}`);
    for (const secret of [COMPLETE_FIELDS.summaryOfFacts, MOVE_DETAILS.text, "Remittances"]) expect(sent.body).not.toContain(secret);
  }
}

/** Makes the write, then returns its event and who was told of it. */
async function told(handle: RequestHandle, write: () => Promise<unknown>) {
  await write();
  const event = await lastEvent(tdb.db, handle.id);
  return { event, recipients: await notifiedOf(tdb.db, event.id) };
}

describe("every move of the table tells exactly whoever now holds the ball", () => {
  const cases = (TRANSITIONS as readonly Transition[]).flatMap((t) => t.from.flatMap((from) => t.by.map((by) => ({ t, from, by }))));

  for (const { t, from, by } of cases) {
    it(`${t.name} from ${from} by ${by}`, async () => {
      const handle = await requestIn(from, cast);
      if (!PRE_TRANSMISSION_STATUSES.includes(from)) await assignTo(cast.requestedManager, handle, cast.officer);
      if (t.name === "transmit") await waiveMissingItems(cast.manager, handle);
      if (from === "in_execution" && (t.name === "reportPartialExecution" || t.name === "reportExecution")) {
        await returnAllMeasures(cast.officer, handle);
      }
      const actor = BY[by](cast);
      const expected = AUDIENCE[t.name](cast).filter((p) => p !== actor);
      const mark = await outboxMark(tdb.db);

      const { event, recipients } = await told(handle, () => move(actor, handle, t.name));

      expect(event).toMatchObject({ action: t.name, actorId: actor.actor.id });
      expect(recipients).toEqual(idsOf(expected));
      expect(recipients).not.toContain(actor.actor.id);
      for (const outsider of [...Object.values(cast.outsiders), cast.requestedManager]) expect(recipients).not.toContain(outsider.actor.id);
      await expectMailTo(mark, expected, handle, t.name);
      expect(await unreadableNotices(tdb.db, handle.id)).toEqual([]);
    });
  }

  it("a question answered while nobody handles the request goes to every active officer of the country", async () => {
    const handle = await requestIn("information_requested", cast);
    const { recipients } = await told(handle, () => move(cast.magistrate, handle, "answerInformation"));
    expect(recipients).toEqual(idsOf([cast.officer, cast.secondOfficer]));
  });

  it("a supplementary request goes, once transmitted, to the officer handling its parent only", async () => {
    const parent = await requestIn("acknowledged", cast);
    await assignTo(cast.requestedManager, parent, cast.secondOfficer);
    const created = await createSupplementaryRequest(cast.magistrate, { parentRequestId: parent.id });
    const child: RequestHandle = { ...created, version: 1, measureIds: [] };
    await addMeasure(cast.magistrate, { requestId: child.id, version: child.version, type: "subscriber_data", description: "Subscriber of the number used." });
    child.version += 1;
    await move(cast.magistrate, child, "submit");
    await move(cast.manager, child, "validate");
    await waiveMissingItems(cast.manager, child);
    const mark = await outboxMark(tdb.db);
    const { recipients } = await told(child, () => move(cast.magistrate, child, "transmit"));
    expect(recipients).toEqual(idsOf([cast.secondOfficer]));
    await expectMailTo(mark, [cast.secondOfficer], child, "transmit");
  });
});

describe("when the person in charge is gone", () => {
  it("a disabled owner's notices go to the unit's managers, never to the one who acted", async () => {
    const leaving = await personCtx(tdb.db, "magistrate", "FR-PARIS-MINORS", { locale: "fr" });
    const handle = await requestIn("in_review", { ...cast, magistrate: leaving });
    await disable(leaving);
    // The validating manager is one of the managers the owner's notices fall back to: left out.
    const { recipients } = await told(handle, () => move(cast.manager, handle, "validate"));
    expect(recipients).toEqual(idsOf([cast.nationalManager]));
  });

  it("a disabled assignee's notices go to every active officer of the country", async () => {
    const leaving = await personCtx(tdb.db, "liaison_officer", "PH-DOJ-OOC");
    const handle = await requestIn("information_requested", cast);
    await assignTo(cast.requestedManager, handle, leaving);
    await disable(leaving);
    const { recipients } = await told(handle, () => move(cast.magistrate, handle, "answerInformation"));
    expect(recipients).toEqual(idsOf([cast.officer, cast.secondOfficer]));
  });
});

describe("other events that hand over the ball", () => {
  for (const [status, notifies] of [["returned", true], ["not_executable", true], ["in_progress", false]] as const) {
    it(`a measure reported ${status} ${notifies ? "tells the owner" : "tells nobody"}`, async () => {
      const handle = await requestIn("in_execution", cast);
      await assignTo(cast.requestedManager, handle, cast.officer);
      const mark = await outboxMark(tdb.db);
      const { event, recipients } = await told(handle, () =>
        reportMeasure(cast.officer, { requestId: handle.id, measureId: handle.measureIds[0]!, version: handle.version, status, resultNote: "Done." }),
      );
      expect(event).toMatchObject({ action: "measureReported", data: expect.objectContaining({ status }) });
      expect(recipients).toEqual(notifies ? idsOf([cast.magistrate]) : []);
      await expectMailTo(mark, notifies ? [cast.magistrate] : [], handle, "measureReported");
    });
  }

  it("a shared comment goes to the other side's person in charge; an internal one to nobody", async () => {
    const handle = await requestIn("acknowledged", cast);
    await assignTo(cast.requestedManager, handle, cast.officer);
    const comment = (ctx: Ctx, visibility: "internal" | "shared") => () =>
      addComment(ctx, { requestId: handle.id, body: "Où en est la demande ?", visibility });

    const fromRequesting = [cast.magistrate, cast.manager, cast.nationalManager];
    for (const author of fromRequesting) {
      const mark = await outboxMark(tdb.db);
      expect((await told(handle, comment(author, "shared"))).recipients).toEqual(idsOf([cast.officer]));
      await expectMailTo(mark, [cast.officer], handle, "commented");
      expect((await told(handle, comment(author, "internal"))).recipients).toEqual([]);
    }
    for (const author of [cast.officer, cast.requestedManager]) {
      expect((await told(handle, comment(author, "shared"))).recipients).toEqual(idsOf([cast.magistrate]));
      expect((await told(handle, comment(author, "internal"))).recipients).toEqual([]);
    }
    // The owner's own shared comment goes to the officer, never back to the owner.
    expect((await told(handle, comment(cast.magistrate, "shared"))).recipients).not.toContain(cast.magistrate.actor.id);
    expect(await unreadableNotices(tdb.db, handle.id)).toEqual([]);
  });

  it("a new owner or a new handler is told; the one before, the assigner and the others are not", async () => {
    const handle = await requestIn("acknowledged", cast);
    const mark = await outboxMark(tdb.db);
    const owned = await told(handle, () => assignOwner(cast.manager, { requestId: handle.id, version: handle.version, userId: cast.colleague.actor.id }));
    handle.version += 1;
    expect(owned.event.action).toBe("ownerAssigned");
    expect(owned.recipients).toEqual(idsOf([cast.colleague]));
    await expectMailTo(mark, [cast.colleague], handle, "ownerAssigned");

    const handled = await told(handle, () => assignTo(cast.requestedManager, handle, cast.secondOfficer));
    expect(handled.event.action).toBe("handlerAssigned");
    expect(handled.recipients).toEqual(idsOf([cast.secondOfficer]));
    const reassigned = await told(handle, () => assignTo(cast.requestedManager, handle, cast.officer));
    expect(reassigned.recipients).toEqual(idsOf([cast.officer]));

    // From now on the new owner hears of the requested side's moves, the former one no more.
    const asked = await told(handle, () => move(cast.officer, handle, "requestInformation"));
    expect(asked.recipients).toEqual(idsOf([cast.colleague]));
    expect(await unreadableNotices(tdb.db, handle.id)).toEqual([]);
  });

  it("an officer who takes a request is told nothing (they are the one who acted)", async () => {
    const handle = await requestIn("transmitted", cast);
    const { event, recipients } = await told(handle, () => takeRequest(cast.secondOfficer, { requestId: handle.id, version: handle.version }));
    expect(event).toMatchObject({ action: "handlerAssigned", data: expect.objectContaining({ userId: cast.secondOfficer.actor.id, taken: true }) });
    expect(recipients).toEqual([]);
  });

  it("nobody is ever told of a request's drafting or its checklist", async () => {
    const handle = await requestIn("validated", cast);
    await waiveMissingItems(cast.manager, handle);
    const quiet = (await eventsOf(tdb.db, handle.id)).filter((e) => ["created", "measureAdded", "checklistItemWaived"].includes(e.action));
    expect(quiet.length).toBeGreaterThanOrEqual(3);
    for (const event of quiet) expect(await notifiedOf(tdb.db, event.id), event.action).toEqual([]);
  });
});
