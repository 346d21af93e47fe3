import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/context";
import { Conflict } from "@/lib/errors";
import { addComment } from "@/lib/requests/comment";
import { createRequest } from "@/lib/requests/create-request";
import { addMeasure, addPerson } from "@/lib/requests/draft-parts";
import { transitionRequest } from "@/lib/requests/transition-request";
import { updateDraft } from "@/lib/requests/update-draft";
import { createTestDatabase, type TestDatabase } from "../support/database";
import {
  COMPLETE_FIELDS, draftRequest, eventsOf, makeCase, makeParties, MOVE_DETAILS, requestIn, storedRequest, userCtx,
  type Parties, type RequestHandle,
} from "../support/requests";

/** Concurrent writers to one request (DESIGN.md §6): exactly one wins, the others get a conflict. */

let tdb: TestDatabase;
let parties: Parties;

beforeAll(async () => {
  tdb = await createTestDatabase();
  parties = await makeParties(tdb.db);
});
afterAll(() => tdb.destroy());

/** Runs the writes at once and checks that exactly one won and every other got a stale conflict. */
async function race(handle: RequestHandle, writes: (() => Promise<unknown>)[]) {
  const before = await storedRequest(tdb.db, handle.id);
  const eventsBefore = await eventsOf(tdb.db, handle.id);
  const results = await Promise.allSettled(writes.map((write) => write()));
  const fulfilled = results.filter((r) => r.status === "fulfilled");
  const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
  expect(fulfilled).toHaveLength(1);
  for (const r of rejected) expect(r.reason).toMatchObject({ constructor: Conflict, code: "stale" });
  const after = await storedRequest(tdb.db, handle.id);
  expect(after.version).toBe(before.version + 1);
  expect(await eventsOf(tdb.db, handle.id)).toHaveLength(eventsBefore.length + 1);
  return { winner: results.indexOf(fulfilled[0]!), after };
}

const moveAt = (ctx: Ctx, handle: RequestHandle, transition: Parameters<typeof transitionRequest>[1]["transition"], extra = {}) => () =>
  transitionRequest(ctx, { ...MOVE_DETAILS, requestId: handle.id, version: handle.version, transition, ...extra });

describe("two people act on the same request at once", () => {
  it("two managers validate the same version: one validates, the other is told it changed", async () => {
    const handle = await requestIn("in_review", parties);
    const secondManager = await userCtx(tdb.db, "manager");
    const { winner, after } = await race(handle, [moveAt(parties.manager, handle, "validate"), moveAt(secondManager, handle, "validate")]);
    expect(after.status).toBe("validated");
    expect(after.updatedBy).toBe([parties.manager, secondManager][winner]!.actor.id);
    const validations = (await eventsOf(tdb.db, handle.id)).filter((e) => e.action === "validate");
    expect(validations).toHaveLength(1);
  });

  it("a double-clicked submit submits once", async () => {
    const handle = await requestIn("draft", parties);
    const { after } = await race(handle, [moveAt(parties.magistrate, handle, "submit"), moveAt(parties.magistrate, handle, "submit")]);
    expect(after.status).toBe("in_review");
  });

  it("a manager returns to draft while another validates: one of the two decisions stands", async () => {
    const handle = await requestIn("in_review", parties);
    const secondManager = await userCtx(tdb.db, "manager");
    const { winner, after } = await race(handle, [
      moveAt(parties.manager, handle, "returnToDraft"),
      moveAt(secondManager, handle, "validate"),
    ]);
    expect(after.status).toBe(["draft", "validated"][winner]);
  });

  it("the requested side refuses while the requesting side withdraws: the request ends one way only", async () => {
    const handle = await requestIn("acknowledged", parties);
    const { winner, after } = await race(handle, [
      moveAt(parties.officer, handle, "refuse"),
      moveAt(parties.magistrate, handle, "withdraw"),
      moveAt(parties.officer, handle, "startExecution"),
    ]);
    expect(after.status).toBe(["refused", "withdrawn", "in_execution"][winner]);
  });

  it("two edits of the same draft version: one is saved, the other conflicts", async () => {
    const handle = await requestIn("draft", parties);
    const { winner, after } = await race(handle, [
      () => updateDraft(parties.magistrate, { ...COMPLETE_FIELDS, requestId: handle.id, version: handle.version, summaryOfFacts: "First" }),
      () => addMeasure(parties.magistrate, { requestId: handle.id, version: handle.version, type: "subscriber_data", description: "Second" }),
      () => addPerson(parties.magistrate, { requestId: handle.id, version: handle.version, role: "witness", identity: "Third" }),
    ]);
    if (winner === 0) expect(after.summaryOfFacts).toBe("First");
    else expect(after.summaryOfFacts).toBe(COMPLETE_FIELDS.summaryOfFacts);
  });

  it("a comment does not conflict with a move made at the same time", async () => {
    const handle = await requestIn("transmitted", parties);
    const before = await storedRequest(tdb.db, handle.id);
    const results = await Promise.allSettled([
      moveAt(parties.officer, handle, "acknowledge")(),
      addComment(parties.magistrate, { requestId: handle.id, body: "Any news?", visibility: "shared" }),
      addComment(parties.officer, { requestId: handle.id, body: "Received." }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled"]);
    const after = await storedRequest(tdb.db, handle.id);
    expect(after).toMatchObject({ status: "acknowledged", version: before.version + 1, headSeq: before.headSeq + 3 });
    const seqs = (await eventsOf(tdb.db, handle.id)).map((e) => e.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  });
});

describe("stale versions", () => {
  it("an edit made on a version someone else has since changed is refused and changes nothing", async () => {
    const handle = await draftRequest(parties.magistrate);
    const stale = handle.version;
    await updateDraft(parties.magistrate, { ...COMPLETE_FIELDS, requestId: handle.id, version: stale, summaryOfFacts: "Newer facts" });
    const before = await storedRequest(tdb.db, handle.id);
    const eventsBefore = await eventsOf(tdb.db, handle.id);
    expect(before.version).toBe(stale + 1);

    const attempts = [
      () => updateDraft(parties.magistrate, { ...COMPLETE_FIELDS, requestId: handle.id, version: stale, summaryOfFacts: "Older facts" }),
      () => addMeasure(parties.magistrate, { requestId: handle.id, version: stale, type: "traffic_data", description: "Logs" }),
      () => transitionRequest(parties.magistrate, { requestId: handle.id, version: stale, transition: "submit" }),
      () => transitionRequest(parties.magistrate, { requestId: handle.id, version: stale + 5, transition: "submit" }),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ constructor: Conflict, code: "stale" });
    expect(await storedRequest(tdb.db, handle.id)).toEqual(before);
    expect(await eventsOf(tdb.db, handle.id)).toEqual(eventsBefore);
  });
});

describe("request references", () => {
  it("requests drafted at the same moment get distinct, consecutive references", async () => {
    const kase = await makeCase(parties.magistrate);
    const first = await createRequest(parties.magistrate, { ...COMPLETE_FIELDS, caseId: kase.id, requestedCountryCode: "RO", legalBasis: "european_investigation_order" });
    expect(first.reference).toBe("MLA-2026-FR-RO-0001");
    const created = await Promise.all(
      Array.from({ length: 5 }, () =>
        createRequest(parties.magistrate, { ...COMPLETE_FIELDS, caseId: kase.id, requestedCountryCode: "RO", legalBasis: "european_investigation_order" }),
      ),
    );
    expect(created.map((c) => c.reference).sort()).toEqual([2, 3, 4, 5, 6].map((n) => `MLA-2026-FR-RO-000${n}`));
  });

  it("two first requests to a new country at once do not collide either", async () => {
    const kase = await makeCase(parties.magistrate);
    const [a, b] = await Promise.all(
      [1, 2].map(() => createRequest(parties.magistrate, { ...COMPLETE_FIELDS, caseId: kase.id, requestedCountryCode: "MG", legalBasis: "bilateral_convention" })),
    );
    expect([a!.reference, b!.reference].sort()).toEqual(["MLA-2026-FR-MG-0001", "MLA-2026-FR-MG-0002"]);
  });
});
