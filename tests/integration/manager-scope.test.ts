import type { SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requests } from "@/db/schema";
import { requestScopeCondition, requestScopeParts } from "@/lib/access/request-access";
import type { Ctx } from "@/lib/context";
import { loadDashboard } from "@/lib/dashboard/load-dashboard";
import { Invalid, NotFound } from "@/lib/errors";
import { exportRequests } from "@/lib/requests/export-requests";
import { getRequest } from "@/lib/requests/get-request";
import { listRequests } from "@/lib/requests/list-requests";
import { managerScope, setManagerScope } from "@/lib/users/manager-scope";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { unitId } from "../support/factories";
import {
  draftRequest, makeParties, move, reloaded, requestIn, userCtx, waiveMissingItems, withManagerScope, type Parties, type RequestHandle,
} from "../support/requests";

/**
 * Managers over more than their unit (docs/product.md, "Roles"): a scope row for a unit
 * adds that unit's requests, a row for a country adds the requests transmitted to it — in
 * lists, request pages, the dashboard and exports, through the one access policy. An
 * administrator's change takes effect on the manager's next request (the actor is re-read).
 */

let tdb: TestDatabase;
let paris: Parties;
let bepi: Parties;
let admin: Ctx;
/** A manager of the BEPI whose scope row adds the Paris minors' unit. */
let national: Ctx;
/** A manager of another Philippine unit whose scope row receives the requests sent to the Philippines. */
let receiving: Ctx;
let r: {
  parisDraft: RequestHandle; parisReview: RequestHandle; parisValidated: RequestHandle; parisSent: RequestHandle;
  parisAcknowledged: RequestHandle; parisToColombia: RequestHandle; bepiDraft: RequestHandle; bepiSent: RequestHandle;
};

beforeAll(async () => {
  tdb = await createTestDatabase();
  paris = await makeParties(tdb.db);
  bepi = { ...paris, magistrate: await userCtx(tdb.db, "magistrate", "FR-BEPI"), manager: await userCtx(tdb.db, "manager", "FR-BEPI") };
  admin = await userCtx(tdb.db, "admin");
  national = await withManagerScope(await userCtx(tdb.db, "manager", "FR-BEPI"), { unitCodes: ["FR-PARIS-MINORS"] });
  receiving = await withManagerScope(await userCtx(tdb.db, "manager", "PH-DOJ-OCSC"), { countryCodes: ["PH"] });
  const toColombia = await draftRequest(paris.magistrate, { fields: { requestedCountryCode: "CO", legalBasis: "bilateral_convention" } });
  await move(paris.magistrate, toColombia, "submit");
  await move(paris.manager, toColombia, "validate");
  await waiveMissingItems(paris.manager, toColombia);
  await move(paris.magistrate, toColombia, "transmit");
  r = {
    parisDraft: await requestIn("draft", paris),
    parisReview: await requestIn("in_review", paris),
    parisValidated: await requestIn("validated", paris),
    parisSent: await requestIn("transmitted", paris),
    parisAcknowledged: await requestIn("acknowledged", paris),
    parisToColombia: toColombia,
    bepiDraft: await requestIn("draft", bepi),
    bepiSent: await requestIn("transmitted", bepi),
  };
});
afterAll(() => tdb?.destroy());

const PARIS = () => [r.parisDraft, r.parisReview, r.parisValidated, r.parisSent, r.parisAcknowledged, r.parisToColombia];
const ids = (handles: RequestHandle[]) => handles.map((h) => h.id).sort();
const listed = async (ctx: Ctx, filters = {}) => (await listRequests(ctx, filters)).items.map((i) => i.id).sort();

/** Sees exactly `visible` of this file's requests, in the list, the export and by id, in the given relation. */
async function expectScope(ctx: Ctx, visible: RequestHandle[], relation: string) {
  expect(await listed(ctx)).toEqual(ids(visible));
  const exported = await exportRequests(ctx);
  expect(exported.rows).toHaveLength(visible.length);
  for (const handle of Object.values(r)) {
    if (visible.includes(handle)) expect((await getRequest(ctx, handle.id)).relation, handle.reference).toBe(relation === "own" ? "requesting_manager" : relation);
    else await expect(getRequest(ctx, handle.id), handle.reference).rejects.toBeInstanceOf(NotFound);
  }
}

describe("a scope row for a unit", () => {
  it("adds that unit's requests, drafts included, to the manager's own", async () => {
    await expectScope(national, [...PARIS(), r.bepiDraft, r.bepiSent], "requesting_manager");
    // The unit's own manager, without a row, sees their unit only.
    await expectScope(paris.manager, PARIS(), "requesting_manager");
  });

  it("counts in the dashboard, and its unit is a choice of the unit filter", async () => {
    const all = await loadDashboard(national, {});
    expect(all.headline.open).toBe(8);
    expect(all.countries.map((c) => [c.countryCode, c.open]).sort()).toEqual([["CO", 1], ["PH", 7]]);
    const parisOnly = await loadDashboard(national, { unit: await unitId(tdb.db, "FR-PARIS-MINORS") });
    expect(parisOnly.headline.open).toBe(6);
    // A unit outside the scope is refused, not ignored.
    await expect(loadDashboard(paris.manager, { unit: await unitId(tdb.db, "FR-BEPI") })).rejects.toMatchObject({
      constructor: Invalid,
      fields: { unit: ["unitOutOfScope"] },
    });
  });
});

describe("a scope row for a country", () => {
  it("adds the requests transmitted to that country, never a draft or one under review", async () => {
    await expectScope(receiving, [r.parisSent, r.parisAcknowledged, r.bepiSent], "requested_manager");
  });

  it("gives the delay dashboard for incoming requests", async () => {
    const incoming = await loadDashboard(receiving, { direction: "incoming" });
    expect(incoming.headline.open).toBe(3);
    expect(incoming.headline.waitingOnRequested).toBe(3);
    expect((await loadDashboard(receiving, { direction: "outgoing" })).headline.open).toBe(0);
  });

  it("times the incoming requests from their transmission: the requesting side's drafting and review stay its own", async () => {
    const states = new Set((await loadDashboard(receiving, { direction: "incoming" })).timeInState.map((s) => s.status));
    expect(states.has("transmitted")).toBe(true);
    for (const internal of ["draft", "in_review", "validated"] as const) expect(states.has(internal), internal).toBe(false);
    // The sending unit's own manager still sees its drafting and review.
    const sending = new Set((await loadDashboard(paris.manager, {})).timeInState.map((s) => s.status));
    expect(sending.has("in_review")).toBe(true);
  });

  it("a manager on both sides reads each request from one side only: their unit's requests are outgoing, not incoming", async () => {
    const dual = await withManagerScope(await userCtx(tdb.db, "manager", "FR-BEPI"), { unitCodes: ["FR-PARIS-MINORS"], countryCodes: ["PH"] });
    expect((await getRequest(dual, r.parisSent.id)).relation).toBe("requesting_manager");
    expect(await listed(dual, { direction: "outgoing" })).toEqual(ids([...PARIS(), r.bepiDraft, r.bepiSent]));
    // Every request sent to the Philippines here comes from a unit they oversee: none is incoming for them.
    expect.soft(await listed(dual, { direction: "incoming" })).toEqual([]);
    expect.soft((await loadDashboard(dual, { direction: "incoming" })).headline.open).toBe(0);
  });
});

describe("changing a scope", () => {
  it("is read back as set, and takes effect on the manager's next request", async () => {
    const manager = await withManagerScope(await userCtx(tdb.db, "manager", "FR-BEPI"), { unitCodes: ["FR-PARIS-MINORS"], countryCodes: ["PH"] });
    expect(await managerScope(admin, manager.actor.id)).toMatchObject({
      unitIds: [await unitId(tdb.db, "FR-PARIS-MINORS")],
      countryCodes: ["PH"],
    });
    expect(await listed(manager)).toContain(r.parisDraft.id);

    // The unit row goes: the next request no longer sees the Paris unit's requests.
    await setManagerScope(admin, { userId: manager.actor.id, unitIds: [], countryCodes: ["PH"] });
    const next = await reloaded(manager);
    await expect(getRequest(next, r.parisDraft.id)).rejects.toBeInstanceOf(NotFound);
    // The Paris requests sent to the Philippines are now seen from the requested side.
    expect((await getRequest(next, r.parisSent.id)).relation).toBe("requested_manager");
    expect(await listed(next)).toEqual(ids([r.bepiDraft, r.bepiSent, r.parisSent, r.parisAcknowledged]));
    expect((await loadDashboard(next, {})).headline.open).toBe(4);

    // And the country row: only their own unit's requests remain.
    await setManagerScope(admin, { userId: manager.actor.id, unitIds: [], countryCodes: [] });
    const last = await reloaded(manager);
    await expect(getRequest(last, r.parisSent.id)).rejects.toBeInstanceOf(NotFound);
    expect(await listed(last)).toEqual(ids([r.bepiDraft, r.bepiSent]));
    expect((await loadDashboard(last, {})).headline.open).toBe(2);
  });

  it("only an administrator sets a scope, and only for a manager", async () => {
    await expect(setManagerScope(national, { userId: national.actor.id, unitIds: [], countryCodes: ["PH"] })).rejects.toMatchObject({ status: 403 });
    await expect(setManagerScope(admin, { userId: paris.magistrate.actor.id, countryCodes: ["PH"] })).rejects.toBeInstanceOf(NotFound);
    await expect(setManagerScope(admin, { userId: national.actor.id, countryCodes: ["XX"] })).rejects.toMatchObject({
      constructor: Invalid,
      fields: { countryCodes: ["invalidChoice"] },
    });
    expect((await managerScope(admin, national.actor.id)).countryCodes).toEqual([]);
  });
});

describe("the scope in parts", () => {
  it("one part per unit and per receiving country, together exactly the scope (the list pages through each)", async () => {
    const dual = await withManagerScope(await userCtx(tdb.db, "manager", "FR-BEPI"), { unitCodes: ["FR-PARIS-MINORS"], countryCodes: ["PH"] });
    const selected = async (condition: SQL | undefined) =>
      (await tdb.db.select({ id: requests.id }).from(requests).where(condition)).map((row) => row.id).sort();
    const cases: [Ctx, number][] = [[paris.magistrate, 1], [paris.manager, 1], [paris.officer, 1], [national, 2], [receiving, 2], [dual, 3]];
    for (const [ctx, parts] of cases) {
      const name = `${ctx.actor.role} ${ctx.actor.unitName}`;
      expect(requestScopeParts(ctx.actor), name).toHaveLength(parts);
      const inParts = await Promise.all(requestScopeParts(ctx.actor).map(selected));
      // Disjoint too: a request in two parts would appear twice here.
      expect(inParts.flat().sort(), name).toEqual(await selected(requestScopeCondition(ctx.actor)));
    }
  });
});
