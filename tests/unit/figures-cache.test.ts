import { afterEach, describe, expect, it, vi } from "vitest";
import type { Ctx } from "@/lib/context";
import { keptStatistics, STATISTICS_FRESH_MS, STATISTICS_MAX_AGE_MS } from "@/lib/dashboard/figures-cache";

/**
 * The dashboard's kept statistics (lib/dashboard/figures-cache.ts) around computations that
 * end when the test says: a refresh served stale, one that fails, one that ends late. The
 * figures with the database are in tests/integration/dashboard-figures-cache.test.ts.
 */
let actors = 0;
/** A manager of their own for each test: entries are kept per actor, in the module. */
function managerAt(): (ms: number) => Ctx {
  const actor = { id: `manager-${++actors}`, role: "manager" } as unknown as Ctx["actor"];
  const start = Date.UTC(2026, 11, 1, 9);
  return (ms) => ({ actor, db: undefined as unknown as Ctx["db"], now: () => new Date(start + ms) });
}

/** A computation that ends when `settle` is called. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets the settled computations' callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => vi.restoreAllMocks());

describe("kept statistics", () => {
  it("past five minutes, are served while a refresh runs, one refresh at a time, then replaced by it", async () => {
    const at = managerAt();
    expect(await keptStatistics(at(0), {}, async () => "first")).toBe("first");
    const refresh = deferred<string>();
    const compute = vi.fn(() => refresh.promise);
    expect(await keptStatistics(at(STATISTICS_FRESH_MS), {}, compute)).toBe("first");
    expect(await keptStatistics(at(STATISTICS_FRESH_MS + 1_000), {}, compute)).toBe("first");
    expect(compute).toHaveBeenCalledTimes(1);
    refresh.resolve("second");
    await settle();
    expect(await keptStatistics(at(STATISTICS_FRESH_MS + 2_000), {}, async () => "never")).toBe("second");
  });

  it("keep being served after a failed refresh, and the next view tries again", async () => {
    const at = managerAt();
    await keptStatistics(at(0), {}, async () => "first");
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const failing = deferred<string>();
    expect(await keptStatistics(at(STATISTICS_FRESH_MS), {}, () => failing.promise)).toBe("first");
    failing.reject(new Error("database unreachable"));
    await settle();
    expect(logged).toHaveBeenCalledWith(expect.stringContaining("database unreachable"));
    const retry = vi.fn(async () => "second");
    expect(await keptStatistics(at(STATISTICS_FRESH_MS + 1_000), {}, retry)).toBe("first");
    expect(retry).toHaveBeenCalledTimes(1);
    await settle();
    expect(await keptStatistics(at(STATISTICS_FRESH_MS + 2_000), {}, async () => "never")).toBe("second");
  });

  it("a refresh ending after newer statistics were waited for does not replace them", async () => {
    const at = managerAt();
    await keptStatistics(at(0), {}, async () => "first");
    const late = deferred<string>();
    await keptStatistics(at(STATISTICS_FRESH_MS), {}, () => late.promise);
    // An hour on: the view waits for statistics of its own.
    expect(await keptStatistics(at(STATISTICS_MAX_AGE_MS), {}, async () => "an hour later")).toBe("an hour later");
    late.resolve("five minutes later");
    await settle();
    expect(await keptStatistics(at(STATISTICS_MAX_AGE_MS + 1_000), {}, async () => "never")).toBe("an hour later");
  });

  it("that failed while a view waited are not kept: the next view computes them", async () => {
    const at = managerAt();
    await expect(keptStatistics(at(0), {}, async () => Promise.reject(new Error("timeout")))).rejects.toThrow("timeout");
    await settle();
    expect(await keptStatistics(at(1_000), {}, async () => "computed")).toBe("computed");
  });

  it("are shared by the readers arriving while they are computed", async () => {
    const at = managerAt();
    const first = deferred<string>();
    const compute = vi.fn(() => first.promise);
    const readers = [keptStatistics(at(0), {}, compute), keptStatistics(at(10), {}, compute), keptStatistics(at(20), {}, compute)];
    first.resolve("shared");
    expect(await Promise.all(readers)).toEqual(["shared", "shared", "shared"]);
    expect(compute).toHaveBeenCalledTimes(1);
  });
});
