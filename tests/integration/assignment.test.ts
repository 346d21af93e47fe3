import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/context";
import { Conflict, Forbidden, Invalid, NotFound } from "@/lib/errors";
import { verifyAuditChains } from "@/lib/audit/verify";
import enBase from "@/lib/i18n/messages/en/base.json";
import frBase from "@/lib/i18n/messages/fr/base.json";
import { assignHandler, assignOwner, takeRequest } from "@/lib/requests/assign";
import { getRequest } from "@/lib/requests/get-request";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { disable, idsOf, makeCast, personCtx, type Cast } from "../support/notifications";
import { eventsOf, requestIn, storedRequest, userCtx, withManagerScope, type RequestHandle } from "../support/requests";

/**
 * Who is in charge of a request (docs/product.md, "Owners and notifications"): a manager of
 * the requesting unit gives it to one of its magistrates, a manager receiving the requested
 * country to one of its officers, and an officer may take it while nobody handles it. Bad
 * input gets a translated refusal and writes nothing.
 */

let tdb: TestDatabase;
let cast: Cast;
let people: {
  disabledMagistrate: Ctx;
  phMagistrate: Ctx;
  disabledOfficer: Ctx;
  phManagerWithoutScope: Ctx;
};
beforeAll(async () => {
  tdb = await createTestDatabase();
  cast = await makeCast(tdb.db);
  people = {
    disabledMagistrate: await personCtx(tdb.db, "magistrate", "FR-PARIS-MINORS"),
    phMagistrate: await personCtx(tdb.db, "magistrate", "PH-DOJ-OOC"),
    disabledOfficer: await personCtx(tdb.db, "liaison_officer", "PH-DOJ-OOC"),
    phManagerWithoutScope: await userCtx(tdb.db, "manager", "PH-DOJ-OCSC"),
  };
  await disable(people.disabledMagistrate);
  await disable(people.disabledOfficer);
});
afterAll(() => tdb?.destroy());

type Assign = typeof assignOwner;

/** Attempts an assignment expected to be refused: the refusal matches, and nothing was written. */
async function expectRefused(handle: RequestHandle, attempt: () => Promise<unknown>, matcher: object) {
  const before = await storedRequest(tdb.db, handle.id);
  const events = await eventsOf(tdb.db, handle.id);
  await expect(attempt()).rejects.toMatchObject(matcher);
  expect(await storedRequest(tdb.db, handle.id)).toEqual(before);
  expect(await eventsOf(tdb.db, handle.id)).toEqual(events);
}

const to = (verb: Assign, by: Ctx, handle: RequestHandle, person: Ctx | string, version = handle.version) => () =>
  verb(by, { requestId: handle.id, version, userId: typeof person === "string" ? person : person.actor.id });

/** The last event, and the request's chain still verifies. */
async function lastEventVerified(handle: RequestHandle) {
  expect((await verifyAuditChains(tdb.db, { requestId: handle.id })).problems).toEqual([]);
  return (await eventsOf(tdb.db, handle.id)).at(-1)!;
}

const outOfScope = { constructor: Invalid, fields: { userId: ["assigneeOutOfScope"] } };

describe("the owner, on the requesting side", () => {
  it("a manager of the unit, or one whose scope includes it, gives the request to another magistrate of the unit", async () => {
    const handle = await requestIn("acknowledged", cast);
    expect((await storedRequest(tdb.db, handle.id)).ownerId).toBe(cast.magistrate.actor.id);
    const view = await getRequest(cast.manager, handle.id);
    expect(view.can.assignOwner).toBe(true);
    expect(view.candidates.map((c) => c.id).sort()).toEqual(idsOf([cast.magistrate, cast.colleague]));

    const before = await storedRequest(tdb.db, handle.id);
    await to(assignOwner, cast.manager, handle, cast.colleague)();
    handle.version += 1;
    expect(await storedRequest(tdb.db, handle.id)).toMatchObject({ ownerId: cast.colleague.actor.id, version: before.version + 1 });
    expect(await lastEventVerified(handle)).toMatchObject({
      action: "ownerAssigned",
      visibility: "internal",
      actorId: cast.manager.actor.id,
      data: { userId: cast.colleague.actor.id, name: cast.colleague.actor.name },
    });
    expect((await getRequest(cast.colleague, handle.id)).inCharge).toMatchObject({ id: cast.colleague.actor.id, active: true });

    // The national view's manager may too; one event per assignment.
    const count = (await eventsOf(tdb.db, handle.id)).length;
    await to(assignOwner, cast.nationalManager, handle, cast.magistrate)();
    handle.version += 1;
    expect(await eventsOf(tdb.db, handle.id)).toHaveLength(count + 1);
    expect((await storedRequest(tdb.db, handle.id)).ownerId).toBe(cast.magistrate.actor.id);
  });

  it("only to an active magistrate of the requesting unit, and not to the one already in charge", async () => {
    const handle = await requestIn("in_review", cast);
    for (const person of [cast.outsiders.otherUnitMagistrate, people.disabledMagistrate, people.phMagistrate, cast.officer, cast.manager, cast.nationalManager]) {
      await expectRefused(handle, to(assignOwner, cast.manager, handle, person), outOfScope);
    }
    await expectRefused(handle, to(assignOwner, cast.manager, handle, "6f1c2b7e-3f1a-4c8e-9a57-0d2c9b1e4a10"), outOfScope);
    await expectRefused(handle, to(assignOwner, cast.manager, handle, "not-an-id"), { constructor: Invalid, fields: { userId: ["invalidChoice"] } });
    await expectRefused(handle, to(assignOwner, cast.manager, handle, cast.magistrate), {
      constructor: Invalid,
      fields: { userId: ["alreadyInCharge"] },
    });
  });

  it("only by a requesting manager, on a request that is still open, at the version they read", async () => {
    const handle = await requestIn("transmitted", cast);
    for (const by of [cast.magistrate, cast.colleague, cast.officer, cast.requestedManager]) {
      await expectRefused(handle, to(assignOwner, by, handle, cast.colleague), { constructor: Forbidden });
    }
    for (const by of [cast.outsiders.otherUnitManager, cast.outsiders.otherUnitMagistrate, cast.outsiders.otherCountryOfficer]) {
      await expectRefused(handle, to(assignOwner, by, handle, cast.colleague), { constructor: NotFound });
    }
    await expectRefused(handle, to(assignOwner, cast.manager, handle, cast.colleague, handle.version - 1), { constructor: Conflict, code: "stale" });
    const withdrawn = await requestIn("withdrawn", cast);
    await expectRefused(withdrawn, to(assignOwner, cast.manager, withdrawn, cast.colleague), { constructor: Conflict, code: "requestClosed" });
  });
});

describe("the handler, on the requested side", () => {
  it("a manager receiving the country gives the request to one of its officers, on the requested side's own trail", async () => {
    const handle = await requestIn("transmitted", cast);
    const view = await getRequest(cast.requestedManager, handle.id);
    expect(view.can).toMatchObject({ assignHandler: true, assignOwner: false, takeRequest: false });
    expect(view.candidates.map((c) => c.id).sort()).toEqual(idsOf([cast.officer, cast.secondOfficer]));
    expect(view.inCharge).toBeNull();

    await to(assignHandler, cast.requestedManager, handle, cast.secondOfficer)();
    handle.version += 1;
    expect((await storedRequest(tdb.db, handle.id)).assigneeId).toBe(cast.secondOfficer.actor.id);
    expect(await lastEventVerified(handle)).toMatchObject({
      action: "handlerAssigned",
      visibility: "requested_internal",
      actorId: cast.requestedManager.actor.id,
      data: { userId: cast.secondOfficer.actor.id, name: cast.secondOfficer.actor.name },
    });
    expect((await getRequest(cast.officer, handle.id)).inCharge).toMatchObject({ id: cast.secondOfficer.actor.id });
    // The requesting side does not learn who handles it over there.
    const requesting = await getRequest(cast.magistrate, handle.id);
    expect(requesting.request.assigneeId).toBeNull();
    expect(requesting.inCharge).toMatchObject({ id: cast.magistrate.actor.id });

    // Reassigned: a second event.
    await to(assignHandler, cast.requestedManager, handle, cast.officer)();
    handle.version += 1;
    expect(await lastEventVerified(handle)).toMatchObject({ action: "handlerAssigned", data: { userId: cast.officer.actor.id } });
  });

  it("only to an active officer of the requested country, and not to the one already in charge", async () => {
    const handle = await requestIn("acknowledged", cast);
    for (const person of [cast.outsiders.otherCountryOfficer, people.disabledOfficer, people.phMagistrate, cast.requestedManager, cast.magistrate]) {
      await expectRefused(handle, to(assignHandler, cast.requestedManager, handle, person), outOfScope);
    }
    await to(assignHandler, cast.requestedManager, handle, cast.officer)();
    handle.version += 1;
    await expectRefused(handle, to(assignHandler, cast.requestedManager, handle, cast.officer), {
      constructor: Invalid,
      fields: { userId: ["alreadyInCharge"] },
    });
  });

  it("only by a manager receiving the country, once transmitted, while open, at the version they read", async () => {
    const handle = await requestIn("transmitted", cast);
    for (const by of [cast.manager, cast.nationalManager, cast.magistrate, cast.officer]) {
      await expectRefused(handle, to(assignHandler, by, handle, cast.officer), { constructor: Forbidden });
    }
    for (const by of [people.phManagerWithoutScope, cast.outsiders.otherUnitManager, cast.outsiders.otherCountryOfficer]) {
      await expectRefused(handle, to(assignHandler, by, handle, cast.officer), { constructor: NotFound });
    }
    await expectRefused(handle, to(assignHandler, cast.requestedManager, handle, cast.officer, handle.version + 1), {
      constructor: Conflict,
      code: "stale",
    });
    // Before transmission the requested side does not know the request exists.
    const validated = await requestIn("validated", cast);
    await expectRefused(validated, to(assignHandler, cast.requestedManager, validated, cast.officer), { constructor: NotFound });
    const refused = await requestIn("refused", cast);
    await expectRefused(refused, to(assignHandler, cast.requestedManager, refused, cast.officer), { constructor: Conflict, code: "requestClosed" });
  });
});

describe("an officer takes a request", () => {
  const take = (by: Ctx, handle: RequestHandle, version = handle.version) => () => takeRequest(by, { requestId: handle.id, version });

  it("while nobody handles it; afterwards another officer is told it is taken", async () => {
    const handle = await requestIn("transmitted", cast);
    expect((await getRequest(cast.officer, handle.id)).can.takeRequest).toBe(true);
    await take(cast.officer, handle)();
    handle.version += 1;
    expect((await storedRequest(tdb.db, handle.id)).assigneeId).toBe(cast.officer.actor.id);
    expect(await lastEventVerified(handle)).toMatchObject({
      action: "handlerAssigned",
      visibility: "requested_internal",
      actorId: cast.officer.actor.id,
      data: { userId: cast.officer.actor.id, taken: true },
    });
    expect((await getRequest(cast.secondOfficer, handle.id)).can.takeRequest).toBe(false);
    await expectRefused(handle, take(cast.secondOfficer, handle), { constructor: Conflict, code: "alreadyAssigned" });
    await expectRefused(handle, take(cast.officer, handle), { constructor: Conflict, code: "alreadyAssigned" });
  });

  it("two officers at once: one takes it, the other gets a conflict and nothing of theirs is written", async () => {
    const handle = await requestIn("acknowledged", cast);
    const before = await eventsOf(tdb.db, handle.id);
    const results = await Promise.allSettled([take(cast.officer, handle)(), take(cast.secondOfficer, handle)()]);
    const won = results.findIndex((r) => r.status === "fulfilled");
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const winner = [cast.officer, cast.secondOfficer][won]!;
    const loser = [cast.officer, cast.secondOfficer][1 - won]!;
    // Both read the same version: the loser is told the request changed (409), then, reloading, that it is taken.
    expect((results[1 - won] as PromiseRejectedResult).reason).toMatchObject({ constructor: Conflict, code: "stale" });
    expect(await eventsOf(tdb.db, handle.id)).toHaveLength(before.length + 1);
    expect((await storedRequest(tdb.db, handle.id)).assigneeId).toBe(winner.actor.id);
    handle.version += 1;
    await expectRefused(handle, take(loser, handle), { constructor: Conflict, code: "alreadyAssigned" });
  });

  it("only an officer of the requested country, on an open request; a manager's assignment counts as taken", async () => {
    const handle = await requestIn("transmitted", cast);
    for (const by of [cast.magistrate, cast.manager, cast.requestedManager]) {
      await expectRefused(handle, take(by, handle), { constructor: Forbidden });
    }
    await expectRefused(handle, take(cast.outsiders.otherCountryOfficer, handle), { constructor: NotFound });
    await to(assignHandler, cast.requestedManager, handle, cast.secondOfficer)();
    handle.version += 1;
    await expectRefused(handle, take(cast.officer, handle), { constructor: Conflict, code: "alreadyAssigned" });
    const closed = await requestIn("closed", cast);
    await expectRefused(closed, take(cast.officer, closed), { constructor: Conflict, code: "requestClosed" });
  });
});

describe("refusals", () => {
  it("each refusal has its sentence in both languages", () => {
    for (const code of ["assigneeOutOfScope", "alreadyInCharge", "requestClosed", "alreadyAssigned", "stale"]) {
      for (const messages of [enBase, frBase]) expect((messages.errors as Record<string, unknown>)[code], code).toMatch(/\w{3}/);
    }
  });

  it("a manager whose scope no longer covers the unit can no longer assign (read on their next request)", async () => {
    const handle = await requestIn("in_review", cast);
    const national = await withManagerScope(await userCtx(tdb.db, "manager", "FR-BEPI"), { unitCodes: ["FR-PARIS-MINORS"] });
    expect((await getRequest(national, handle.id)).can.assignOwner).toBe(true);
    const withdrawnScope = await withManagerScope(national, {});
    await expectRefused(handle, to(assignOwner, withdrawnScope, handle, cast.colleague), { constructor: NotFound });
  });
});
