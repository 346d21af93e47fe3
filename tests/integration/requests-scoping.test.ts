import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { comments, requestEvents } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { Forbidden, Invalid, NotFound } from "@/lib/errors";
import { findCases, getCase } from "@/lib/requests/cases";
import { addComment } from "@/lib/requests/comment";
import { addPerson } from "@/lib/requests/draft-parts";
import { getRequest } from "@/lib/requests/get-request";
import { listRequests } from "@/lib/requests/list-requests";
import { createSupplementaryRequest } from "@/lib/requests/supplementary";
import {
  draftRequest, makeCase, move, requestIn, storedRequest, userCtx, waiveMissingItems, type Parties, type RequestHandle,
} from "../support/requests";
import { requestSuite } from "../support/request-suite";

/** Need to know (docs/product.md, "Roles" and "Security"): who sees which request, and which parts of it. */

const suite = requestSuite();
let colombianOfficer: Ctx;
let otherMagistrate: Ctx;
let otherManager: Ctx;
let admin: Ctx;
/** Requests of the Paris minors' unit to the Philippines, one per stage, and one to Colombia. */
let paris: Record<"draft" | "in_review" | "validated" | "transmitted" | "withdrawnEarly", RequestHandle>;
let parisToColombia: RequestHandle;
/** Requests of another French unit (the BEPI) to the Philippines. */
let bepiDraft: RequestHandle;
let bepiTransmitted: RequestHandle;

beforeAll(async () => {
  colombianOfficer = await userCtx(suite.db, "liaison_officer", "CO-FGN");
  otherMagistrate = await userCtx(suite.db, "magistrate", "FR-BEPI");
  otherManager = await userCtx(suite.db, "manager", "FR-BEPI");
  admin = await userCtx(suite.db, "admin");
  paris = {
    draft: await requestIn("draft", suite.parties),
    in_review: await requestIn("in_review", suite.parties),
    validated: await requestIn("validated", suite.parties),
    transmitted: await requestIn("transmitted", suite.parties),
    withdrawnEarly: await requestIn("withdrawn", suite.parties, { withdrawFrom: "validated" }),
  };
  parisToColombia = await draftRequest(suite.parties.magistrate, { fields: { requestedCountryCode: "CO", legalBasis: "bilateral_convention" } });
  await move(suite.parties.magistrate, parisToColombia, "submit");
  await move(suite.parties.manager, parisToColombia, "validate");
  await waiveMissingItems(suite.parties.manager, parisToColombia);
  await move(suite.parties.magistrate, parisToColombia, "transmit");
  const bepi: Parties = { magistrate: otherMagistrate, manager: otherManager, officer: suite.parties.officer };
  bepiDraft = await requestIn("draft", bepi);
  bepiTransmitted = await requestIn("transmitted", bepi);
});

const idsOf = async (ctx: Ctx, filters = {}) => (await listRequests(ctx, filters)).items.map((i) => i.id);
const all = () => [...Object.values(paris), parisToColombia, bepiDraft, bepiTransmitted];

/** Asserts that `ctx` sees exactly `visible` among this file's requests, in lists and by id. */
async function expectSees(ctx: Ctx, visible: RequestHandle[]) {
  const listed = await idsOf(ctx);
  for (const handle of all()) {
    const sees = visible.includes(handle);
    expect(listed.includes(handle.id), `${handle.reference} listed`).toBe(sees);
    if (sees) expect((await getRequest(ctx, handle.id)).request.id).toBe(handle.id);
    else await expect(getRequest(ctx, handle.id), `${handle.reference} opened`).rejects.toBeInstanceOf(NotFound);
  }
}

describe("who sees which request", () => {
  it("a magistrate sees every request of their unit, drafts included, and no other unit's", async () => {
    await expectSees(suite.parties.magistrate, [...Object.values(paris), parisToColombia]);
    await expectSees(otherMagistrate, [bepiDraft, bepiTransmitted]);
  });

  it("a manager sees the requests of the units they oversee", async () => {
    await expectSees(suite.parties.manager, [...Object.values(paris), parisToColombia]);
    await expectSees(otherManager, [bepiDraft, bepiTransmitted]);
  });

  it("a liaison officer sees only their country's requests, and only once transmitted", async () => {
    // A request withdrawn before transmission was never sent: it stays invisible.
    await expectSees(suite.parties.officer, [paris.transmitted, bepiTransmitted]);
    await expectSees(colombianOfficer, [parisToColombia]);
  });

  it("a manager receiving a country's requests sees them as its officers do, and no draft", async () => {
    await expectSees(suite.parties.requestedManager, [paris.transmitted, bepiTransmitted]);
  });

  it("a filter narrows an officer's list but never widens it", async () => {
    for (const filters of [{ country: "PH" }, { q: paris.transmitted.reference }, { country: "PH", q: "MLA" }, { status: "transmitted" }]) {
      const list = await listRequests(colombianOfficer, filters);
      expect(list.items.map((i) => i.id)).not.toContain(paris.transmitted.id);
      expect(list.items.every((i) => i.requestedCountryCode === "CO")).toBe(true);
    }
    expect((await listRequests(colombianOfficer, { country: "PH" })).total.count).toBe(0);
    expect(await idsOf(suite.parties.officer, { q: paris.draft.reference })).toEqual([]);
    expect(await idsOf(suite.parties.officer, { status: "draft" })).toEqual([]);
    expect(await idsOf(suite.parties.officer, { q: paris.transmitted.reference })).toEqual([paris.transmitted.id]);
  });

  it("an administrator sees no case content", async () => {
    await expect(listRequests(admin)).rejects.toBeInstanceOf(Forbidden);
    for (const handle of all()) await expect(getRequest(admin, handle.id)).rejects.toBeInstanceOf(NotFound);
  });

  it("an unknown or malformed id is simply not found", async () => {
    for (const id of ["6f1c2b7e-3f1a-4c8e-9a57-0d2c9b1e4a10", "not-a-uuid", "", "' or 1=1 --", `${paris.draft.id}x`]) {
      await expect(getRequest(suite.parties.magistrate, id)).rejects.toBeInstanceOf(NotFound);
      await expect(getCase(suite.parties.magistrate, id)).rejects.toBeInstanceOf(NotFound);
    }
  });
});

describe("what the requested side sees of a request", () => {
  it("each side's internal comments and events stay on its own side", async () => {
    const handle = await requestIn("transmitted", suite.parties);
    await addComment(suite.parties.magistrate, { requestId: handle.id, body: "Internal: the suspect's brother may be involved.", visibility: "internal" });
    await addComment(suite.parties.manager, { requestId: handle.id, body: "Shared: please confirm receipt.", visibility: "shared" });
    await addComment(suite.parties.officer, { requestId: handle.id, body: "Officer: received, translating.", visibility: "internal" });
    await addComment(suite.parties.officer, { requestId: handle.id, body: "Officer: receipt confirmed.", visibility: "shared" });

    const requesting = await getRequest(suite.parties.magistrate, handle.id);
    expect(requesting.comments.map((c) => c.body).sort()).toEqual([
      "Internal: the suspect's brother may be involved.",
      "Officer: receipt confirmed.",
      "Shared: please confirm receipt.",
    ]);
    expect(requesting.events.map((e) => e.action)).toEqual(
      expect.arrayContaining(["created", "measureAdded", "submit", "validate", "transmit", "commented"]),
    );
    expect(requesting.events.some((e) => e.visibility === "requested_internal")).toBe(false);

    const requested = await getRequest(suite.parties.officer, handle.id);
    expect(requested.comments.map((c) => c.body).sort()).toEqual([
      "Officer: receipt confirmed.",
      "Officer: received, translating.",
      "Shared: please confirm receipt.",
    ]);
    // The requested side's own notes are stored as such, never as the requesting side's.
    expect(requested.comments.find((c) => c.body.startsWith("Officer: received"))!.visibility).toBe("requested_internal");
    expect(requested.comments.every((c) => c.visibility !== "internal")).toBe(true);
    expect(requested.events.every((e) => e.visibility !== "internal")).toBe(true);
    expect(requested.events.map((e) => [e.action, e.visibility])).toEqual([
      ["transmit", "shared"],
      ["commented", "shared"],
      ["commented", "requested_internal"],
      ["commented", "shared"],
    ]);
    // The case title is the requesting side's own label; the case reference is in the letter.
    expect(requested.caseTitle).toBeNull();
    expect(requested.caseReference).toBe(requesting.caseReference);
    expect(requesting.caseTitle).not.toBeNull();
  });

  it("nothing is shared before transmission", async () => {
    const handle = await requestIn("validated", suite.parties);
    const commentCount = async () => (await suite.db.select().from(comments).where(eq(comments.requestId, handle.id))).length;
    const eventCount = async () => (await suite.db.select().from(requestEvents).where(eq(requestEvents.requestId, handle.id))).length;
    const [c0, e0] = [await commentCount(), await eventCount()];
    await expect(addComment(suite.parties.magistrate, { requestId: handle.id, body: "Dear colleagues…", visibility: "shared" })).rejects.toMatchObject({
      constructor: Invalid,
      fields: { visibility: ["sharedBeforeTransmission"] },
    });
    expect([await commentCount(), await eventCount()]).toEqual([c0, e0]);
    // The officer cannot even reach it.
    await expect(addComment(suite.parties.officer, { requestId: handle.id, body: "Hello" })).rejects.toBeInstanceOf(NotFound);
    await expect(addComment(colombianOfficer, { requestId: paris.transmitted.id, body: "Hello" })).rejects.toBeInstanceOf(NotFound);
    await expect(addComment(admin, { requestId: paris.transmitted.id, body: "Hello" })).rejects.toBeInstanceOf(NotFound);
    // An internal note before transmission is fine, and does not move the version.
    const before = await storedRequest(suite.db, handle.id);
    await addComment(suite.parties.magistrate, { requestId: handle.id, body: "Internal note" });
    expect((await storedRequest(suite.db, handle.id)).version).toBe(before.version);
    expect([await commentCount(), await eventCount()]).toEqual([c0 + 1, e0 + 1]);
  });

  it("minor victims appear by pseudonym unless the viewer has need to know", async () => {
    const handle = await draftRequest(suite.parties.magistrate);
    const victim = await addPerson(suite.parties.magistrate, {
      requestId: handle.id, version: handle.version, role: "victim", identity: "Maria R., born 2014", nationality: "Filipino", location: "Angeles City",
    });
    handle.version += 1;
    await addPerson(suite.parties.magistrate, { requestId: handle.id, version: handle.version, role: "suspect", identity: "Jean D." });
    handle.version += 1;
    expect(victim.pseudonym).toBe("V1");
    await move(suite.parties.magistrate, handle, "submit");
    await move(suite.parties.manager, handle, "validate");
    await waiveMissingItems(suite.parties.manager, handle);
    await move(suite.parties.magistrate, handle, "transmit");

    const victimAs = async (ctx: Ctx) => (await getRequest(ctx, handle.id)).persons.find((p) => p.role === "victim");
    expect(await victimAs(suite.parties.manager)).toMatchObject({ pseudonym: "V1", identity: null, nationality: "", location: "", identityHidden: true });
    expect(await victimAs(suite.parties.magistrate)).toMatchObject({ pseudonym: "V1", identity: "Maria R., born 2014", location: "Angeles City", identityHidden: false });
    expect(await victimAs(suite.parties.officer)).toMatchObject({ pseudonym: "V1", identity: "Maria R., born 2014", identityHidden: false });
    // Suspects are not hidden from the manager.
    expect((await getRequest(suite.parties.manager, handle.id)).persons.find((p) => p.role === "suspect")).toMatchObject({ identity: "Jean D." });
    // The audit trail names the pseudonym, never the identity.
    const trail = JSON.stringify(await suite.db.select().from(requestEvents).where(eq(requestEvents.requestId, handle.id)));
    expect(trail).toContain("V1");
    expect(trail).not.toContain("Maria");
  });

  it("a supplementary draft stays hidden from the requested side until it is itself transmitted", async () => {
    const parent = await requestIn("acknowledged", suite.parties);
    const child = await createSupplementaryRequest(suite.parties.magistrate, { parentRequestId: parent.id });
    const related = async (ctx: Ctx) => (await getRequest(ctx, parent.id)).related.map((r) => [r.id, r.kind]);
    expect(await related(suite.parties.magistrate)).toEqual([[child.id, "supplementary"]]);
    expect(await related(suite.parties.officer)).toEqual([]);
    await expect(getRequest(suite.parties.officer, child.id)).rejects.toBeInstanceOf(NotFound);
  });
});

describe("cases", () => {
  it("a case belongs to its unit: others get 404, the requested side and administrators 403", async () => {
    const kase = await makeCase(suite.parties.magistrate);
    const handle = await draftRequest(suite.parties.magistrate, { caseId: kase.id });
    for (const ctx of [suite.parties.magistrate, suite.parties.manager]) {
      const seen = await getCase(ctx, kase.id);
      expect(seen.requests.map((r) => r.id)).toEqual([handle.id]);
      expect((await findCases(ctx)).cases.map((c) => c.id)).toContain(kase.id);
    }
    for (const ctx of [otherMagistrate, otherManager]) {
      await expect(getCase(ctx, kase.id)).rejects.toBeInstanceOf(NotFound);
      expect((await findCases(ctx)).cases.map((c) => c.id)).not.toContain(kase.id);
    }
    for (const ctx of [suite.parties.officer, colombianOfficer, admin]) {
      await expect(getCase(ctx, kase.id)).rejects.toBeInstanceOf(Forbidden);
      await expect(findCases(ctx)).rejects.toBeInstanceOf(Forbidden);
    }
  });
});
