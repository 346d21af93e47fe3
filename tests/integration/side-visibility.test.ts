import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/context";
import { listDocuments } from "@/lib/documents/list";
import { uploadDocument } from "@/lib/documents/upload";
import { assignOwner } from "@/lib/requests/assign";
import { addComment } from "@/lib/requests/comment";
import { getRequest } from "@/lib/requests/get-request";
import { newSince } from "@/lib/work/new-since";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { PDF } from "../support/documents";
import { FIXED_NOW } from "../support/factories";
import { assignTo, bellOf, makeCast, personCtx, unreadableNotices, type Cast } from "../support/notifications";
import { requestIn, withManagerScope, type RequestHandle } from "../support/requests";

/**
 * Each side's internal notes stay on its side (docs/product.md, "Roles"): the requested
 * side's are never shown to the requesting side, the requesting side's never to the
 * requested side — in the thread, the timeline, the documents, the bell and "new since my
 * last visit". A manager who oversees both the requesting unit and the requested country
 * stands on the requesting side of such a request, and reads it as that side.
 */

let tdb: TestDatabase;
let cast: Cast;
/** A manager of the BEPI overseeing the Paris unit AND receiving the requests sent to the Philippines. */
let dualManager: Ctx;
beforeAll(async () => {
  tdb = await createTestDatabase();
  cast = await makeCast(tdb.db);
  dualManager = await withManagerScope(await personCtx(tdb.db, "manager", "FR-BEPI"), { unitCodes: ["FR-PARIS-MINORS"], countryCodes: ["PH"] });
});
afterAll(() => tdb?.destroy());

const HOUR = 3_600_000;
const at = (ctx: Ctx, hours: number): Ctx => ({ ...ctx, now: () => new Date(FIXED_NOW.getTime() + hours * HOUR) });
const requestingSide = () => [cast.magistrate, cast.colleague, cast.manager, cast.nationalManager, dualManager];
const requestedSide = () => [cast.officer, cast.secondOfficer, cast.requestedManager];

async function comment(ctx: Ctx, handle: RequestHandle, body: string, visibility: "internal" | "shared") {
  await addComment(ctx, { requestId: handle.id, body, visibility });
}

async function upload(ctx: Ctx, handle: RequestHandle, fileName: string, fields: { type: "annex" | "acknowledgement"; visibility?: "internal" | "shared" }) {
  await uploadDocument(ctx, { requestId: handle.id, version: handle.version, language: "fr", fileName, bytes: PDF, ...fields });
  handle.version += 1;
}

describe("on the request page", () => {
  let handle: RequestHandle;
  beforeAll(async () => {
    handle = await requestIn("acknowledged", cast);
    await assignOwner(cast.manager, { requestId: handle.id, version: handle.version, userId: cast.colleague.actor.id });
    handle.version += 1;
    await assignTo(cast.requestedManager, handle, cast.officer);
    await comment(cast.magistrate, handle, "R-internal: the brother may be involved.", "internal");
    await comment(dualManager, handle, "R-internal: the national view agrees.", "internal");
    await comment(cast.manager, handle, "Shared: please confirm the bank.", "shared");
    await comment(cast.officer, handle, "Q-internal: the bank is slow with us.", "internal");
    await comment(cast.requestedManager, handle, "Q-internal: escalate to the DOJ if need be.", "internal");
    await comment(cast.officer, handle, "Shared: the bank has been asked.", "shared");
    await upload(cast.magistrate, handle, "note-interne.pdf", { type: "annex", visibility: "internal" });
    await upload(cast.magistrate, handle, "annexe.pdf", { type: "annex", visibility: "shared" });
    await upload(cast.officer, handle, "receipt.pdf", { type: "acknowledgement" });
  });

  const SHARED = ["Shared: please confirm the bank.", "Shared: the bank has been asked."];
  const REQUESTING_INTERNAL = ["R-internal: the brother may be involved.", "R-internal: the national view agrees."];
  const REQUESTED_INTERNAL = ["Q-internal: the bank is slow with us.", "Q-internal: escalate to the DOJ if need be."];

  it("the requesting side reads its own notes and what is shared, never the requested side's notes", async () => {
    for (const viewer of requestingSide()) {
      const view = await getRequest(viewer, handle.id);
      expect(view.side, viewer.actor.email).toBe("requesting");
      expect(view.comments.map((c) => c.body).sort()).toEqual([...REQUESTING_INTERNAL, ...SHARED].sort());
      expect(view.events.filter((e) => e.visibility === "requested_internal")).toEqual([]);
      expect(view.events.map((e) => e.action)).toContain("ownerAssigned");
      expect(view.events.map((e) => e.action)).not.toContain("handlerAssigned");
      // Nor who handles it over there.
      expect(view.request.assigneeId).toBeNull();
      expect(view.inCharge?.id).toBe(cast.colleague.actor.id);
      const documents = await listDocuments(viewer, handle.id);
      expect(documents.map((d) => d.type).sort()).toEqual(["acknowledgement", "annex", "annex"]);
    }
  });

  it("the requested side reads its own notes and what is shared, never the requesting side's notes", async () => {
    for (const viewer of requestedSide()) {
      const view = await getRequest(viewer, handle.id);
      expect(view.side, viewer.actor.email).toBe("requested");
      expect(view.comments.map((c) => c.body).sort()).toEqual([...REQUESTED_INTERNAL, ...SHARED].sort());
      expect(view.events.filter((e) => e.visibility === "internal")).toEqual([]);
      expect(view.events.map((e) => e.action)).toContain("handlerAssigned");
      expect(view.events.map((e) => e.action)).not.toContain("ownerAssigned");
      expect(view.inCharge?.id).toBe(cast.officer.actor.id);
      const documents = await listDocuments(viewer, handle.id);
      expect(documents.map((d) => [d.type, d.visibility]).sort()).toEqual([["acknowledgement", "shared"], ["annex", "shared"]]);
    }
  });

  it("nobody was told of an event they may not read", async () => {
    expect(await unreadableNotices(tdb.db, handle.id)).toEqual([]);
  });
});

describe("in the bell and in \"new since my last visit\"", () => {
  /** The request's latest event this person may read, made by someone else since `since`; undefined when it is not listed. */
  const latestFor = async (ctx: Ctx, handle: RequestHandle, since: Date, hours: number) =>
    (await newSince(at(ctx, hours), since)).items.find((item) => item.id === handle.id)?.latest;

  it("a note of one side is news to that side only; a shared comment is news to both", async () => {
    const handle = await requestIn("transmitted", cast);
    await assignTo(cast.requestedManager, handle, cast.officer);
    const since = new Date(FIXED_NOW.getTime() + 0.5 * HOUR);

    await comment(at(cast.officer, 1), handle, "Q-internal: translation pending.", "internal");
    for (const reader of requestingSide()) expect(await latestFor(reader, handle, since, 1.5), reader.actor.email).toBeUndefined();
    for (const reader of [cast.secondOfficer, cast.requestedManager]) {
      expect(await latestFor(reader, handle, since, 1.5)).toMatchObject({ action: "commented" });
    }

    await comment(at(cast.magistrate, 2), handle, "R-internal: ask the BEPI.", "internal");
    await assignOwner(at(cast.manager, 3), { requestId: handle.id, version: handle.version, userId: cast.colleague.actor.id });
    handle.version += 1;
    expect(await latestFor(cast.officer, handle, since, 3.5)).toBeUndefined();
    // The requested side's latest news is still its own note, not the requesting side's.
    expect((await latestFor(cast.secondOfficer, handle, since, 3.5))?.at).toEqual(new Date(FIXED_NOW.getTime() + 1 * HOUR));

    await assignTo(at(cast.requestedManager, 4), handle, cast.secondOfficer);
    // The requesting side's latest news is the owner's change at 3 h, not the handler's at 4 h.
    for (const reader of [cast.magistrate, dualManager]) {
      expect(await latestFor(reader, handle, since, 4.5), reader.actor.email).toEqual({ action: "ownerAssigned", at: new Date(FIXED_NOW.getTime() + 3 * HOUR) });
    }

    await comment(at(cast.secondOfficer, 5), handle, "Shared: translation done.", "shared");
    for (const reader of [cast.magistrate, dualManager, cast.officer]) {
      expect(await latestFor(reader, handle, since, 5.5), reader.actor.email).toEqual({ action: "commented", at: new Date(FIXED_NOW.getTime() + 5 * HOUR) });
    }

    // The bell: internal notes tell nobody; each side heard only of what it may read.
    const bell = async (ctx: Ctx) => (await bellOf(ctx)).filter((n) => n.requestId === handle.id).map((n) => n.data.action);
    expect(await bell(cast.colleague)).toEqual(["ownerAssigned", "commented"]);
    expect(await bell(cast.secondOfficer)).toEqual(["transmit", "handlerAssigned"]);
    // The managers heard of the submission for review only (the dual manager as the unit's overseer).
    for (const person of [cast.manager, cast.nationalManager, dualManager]) expect(await bell(person), person.actor.email).toEqual(["submit"]);
    expect(await bell(cast.requestedManager)).toEqual([]);
    expect(await unreadableNotices(tdb.db, handle.id)).toEqual([]);
  });
});
