import { describe, expect, it } from "vitest";
import { boundedTotal, COUNT_LIMIT } from "@/lib/requests/list-requests";

describe("boundedTotal (lib/requests/list-requests.ts)", () => {
  it("shows a count within COUNT_LIMIT as it is, and as all there is", () => {
    expect(boundedTotal(19, 19)).toEqual({ count: 19, exact: true });
    expect(boundedTotal(COUNT_LIMIT)).toEqual({ count: COUNT_LIMIT, exact: true });
  });

  it("stops past COUNT_LIMIT: the limit, and not all", () => {
    expect(boundedTotal(COUNT_LIMIT + 1)).toEqual({ count: COUNT_LIMIT, exact: false });
  });

  it("never shows fewer than the page shows to exist (a request written between the two reads)", () => {
    // The count read 19; the rows, read a moment later, were 20 with one more page after them.
    expect(boundedTotal(19, 21)).toEqual({ count: 21, exact: true });
    expect(boundedTotal(COUNT_LIMIT, COUNT_LIMIT + 1)).toEqual({ count: COUNT_LIMIT, exact: false });
  });
});
