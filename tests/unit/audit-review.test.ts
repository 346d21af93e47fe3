import { describe, expect, it } from "vitest";
import { reviewFilters } from "@/lib/audit/review";
import { Conflict, Forbidden, Invalid, NotFound } from "@/lib/errors";
import { isRefusal, pathOnly } from "@/lib/security/record";

describe("what a refused access records", () => {
  it("counts 404 and 403 as refusals, nothing else", () => {
    expect(isRefusal(new NotFound())).toBe(true);
    expect(isRefusal(new Forbidden("documentTypeForbidden"))).toBe(true);
    expect(isRefusal(new Invalid())).toBe(false);
    expect(isRefusal(new Conflict("stale"))).toBe(false);
    expect(isRefusal(new Error("boom"))).toBe(false);
  });

  it("keeps the path only: no query string (a search may quote case content), no fragment, no control characters", () => {
    expect(pathOnly("/requests?q=Pampanga%20victim&status=draft")).toBe("/requests");
    expect(pathOnly("/requests/abc#documents")).toBe("/requests/abc");
    expect(pathOnly("/cases\n/forged\u0000line")).toBe("/cases/forgedline");
    expect(pathOnly(`/${"x".repeat(1000)}`)).toHaveLength(300);
    expect(pathOnly("")).toBe("");
  });
});

describe("the review's filters", () => {
  const parse = (raw: Record<string, string>) => reviewFilters.safeParse(raw);

  it("treat empty values as no filter and start at page 1", () => {
    expect(parse({ actor: "", reference: " ", action: "", from: "", to: "" }).data).toEqual({ page: 1 });
  });

  it("accept an action name, a period and a page", () => {
    expect(parse({ action: "signInFailed", from: "2026-01-01", to: "2026-01-31", page: "3", actor: " Claire " }).data).toEqual({
      action: "signInFailed", from: "2026-01-01", to: "2026-01-31", page: 3, actor: "Claire",
    });
  });

  it("refuse an action that is no name, an inverted period and a page out of range", () => {
    const issues = (raw: Record<string, string>) => parse(raw).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues({ action: "x' or 1=1" })).toEqual([["action", "invalidChoice"]]);
    expect(issues({ from: "2026-02-01", to: "2026-01-01" })).toEqual([["to", "periodInverted"]]);
    expect(parse({ page: "0" }).success).toBe(false);
    expect(parse({ actor: "a".repeat(201) }).success).toBe(false);
  });
});
