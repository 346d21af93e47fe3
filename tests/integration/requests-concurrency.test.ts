import { describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/context";
import { Conflict } from "@/lib/errors";
import { addComment } from "@/lib/requests/comment";
import { createRequest } from "@/lib/requests/create-request";
import { addMeasure, addPerson } from "@/lib/requests/draft-parts";
import { transitionRequest } from "@/lib/requests/transition-request";
import { updateDraft } from "@/lib/requests/update-draft";
import {
  COMPLETE_FIELDS, draftRequest, eventsOf, makeCase, MOVE_DETAILS, requestIn, storedRequest, userCtx,
  type RequestHandle,
} from "../support/requests";
import { requestSuite } from "../support/request-suite";

/** Concurrent writers to one request (docs/product.md, "Security"): exactly one wins, the others get a conflict. */

const suite = requestSuite();


/** Runs the writes at once and checks that exactly one won and every other got a stale conflict. */
async function race(handle: RequestHandle, writes: (() => Promise<unknown>)[]) {
  const before = await storedRequest(suite.db, handle.id);
  const eventsBefore = await eventsOf(suite.db, handle.id);
  const results = await Promise.allSettled(writes.map((write) => write()));
  const fulfilled = results.filter((r) => r.status === "fulfilled");
  const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
  expect(fulfilled).toHaveLength(1);
  for (const r of rejected) expect(r.reason).toMatchObject({ constructor: Conflict, code: "stale" });
  const after = await storedRequest(suite.db, handle.id);
  expect(after.version).toBe(before.version + 1);
  expect(await eventsOf(suite.db, handle.id)).toHaveLength(eventsBefore.length + 1);
  return { winner: results.indexOf(fulfilled[0]!), after };
}

const moveAt = (ctx: Ctx, handle: RequestHandle, transition: Parameters<typeof transitionRequest>[1]["transition"], extra = {}) => () =>
  transitionRequest(ctx, { ...MOVE_DETAILS, requestId: handle.id, version: handle.version, transition, ...extra });

describe("two people act on the same request at once", () => {
  it("two managers validate the same version: one validates, the other is told it changed", async () => {
    const handle = await requestIn("in_review", suite.parties);
    const secondManager = await userCtx(suite.db, "manager");
    const { winner, after } = await race(handle, [moveAt(suite.parties.manager, handle, "validate"), moveAt(secondManager, handle, "validate")]);
    expect(after.status).toBe("validated");
    expect(after.updatedBy).toBe([suite.parties.manager, secondManager][winner]!.actor.id);
    const validations = (await eventsOf(suite.db, handle.id)).filter((e) => e.action === "validate");
    expect(validations).toHaveLength(1);
  });

  it("a double-clicked submit submits once", async () => {
    const handle = await requestIn("draft", suite.parties);
    const { after } = await race(handle, [moveAt(suite.parties.magistrate, handle, "submit"), moveAt(suite.parties.magistrate, handle, "submit")]);
    expect(after.status).toBe("in_review");
  });

  it("a manager returns to draft while another validates: one of the two decisions stands", async () => {
    const handle = await requestIn("in_review", suite.parties);
    const secondManager = await userCtx(suite.db, "manager");
    const { winner, after } = await race(handle, [
      moveAt(suite.parties.manager, handle, "returnToDraft"),
      moveAt(secondManager, handle, "validate"),
    ]);
    expect(after.status).toBe(["draft", "validated"][winner]);
  });

  it("the requested side refuses while the requesting side withdraws: the request ends one way only", async () => {
    const handle = await requestIn("acknowledged", suite.parties);
    const { winner, after } = await race(handle, [
      moveAt(suite.parties.officer, handle, "refuse"),
      moveAt(suite.parties.magistrate, handle, "withdraw"),
      moveAt(suite.parties.officer, handle, "startExecution"),
    ]);
    expect(after.status).toBe(["refused", "withdrawn", "in_execution"][winner]);
  });

  it("two edits of the same draft version: one is saved, the other conflicts", async () => {
    const handle = await requestIn("draft", suite.parties);
    const { winner, after } = await race(handle, [
      () => updateDraft(suite.parties.magistrate, { ...COMPLETE_FIELDS, requestId: handle.id, version: handle.version, summaryOfFacts: "First" }),
      () => addMeasure(suite.parties.magistrate, { requestId: handle.id, version: handle.version, type: "subscriber_data", description: "Second" }),
      () => addPerson(suite.parties.magistrate, { requestId: handle.id, version: handle.version, role: "witness", identity: "Third" }),
    ]);
    if (winner === 0) expect(after.summaryOfFacts).toBe("First");
    else expect(after.summaryOfFacts).toBe(COMPLETE_FIELDS.summaryOfFacts);
  });

  it("a comment does not conflict with a move made at the same time", async () => {
    const handle = await requestIn("transmitted", suite.parties);
    const before = await storedRequest(suite.db, handle.id);
    const results = await Promise.allSettled([
      moveAt(suite.parties.officer, handle, "acknowledge")(),
      addComment(suite.parties.magistrate, { requestId: handle.id, body: "Any news?", visibility: "shared" }),
      addComment(suite.parties.officer, { requestId: handle.id, body: "Received." }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled"]);
    const after = await storedRequest(suite.db, handle.id);
    expect(after).toMatchObject({ status: "acknowledged", version: before.version + 1, headSeq: before.headSeq + 3 });
    const seqs = (await eventsOf(suite.db, handle.id)).map((e) => e.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  });
});

describe("stale versions", () => {
  it("an edit made on a version someone else has since changed is refused and changes nothing", async () => {
    const handle = await draftRequest(suite.parties.magistrate);
    const stale = handle.version;
    await updateDraft(suite.parties.magistrate, { ...COMPLETE_FIELDS, requestId: handle.id, version: stale, summaryOfFacts: "Newer facts" });
    const before = await storedRequest(suite.db, handle.id);
    const eventsBefore = await eventsOf(suite.db, handle.id);
    expect(before.version).toBe(stale + 1);

    const attempts = [
      () => updateDraft(suite.parties.magistrate, { ...COMPLETE_FIELDS, requestId: handle.id, version: stale, summaryOfFacts: "Older facts" }),
      () => addMeasure(suite.parties.magistrate, { requestId: handle.id, version: stale, type: "traffic_data", description: "Logs" }),
      () => transitionRequest(suite.parties.magistrate, { requestId: handle.id, version: stale, transition: "submit" }),
      () => transitionRequest(suite.parties.magistrate, { requestId: handle.id, version: stale + 5, transition: "submit" }),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ constructor: Conflict, code: "stale" });
    expect(await storedRequest(suite.db, handle.id)).toEqual(before);
    expect(await eventsOf(suite.db, handle.id)).toEqual(eventsBefore);
  });
});

describe("request references", () => {
  it("requests drafted at the same moment get distinct, consecutive references", async () => {
    const kase = await makeCase(suite.parties.magistrate);
    const first = await createRequest(suite.parties.magistrate, { ...COMPLETE_FIELDS, caseId: kase.id, requestedCountryCode: "RO", legalBasis: "european_investigation_order" });
    expect(first.reference).toBe("MLA-2026-FR-RO-0001");
    const created = await Promise.all(
      Array.from({ length: 5 }, () =>
        createRequest(suite.parties.magistrate, { ...COMPLETE_FIELDS, caseId: kase.id, requestedCountryCode: "RO", legalBasis: "european_investigation_order" }),
      ),
    );
    expect(created.map((c) => c.reference).sort()).toEqual([2, 3, 4, 5, 6].map((n) => `MLA-2026-FR-RO-000${n}`));
  });

  it("two first requests to a new country at once do not collide either", async () => {
    const kase = await makeCase(suite.parties.magistrate);
    const [a, b] = await Promise.all(
      [1, 2].map(() => createRequest(suite.parties.magistrate, { ...COMPLETE_FIELDS, caseId: kase.id, requestedCountryCode: "MG", legalBasis: "bilateral_convention" })),
    );
    expect([a!.reference, b!.reference].sort()).toEqual(["MLA-2026-FR-MG-0001", "MLA-2026-FR-MG-0002"]);
  });
});
