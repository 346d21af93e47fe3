import { describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/context";
import { CASE_FILTER_OPTIONS, caseFilterOptions } from "@/lib/requests/cases";
import { makeCase, userCtx } from "../support/requests";
import { requestSuite } from "../support/request-suite";

/** The list's case filter offers the most recent cases of the scope, and the one chosen, never another unit's. */
const suite = requestSuite();
const at = (ctx: Ctx, minute: number): Ctx => ({ ...ctx, now: () => new Date(Date.UTC(2026, 2, 2, 9, minute)) });

describe("the case filter's options", () => {
  it("are the most recently active cases, the chosen one kept even when older, and nothing out of scope", async () => {
    const { magistrate } = suite.parties;
    const oldest = await makeCase(at(magistrate, 0));
    for (let i = 1; i <= CASE_FILTER_OPTIONS; i++) await makeCase(at(magistrate, i));
    const other = await makeCase(await userCtx(suite.db, "magistrate", "RO-PCAB"));

    const plain = await caseFilterOptions(magistrate, undefined);
    expect(plain).toHaveLength(CASE_FILTER_OPTIONS);
    expect(plain.map((c) => c.id)).not.toContain(oldest.id);

    const chosen = await caseFilterOptions(magistrate, oldest.id);
    expect(chosen).toHaveLength(CASE_FILTER_OPTIONS + 1);
    expect(chosen[0]!.id).toBe(oldest.id);

    expect((await caseFilterOptions(magistrate, other.id)).map((c) => c.id)).not.toContain(other.id);
    expect(await caseFilterOptions(magistrate, "not-a-uuid")).toHaveLength(CASE_FILTER_OPTIONS);
  });
});
