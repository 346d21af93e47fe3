import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/context";
import { loadDashboard } from "@/lib/dashboard/load-dashboard";
import { FIGURES_MAX_AGE_MS } from "@/lib/dashboard/figures-cache";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { draftRequest, move, userCtx } from "../support/requests";

/**
 * The dashboard keeps its figures while they hold (lib/dashboard/figures-cache.ts): the same
 * figures, not computed again, for the same manager and filters until a write to what they
 * count, a minute on the request's clock, or another actor.
 */
let tdb: TestDatabase;
let magistrate: Ctx;
let manager: Ctx;
let otherManager: Ctx;

beforeAll(async () => {
  tdb = await createTestDatabase();
  magistrate = await userCtx(tdb.db, "magistrate");
  manager = await userCtx(tdb.db, "manager");
  otherManager = await userCtx(tdb.db, "manager", "FR-BEPI");
  await draftRequest(magistrate);
}, 120_000);
afterAll(() => tdb?.destroy());

const later = (ctx: Ctx, ms: number): Ctx => ({ ...ctx, now: () => new Date(ctx.now().getTime() + ms) });

describe("the dashboard's kept figures", () => {
  it("are served again, not computed again, while nothing changes", async () => {
    const first = await loadDashboard(manager, {});
    expect(await loadDashboard(manager, {})).toBe(first);
    expect(await loadDashboard(later(manager, FIGURES_MAX_AGE_MS - 1_000), {})).toBe(first);
  });

  it("are shared by readers arriving while they are computed", async () => {
    const moved = later(manager, 5 * 60_000);
    const [a, b, c] = await Promise.all([loadDashboard(moved, {}), loadDashboard(moved, {}), loadDashboard(moved, {})]);
    expect(b).toBe(a);
    expect(c).toBe(a);
  });

  it("are computed again after a write to what they count, and count it", async () => {
    const before = await loadDashboard(manager, {});
    const handle = await draftRequest(magistrate);
    const after = await loadDashboard(manager, {});
    expect(after).not.toBe(before);
    expect(after.headline.open).toBe(before.headline.open + 1);

    await move(magistrate, handle, "submit");
    const submitted = await loadDashboard(manager, {});
    expect(submitted).not.toBe(after);
    expect(submitted.headline.waitingOnRequesting).toBe(after.headline.waitingOnRequesting);
  });

  it("notice a write made outside the application's verbs", async () => {
    const before = await loadDashboard(manager, {});
    await tdb.db.execute(sql`update units set name = name`);
    expect(await loadDashboard(manager, {})).not.toBe(before);
  });

  it("are computed again once a minute has passed, or for another moment", async () => {
    const first = await loadDashboard(manager, {});
    const aMinuteLater = await loadDashboard(later(manager, FIGURES_MAX_AGE_MS), {});
    expect(aMinuteLater).not.toBe(first);
    expect(aMinuteLater.now.getTime()).toBe(manager.now().getTime() + FIGURES_MAX_AGE_MS);
    expect(await loadDashboard(later(manager, -1_000), {})).not.toBe(first);
  });

  it("are another actor's or other filters' own", async () => {
    const mine = await loadDashboard(manager, {});
    const theirs = await loadDashboard(otherManager, {});
    expect(theirs).not.toBe(mine);
    expect(theirs.headline.open).toBe(0);
    expect(mine.headline.open).toBeGreaterThan(0);
    expect(await loadDashboard(manager, { country: "CO" })).not.toBe(mine);
  });
});
