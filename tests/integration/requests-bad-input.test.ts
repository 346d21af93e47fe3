import { describe, expect, it } from "vitest";
import { Conflict, Invalid } from "@/lib/errors";
import type { Ctx } from "@/lib/context";
import { addComment } from "@/lib/requests/comment";
import { createCase } from "@/lib/requests/create-case";
import { createRequest } from "@/lib/requests/create-request";
import { listRequests } from "@/lib/requests/list-requests";
import { transitionRequest } from "@/lib/requests/transition-request";
import { updateDraft } from "@/lib/requests/update-draft";
import {
  COMPLETE_FIELDS, draftRequest, makeCase, requestIn, storedRequest, userCtx,
} from "../support/requests";
import { requestSuite } from "../support/request-suite";

/**
 * Input that once reached the database and failed there (docs/product.md, "Security": "Bad input: a clear,
 * translated error; nothing half-written; never a 500"). Each test states what should happen.
 */

const suite = requestSuite();


describe("input the database cannot store is refused before it gets there", () => {
  // PostgreSQL text and jsonb cannot hold U+0000; zod lets it through, so the INSERT fails
  // with a driver error (DrizzleQueryError) instead of Invalid.
  it("a NUL character in a text field is refused as invalid input", async () => {
    const nul = "pasted\u0000text";
    const transmitted = await requestIn("transmitted", suite.parties);
    const attempts: [string, () => Promise<unknown>][] = [
      ["case title", () => createCase(suite.parties.magistrate, { reference: "NUL-1", title: nul, offences: "o" })],
      ["request summary", async () => createRequest(suite.parties.magistrate, { ...COMPLETE_FIELDS, caseId: (await makeCase(suite.parties.magistrate)).id, summaryOfFacts: nul })],
      ["comment body", () => addComment(suite.parties.magistrate, { requestId: transmitted.id, body: nul })],
      ["grounds of a refusal", () => transitionRequest(suite.parties.officer, { requestId: transmitted.id, version: transmitted.version, transition: "refuse", text: nul })],
      ["list search", () => listRequests(suite.parties.magistrate, { q: nul })],
    ];
    const outcomes: Record<string, string> = {};
    for (const [name, attempt] of attempts) {
      outcomes[name] = await attempt().then(
        () => "accepted",
        (e: unknown) => (e instanceof Invalid ? "Invalid" : `${(e as Error).constructor.name}`),
      );
    }
    expect(outcomes).toEqual({
      "case title": "Invalid",
      "request summary": "Invalid",
      "comment body": "Invalid",
      "grounds of a refusal": "Invalid",
      "list search": "Invalid",
    });
    expect((await storedRequest(suite.db, transmitted.id)).status).toBe("transmitted");
  });

  // z.iso.date() accepts year 0000, which PostgreSQL's date type rejects.
  it("a date in year 0000 is refused as invalid input", async () => {
    const handle = await draftRequest(suite.parties.magistrate);
    await expect(createCase(suite.parties.magistrate, { reference: "Y0-1", title: "t", offences: "o", hardDate: "0000-06-01" })).rejects.toBeInstanceOf(Invalid);
    await expect(
      updateDraft(suite.parties.magistrate, { ...COMPLETE_FIELDS, requestId: handle.id, version: handle.version, targetDate: "0000-06-01" }),
    ).rejects.toBeInstanceOf(Invalid);
  });
});

describe("concurrent case creation", () => {
  // create-case.ts checks the reference with a SELECT and then INSERTs. On PostgreSQL two
  // concurrent creations both pass the check and the second INSERT fails on the unique
  // index cases_unit_reference_idx with a raw driver error (a 500). It should be
  // Conflict("caseReferenceTaken"), as when the two are made one after the other.
  // (PGlite runs transactions one at a time, so it passes there.)
  it("two magistrates opening the same case number at once: one succeeds, the other gets a conflict", async () => {
    const colleague: Ctx = await userCtx(suite.db, "magistrate");
    for (let attempt = 0; attempt < 5; attempt++) {
      const reference = `RACE-${attempt}`;
      const results = await Promise.allSettled(
        [suite.parties.magistrate, colleague].map((ctx) => createCase(ctx, { reference, title: "Same case", offences: "o" })),
      );
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
      expect(refused.reason).toBeInstanceOf(Conflict);
      expect(refused.reason).toMatchObject({ code: "caseReferenceTaken" });
    }
  });
});
