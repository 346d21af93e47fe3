import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cellsOf, matrixProblems } from "../e2e/authorization/cells";
import { compareWithMatrix, scanEndpoints } from "../e2e/authorization/inventory";
import { MATRIX, OBJECTS } from "../e2e/authorization/matrix";

/**
 * The authorization matrix (tests/e2e/authorization/matrix.ts) names every endpoint of app/:
 * a page, route handler or server action added without its row fails here, before the e2e
 * suite runs it over HTTP.
 */

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

describe("the authorization matrix", () => {
  it("lists every page, route handler and server action of app/, and nothing else", () => {
    const found = scanEndpoints(ROOT);
    const { missing, unknown } = compareWithMatrix(found, MATRIX.map((t) => t.key));
    expect(missing, "endpoints of app/ missing from tests/e2e/authorization/matrix.ts").toEqual([]);
    expect(unknown, "endpoints in the matrix that app/ no longer has").toEqual([]);
  });

  it("lists each endpoint once", () => {
    const keys = MATRIX.map((t) => t.key);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  it("gives every actor an outcome on exactly the objects it is tested on", () => {
    expect(matrixProblems(MATRIX)).toEqual([]);
    expect(() => cellsOf(MATRIX)).not.toThrow();
  });

  it("expects an allowed write only on the suite's own objects, never on the demo's", () => {
    const onDemo = cellsOf(MATRIX)
      .filter((cell) => cell.phase === "write" && cell.object !== null && OBJECTS[cell.object].source === "demo")
      .map((cell) => `${cell.target.key} × ${cell.actor} × ${cell.object}`);
    expect(onDemo).toEqual([]);
  });
});

describe("the endpoint scan", () => {
  it("finds route handlers' methods, pages by their URL and each export of a \"use server\" file", () => {
    const found = scanEndpoints(ROOT);
    expect(found).toContain("page /requests/[id]");
    expect(found).toContain("page /");
    expect(found).toContain("GET /api/documents/[id]");
    expect(found).toContain("POST /api/auth/[...nextauth]");
    expect(found).toContain("action app/(app)/requests/[id]/actions.ts#transitionAction");
    expect(found).toContain("action app/_lib/sign-out-action.ts#signOutAction");
    expect(found.filter((key) => key.startsWith("action app/_lib/action-state.ts"))).toEqual([]);
  });

  it("tells what the matrix lacks and what it names in excess", () => {
    expect(compareWithMatrix(["page /a", "page /b"], ["page /b", "page /c"])).toEqual({ missing: ["page /a"], unknown: ["page /c"] });
  });
});
