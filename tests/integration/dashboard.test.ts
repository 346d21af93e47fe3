import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/context";
import { ageingFigures } from "@/lib/dashboard/ageing";
import { dashboardCsvTable } from "@/lib/dashboard/csv-tables";
import { resolveDashboardFilters, type DashboardFilterInput } from "@/lib/dashboard/filters";
import { loadDashboard } from "@/lib/dashboard/load-dashboard";
import { Forbidden, Invalid } from "@/lib/errors";
import { exportRequests } from "@/lib/requests/export-requests";
import { listRequests, type ListFilters } from "@/lib/requests/list-requests";
import { transitionRequest, type TransitionInput } from "@/lib/requests/transition-request";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { FIXED_NOW, unitId } from "../support/factories";
import {
  draftRequest, makeCase, MOVE_DETAILS, returnAllMeasures, userCtx, waiveMissingItems, type RequestHandle,
} from "../support/requests";

/**
 * The dashboard against a small history with known answers, written through the real verbs
 * at fixed moments (days before NOW, at 09:00 UTC). Paris (FR-PARIS-MINORS) has nine
 * requests to the Philippines and two to Colombia; the BEPI has one overdue request to
 * the Philippines that no Paris figure may count.
 */
const NOW = FIXED_NOW;
const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);
const at = (ctx: Ctx, days: number): Ctx => ({ ...ctx, now: () => ago(days) });
const parisDay = (date: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(date);

let tdb: TestDatabase;
let paris: { magistrate: Ctx; manager: Ctx };
let bepi: { magistrate: Ctx; manager: Ctx };
let officers: Record<"PH" | "CO", Ctx>;
const made: Record<string, RequestHandle> = {};

type Step = [TransitionInput["transition"], daysAgo: number];

/** A request of `side`'s unit, created `createdAgo` days before NOW, then moved step by step. */
async function story(key: string, side: typeof paris, country: "PH" | "CO", createdAgo: number, steps: Step[], caseId?: string) {
  const fields = country === "CO" ? { requestedCountryCode: "CO", legalBasis: "bilateral_convention" as const } : {};
  const handle = await draftRequest(at(side.magistrate, createdAgo), { fields, caseId });
  for (const [transition, daysAgo] of steps) {
    const requested = ["acknowledge", "startExecution", "reportExecution", "refuse"].includes(transition);
    const actor = transition === "validate" ? side.manager : requested ? officers[country] : side.magistrate;
    if (transition === "transmit") await waiveMissingItems(at(side.manager, daysAgo), handle);
    if (transition === "reportExecution") await returnAllMeasures(at(officers[country], daysAgo), handle);
    await transitionRequest(at(actor, daysAgo), {
      ...MOVE_DETAILS,
      transmittedOn: parisDay(ago(daysAgo)),
      requestId: handle.id,
      version: handle.version,
      transition,
    });
    handle.version += 1;
  }
  made[key] = handle;
}

const sent = (created: number, transmitted: number): Step[] => [["submit", created - 1], ["validate", created - 2], ["transmit", transmitted]];

beforeAll(async () => {
  tdb = await createTestDatabase();
  paris = { magistrate: await userCtx(tdb.db, "magistrate"), manager: await userCtx(tdb.db, "manager") };
  bepi = { magistrate: await userCtx(tdb.db, "magistrate", "FR-BEPI"), manager: await userCtx(tdb.db, "manager", "FR-BEPI") };
  officers = { PH: await userCtx(tdb.db, "liaison_officer", "PH-DOJ-OOC"), CO: await userCtx(tdb.db, "liaison_officer", "CO-FGN") };
  const trial = (await makeCase(at(paris.magistrate, 101), { hardDate: "2026-04-01", hardDateLabel: "Trial" })).id;

  // Acknowledged 10, 12, 20 and 12 days after transmission within the last 12 months (median 12);
  // executed 100 and 140 days after transmission (median 120).
  await story("ph1", paris, "PH", 300, [...sent(300, 295), ["acknowledge", 285], ["startExecution", 280], ["reportExecution", 195], ["close", 190]]);
  await story("ph2", paris, "PH", 200, [...sent(200, 196), ["acknowledge", 184], ["startExecution", 180], ["reportExecution", 56]]);
  await story("ph3", paris, "PH", 100, [...sent(100, 96), ["acknowledge", 76]], trial);
  await story("co1", paris, "CO", 100, [["submit", 95], ["validate", 90], ["transmit", 88], ["acknowledge", 76]]);
  // Acknowledged 100 days after transmission, but 396 days ago: outside the last 12 months.
  await story("ph4", paris, "PH", 500, [...sent(500, 496), ["acknowledge", 396], ["withdraw", 390]]);
  await story("co2", paris, "CO", 400, [...sent(400, 397), ["refuse", 380]]);
  await story("ph5", paris, "PH", 130, sent(130, 100)); // acknowledgement due 70 days ago: overdue
  await story("ph6", paris, "PH", 25, sent(25, 20)); // acknowledgement due in 10 days
  await story("ph7", paris, "PH", 10, []);
  await story("ph8", paris, "PH", 45, [["submit", 1]]); // review due within 5 working days
  await story("ph9", paris, "PH", 400, []);
  await story("bepi", bepi, "PH", 150, sent(150, 140)); // another unit's overdue request
}, 240_000);
afterAll(() => tdb?.destroy());

const dashboard = (filters: DashboardFilterInput = {}, ctx = paris.manager) => loadDashboard(ctx, filters);
const ids = (...keys: string[]) => keys.map((k) => made[k]!.id).sort();
async function listed(ctx: Ctx, filters: ListFilters): Promise<string[]> {
  return (await listRequests(ctx, filters)).items.map((i) => i.id).sort();
}

describe("headline figures", () => {
  it("count open, overdue, soon due and waiting requests now, and the median delays of the last 12 months", async () => {
    const { headline } = await dashboard();
    expect(headline).toMatchObject({
      open: 8,
      overdue: 1,
      dueWithin14Days: 2,
      waitingOnRequested: 4,
      waitingOnRequesting: 4,
      medianDaysToAcknowledgement: 12,
      acknowledgedCount: 4,
      medianDaysToExecution: 120,
      executedCount: 2,
    });
  });

  it("each count is the request list's own filter", async () => {
    const m = paris.manager;
    expect(await listed(m, { stage: "open" })).toEqual(ids("ph2", "ph3", "ph5", "ph6", "ph7", "ph8", "ph9", "co1"));
    expect(await listed(m, { due: "overdue" })).toEqual(ids("ph5"));
    expect(await listed(m, { due: "14" })).toEqual(ids("ph6", "ph8"));
    expect(await listed(m, { stage: "requested_side" })).toEqual(ids("ph3", "ph5", "ph6", "co1"));
    expect(await listed(m, { stage: "requesting_side" })).toEqual(ids("ph2", "ph7", "ph8", "ph9"));
  });

  it("with a period, the medians cover the requests created in it, whenever acknowledged", async () => {
    const day = parisDay(ago(500));
    const { headline } = await dashboard({ from: day, to: day });
    expect(headline).toMatchObject({ open: 0, medianDaysToAcknowledgement: 100, acknowledgedCount: 1, medianDaysToExecution: null });
    expect(await listed(paris.manager, { from: day, to: day })).toEqual(ids("ph4"));
  });
});

describe("by requested country", () => {
  it("counts requests, open, overdue and refused, with the median days of each state", async () => {
    const { countries } = await dashboard();
    expect(countries.map((c) => c.countryCode)).toEqual(["CO", "PH"]);
    const [co, ph] = countries;
    expect(ph).toMatchObject({ requests: 9, open: 7, overdue: 1, transmitted: 6, refused: 0, refusedShare: 0 });
    expect(co).toMatchObject({ requests: 2, open: 1, overdue: 0, transmitted: 2, refused: 1, refusedShare: 0.5 });
    // CO1 waited 12 days for its acknowledgement and is acknowledged since 76; CO2 was refused after 17.
    expect(co!.medianDays).toMatchObject({ transmitted: 14.5, acknowledged: 76 });
    expect(await listed(paris.manager, { country: "PH", due: "overdue" })).toEqual(ids("ph5"));
    expect(await listed(paris.manager, { country: "CO", status: "refused" })).toEqual(ids("co2"));
  });
});

describe("time in state", () => {
  it("measures each stay until the next change of state, the current one until now", async () => {
    const co = (await dashboard()).timeInState.filter((s) => s.countryCode === "CO");
    const byState = Object.fromEntries(co.map((s) => [s.status, { stays: s.stays, median: s.medianDays, average: s.averageDays }]));
    expect(byState).toEqual({
      draft: { stays: 2, median: 3, average: 3 },
      in_review: { stays: 2, median: 3, average: 3 },
      validated: { stays: 2, median: 1.5, average: 1.5 },
      transmitted: { stays: 2, median: 14.5, average: 14.5 },
      acknowledged: { stays: 1, median: 76, average: 38 },
    });
  });
});

describe("ageing", () => {
  it("puts each open request in its age bucket and state, as the list's age filter does", async () => {
    const cells = (await ageingFigures(paris.manager, await resolveDashboardFilters(paris.manager, {}))).map(
      (c) => `${c.bucket}:${c.status}:${c.requests}`,
    );
    expect(cells.sort()).toEqual(
      ["lt30:transmitted:1", "lt30:draft:1", "30to90:in_review:1", "90to180:acknowledged:2", "90to180:transmitted:1", "180to365:executed:1", "gt365:draft:1"].sort(),
    );
    expect(await listed(paris.manager, { stage: "open", age: "90to180" })).toEqual(ids("ph3", "ph5", "co1"));
    expect(await listed(paris.manager, { status: "draft", age: "gt365" })).toEqual(ids("ph9"));
  });
});

describe("breach forecast", () => {
  it("lists the deadlines of the next 30 days, soonest first, and the requests at risk against the hard date", async () => {
    const { forecast } = await dashboard();
    expect(forecast.dueSoon.total).toBe(2);
    expect(forecast.dueSoon.rows.map((r) => r.id)).toEqual([made.ph8!.id, made.ph6!.id]);
    expect(forecast.atRisk.total).toBe(1);
    expect(forecast.atRisk.rows[0]).toMatchObject({ id: made.ph3!.id, caseHardDate: "2026-04-01" });
    expect(await listed(paris.manager, { atRisk: "1" })).toEqual(ids("ph3"));
    // A magistrate's scope is their unit's requests: the same request, by the scope condition alone.
    expect(await listed(paris.magistrate, { atRisk: "1" })).toEqual(ids("ph3"));
  });
});

describe("scope", () => {
  it("a manager never counts another unit's requests", async () => {
    const parisFigures = await dashboard();
    expect(parisFigures.countries.reduce((n, c) => n + c.requests, 0)).toBe(11);
    const bepiFigures = await dashboard({}, bepi.manager);
    expect(bepiFigures.headline).toMatchObject({ open: 1, overdue: 1, waitingOnRequested: 1 });
    expect(bepiFigures.countries).toMatchObject([{ countryCode: "PH", requests: 1, overdue: 1 }]);
  });

  it("a unit outside the scope is refused, never widened to", async () => {
    const bepiUnit = await unitId(tdb.db, "FR-BEPI");
    const refusal = await dashboard({ unit: bepiUnit }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(Invalid);
    expect((refusal as Invalid).fields).toEqual({ unit: ["unitOutOfScope"] });
    // The list only narrows: the other unit's requests stay out of sight.
    expect((await listRequests(paris.manager, { unit: bepiUnit })).total.count).toBe(0);
    const own = await dashboard({ unit: await unitId(tdb.db, "FR-PARIS-MINORS") });
    expect(own.headline.open).toBe(8);
  });

  it("only managers see the dashboard and its exports", async () => {
    for (const ctx of [paris.magistrate, officers.PH]) {
      await expect(dashboard({}, ctx)).rejects.toBeInstanceOf(Forbidden);
      await expect(dashboardCsvTable(ctx, "countries", {})).rejects.toBeInstanceOf(Forbidden);
    }
  });
});

describe("bad filters", () => {
  const cases: [string, DashboardFilterInput, Record<string, string[]>][] = [
    ["an inverted period", { from: "2026-02-01", to: "2026-01-01" }, { to: ["periodInverted"] }],
    ["a period over 20 years", { from: "1995-01-01", to: "2026-01-01" }, { to: ["periodTooLong"] }],
    ["a date before 1990", { from: "1900-01-01" }, { from: ["dateOutOfRange"] }],
    ["a date that does not exist", { to: "2026-02-30" }, { to: ["invalidDate"] }],
    ["a country not in the reference data", { country: "XX" }, { country: ["unknownCountry"] }],
    ["a country name instead of a code", { country: "France" }, { country: ["invalidChoice"] }],
    ["an unknown legal basis", { legalBasis: "treaty" } as unknown as DashboardFilterInput, { legalBasis: ["invalidChoice"] }],
    ["a malformed unit", { unit: "paris" }, { unit: ["invalidChoice"] }],
  ];
  for (const [name, filters, fields] of cases) {
    it(`refuses ${name}, naming the field`, async () => {
      const error = await dashboard(filters).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Invalid);
      expect((error as Invalid).fields).toEqual(fields);
    });
  }

  it("the list refuses the same periods, and the hard-date filter to the requested side", async () => {
    await expect(listRequests(paris.manager, { from: "2026-02-01", to: "2026-01-01" })).rejects.toBeInstanceOf(Invalid);
    await expect(listRequests(officers.PH, { atRisk: "1" })).rejects.toBeInstanceOf(Invalid);
  });
});

describe("exports", () => {
  it("a dashboard table has the page's figures, in the manager's language", async () => {
    const table = await dashboardCsvTable(paris.manager, "countries", { country: "PH" });
    expect(table.header.slice(0, 8)).toEqual(["Country code", "Country", "Requests", "Open", "Overdue", "Transmitted", "Refused", "Share refused (%)"]);
    // Median days transmitted [10, 12, 20, 20, 100, 100], acknowledged [4, 5, 6, 76], in execution [85, 124].
    expect(table.rows).toEqual([["PH", "Philippines", 9, 7, 1, 6, 0, 0, 20, 5.5, 104.5, null, null]]);
  });

  it("the request list export follows the list's scope and filters, without the hard-date risk for the requested side", async () => {
    const manager = await exportRequests(paris.manager, { country: "PH", due: "overdue" });
    expect(manager.rows.map((r) => r[0])).toEqual([made.ph5!.reference]);
    expect(manager.header.at(-1)).toBe("At risk (hard date)");
    const officer = await exportRequests(officers.PH, {});
    expect(officer.rows.map((r) => r[0]).sort()).toEqual(
      ["ph1", "ph2", "ph3", "ph4", "ph5", "ph6", "bepi"].map((k) => made[k]!.reference).sort(),
    );
    expect(officer.header).not.toContain("At risk (hard date)");
  });
});
