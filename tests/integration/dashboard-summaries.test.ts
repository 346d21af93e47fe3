import { and, asc, count, eq, isNotNull, notInArray, or, sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestEvents, requestMilestones, requests, requestStays } from "@/db/schema";
import { requestingScopeCondition } from "@/lib/access/request-access";
import type { Ctx } from "@/lib/context";
import { dashboardCondition, resolveDashboardFilters, type DashboardFilterInput, type DashboardFilters } from "@/lib/dashboard/filters";
import { headlineFigures, medianWindow } from "@/lib/dashboard/headline";
import { countWhere, daysBetween, roundDays, timestampParam } from "@/lib/dashboard/sql";
import { ACKNOWLEDGED, EXECUTED, SUMMARY_BACKFILL_SQL } from "@/lib/dashboard/summaries";
import { timeInState } from "@/lib/dashboard/time-in-state";
import { addComment } from "@/lib/requests/comment";
import { transitionRequest, type TransitionInput } from "@/lib/requests/transition-request";
import { FINAL_STATUSES, type RequestStatus } from "@/lib/requests/vocabulary";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { FIXED_NOW } from "../support/factories";
import { draftRequest, MOVE_DETAILS, returnAllMeasures, userCtx, waiveMissingItems, withManagerScope, type RequestHandle } from "../support/requests";

/**
 * The dashboard's summaries (request_stays, request_milestones), kept by appendEvent, against
 * what the audit trail itself says: after a history written through the real verbs at
 * different moments (questions and answers, refusals, withdrawals, comments), the stored rows
 * are those computed from request_events, and the figures read from them are those the
 * events give directly (the dashboard's former queries, kept here as the reference).
 */
const DAY = 86_400_000;
const ago = (days: number) => new Date(FIXED_NOW.getTime() - days * DAY);
const at = (ctx: Ctx, days: number): Ctx => ({ ...ctx, now: () => ago(days) });
const parisDay = (date: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(date);

let tdb: TestDatabase;
let paris: { magistrate: Ctx; manager: Ctx };
let bepi: { magistrate: Ctx; manager: Ctx };
let officers: Record<"PH" | "CO", Ctx>;
/** A Philippine manager receiving the requests sent to the Philippines: the requested side's view. */
let receiving: Ctx;
/** A Paris manager who also oversees the BEPI and receives for Colombia: both sides at once. */
let wide: Ctx;

type Step = [TransitionInput["transition"], daysAgo: number];
const REQUESTING_MANAGER_MOVES = ["validate", "returnToDraft"];
const REQUESTED_MOVES = ["acknowledge", "startExecution", "requestInformation", "reportPartialExecution", "reportExecution", "refuse"];

async function story(side: typeof paris, country: "PH" | "CO", createdAgo: number, steps: Step[], commentAgo?: number) {
  const fields = country === "CO" ? { requestedCountryCode: "CO", legalBasis: "bilateral_convention" as const } : {};
  const handle: RequestHandle = await draftRequest(at(side.magistrate, createdAgo), { fields });
  const comment = async () => {
    await addComment(at(side.magistrate, commentAgo!), { requestId: handle.id, body: "Relance.", visibility: "internal" });
    commentAgo = undefined;
  };
  for (const [transition, daysAgo] of steps) {
    if (commentAgo !== undefined && commentAgo > daysAgo) await comment();
    const actor = REQUESTING_MANAGER_MOVES.includes(transition)
      ? side.manager
      : REQUESTED_MOVES.includes(transition) ? officers[country] : side.magistrate;
    if (transition === "transmit") await waiveMissingItems(at(side.manager, daysAgo), handle);
    if (transition === "reportExecution" || transition === "reportPartialExecution") await returnAllMeasures(at(officers[country], daysAgo), handle);
    await transitionRequest(at(actor, daysAgo), {
      ...MOVE_DETAILS,
      transmittedOn: parisDay(ago(daysAgo)),
      requestId: handle.id,
      version: handle.version,
      transition,
    });
    handle.version += 1;
  }
  if (commentAgo !== undefined) await comment();
}

const sent = (created: number, transmitted: number): Step[] => [["submit", created - 1], ["validate", created - 2], ["transmit", transmitted]];

beforeAll(async () => {
  tdb = await createTestDatabase();
  paris = { magistrate: await userCtx(tdb.db, "magistrate"), manager: await userCtx(tdb.db, "manager") };
  bepi = { magistrate: await userCtx(tdb.db, "magistrate", "FR-BEPI"), manager: await userCtx(tdb.db, "manager", "FR-BEPI") };
  officers = { PH: await userCtx(tdb.db, "liaison_officer", "PH-DOJ-OOC"), CO: await userCtx(tdb.db, "liaison_officer", "CO-FGN") };
  receiving = await withManagerScope(await userCtx(tdb.db, "manager", "PH-DOJ-OOC"), { countryCodes: ["PH"] });
  wide = await withManagerScope(await userCtx(tdb.db, "manager"), { unitCodes: ["FR-BEPI"], countryCodes: ["CO"] });

  await story(paris, "PH", 300, [...sent(300, 290), ["acknowledge", 280], ["startExecution", 270], ["reportPartialExecution", 200], ["reportExecution", 150], ["close", 140]], 250);
  await story(paris, "PH", 250, [...sent(250, 244), ["acknowledge", 230], ["requestInformation", 220], ["answerInformation", 205], ["startExecution", 190], ["requestInformation", 120], ["answerInformation", 100]]);
  await story(paris, "PH", 120, [...sent(120, 110), ["requestInformation", 90]], 95);
  await story(paris, "PH", 400, [...sent(400, 397), ["acknowledge", 380], ["withdraw", 300]]);
  await story(paris, "PH", 60, [["submit", 58], ["returnToDraft", 50], ["submit", 40]]);
  await story(paris, "PH", 30, []);
  await story(paris, "CO", 200, [...sent(200, 188), ["refuse", 150]]);
  await story(paris, "CO", 90, [...sent(90, 80), ["acknowledge", 60], ["startExecution", 59], ["reportExecution", 10]]);
  await story(bepi, "PH", 150, [...sent(150, 140), ["acknowledge", 100]]);
  await story(bepi, "CO", 500, [...sent(500, 480), ["acknowledge", 470], ["startExecution", 460], ["reportExecution", 200], ["close", 20]], 300);
  await story(bepi, "CO", 40, [...sent(40, 35)]);
}, 240_000);
afterAll(() => tdb?.destroy());

/** The rows of a query, as plain sorted JSON (timestamps as instants), to compare sets. */
async function rowsOf(query: string): Promise<string[]> {
  // PGlite answers { rows }, postgres.js the rows themselves.
  const result = (await tdb.db.execute(sql.raw(query))) as unknown;
  const list = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, unknown>[];
  const plain = (v: unknown) => (v instanceof Date ? v.getTime() : typeof v === "string" && /^\d{4}-\d\d-\d\d[ T]/.test(v) ? new Date(v).getTime() : v);
  return list.map((r) => JSON.stringify(Object.entries(r).map(([k, v]) => [k, plain(v)]))).sort();
}

/** The summaries' statements, as the SELECT that computes their rows from the events. */
const computed = (statement: string) => statement.replace(/^\s*insert into \w+ \([^)]*\)\s*/, "");

describe("the summaries kept by appendEvent", () => {
  it("hold exactly the stays the events describe: one per status change, ended by the next", async () => {
    const stored = await rowsOf(
      "select request_id, seq, requesting_unit_id, status, entered_at, left_at, shared from request_stays",
    );
    expect(stored.length).toBeGreaterThan(50);
    expect(stored).toEqual(await rowsOf(computed(SUMMARY_BACKFILL_SQL[0]!)));
  });

  it("hold each request's first acknowledgement and execution", async () => {
    const stored = await rowsOf("select request_id, requesting_unit_id, acknowledged_at, executed_at from request_milestones");
    expect(stored.length).toBe(6);
    expect(stored).toEqual(await rowsOf(computed(SUMMARY_BACKFILL_SQL[1]!)));
  });

  it("end the current stay at the next change only, and leave it open until then", async () => {
    const [open] = await tdb.db
      .select({ n: count() })
      .from(requestStays)
      .where(sql`${requestStays.leftAt} is null`);
    const [requestCount] = await tdb.db.select({ n: count() }).from(requests);
    expect(open!.n).toBe(requestCount!.n);
    const milestones = await tdb.db.select().from(requestMilestones).orderBy(asc(requestMilestones.acknowledgedAt));
    expect(milestones.every((m) => m.acknowledgedAt !== null)).toBe(true);
  });
});

describe("the figures read from them", () => {
  const viewers = (): [string, Ctx][] => [
    ["Paris manager", paris.manager],
    ["BEPI manager", bepi.manager],
    ["manager receiving for the Philippines", receiving],
    ["manager of two units receiving for Colombia", wide],
  ];
  const filterSets: DashboardFilterInput[] = [{}, { country: "CO" }, { from: "2025-06-01", to: "2026-03-01" }, { direction: "incoming" }];

  it("time in state: the same stays, totals, medians and averages as the events give", async () => {
    for (const [who, viewer] of viewers()) {
      for (const raw of filterSets) {
        const filters = await resolveDashboardFilters(viewer, raw);
        const expected = await timeInStateFromEvents(viewer, filters);
        expect(await timeInState(viewer, filters), `${who} ${JSON.stringify(raw)}`).toEqual(expected);
      }
    }
    // Not vacuous: the requested side sees stays, from transmission on only.
    const seen = await timeInState(receiving, await resolveDashboardFilters(receiving, {}));
    expect(seen.map((s) => s.status)).not.toContain("draft");
    expect(seen.find((s) => s.status === "acknowledged")?.stays).toBeGreaterThan(0);
  });

  it("headline: the same median delays and counts as the events give", async () => {
    for (const [who, viewer] of viewers()) {
      for (const raw of filterSets) {
        const filters = await resolveDashboardFilters(viewer, raw);
        const headline = await headlineFigures(viewer, filters);
        const expected = await medianDelaysFromEvents(viewer, dashboardCondition(viewer, filters), medianWindow(filters, viewer.now()));
        expect(headline, `${who} ${JSON.stringify(raw)}`).toMatchObject(expected);
      }
    }
    const paris12Months = await headlineFigures(paris.manager, await resolveDashboardFilters(paris.manager, {}));
    expect(paris12Months.acknowledgedCount).toBeGreaterThan(0);
    expect(paris12Months.executedCount).toBeGreaterThan(0);
  });
});

/** Time in state straight from the audit trail: LEAD over each request's visible status changes. */
async function timeInStateFromEvents(ctx: Ctx, filters: DashboardFilters) {
  const where = dashboardCondition(ctx, filters);
  const nextChange = sql`lead(${requestEvents.at}) over (partition by ${requestEvents.requestId} order by ${requestEvents.seq})`;
  const stays = ctx.db.$with("stays").as(
    ctx.db
      .select({
        countryCode: sql<string>`${requests.requestedCountryCode}`.as("country_code"),
        status: sql<RequestStatus>`${requestEvents.toStatus}`.as("status"),
        days: daysBetween(requestEvents.at, sql`coalesce(${nextChange}, ${timestampParam(ctx.now())})`).as("days"),
      })
      .from(requestEvents)
      .innerJoin(requests, eq(requests.id, requestEvents.requestId))
      .where(and(where, isNotNull(requestEvents.toStatus), or(requestingScopeCondition(ctx.actor), eq(requestEvents.visibility, "shared")))),
  );
  const byState = await ctx.db
    .with(stays)
    .select({
      countryCode: stays.countryCode,
      status: stays.status,
      stays: count(),
      totalDays: sql<number>`sum(${stays.days})`.mapWith(Number),
      medianDays: sql<number>`percentile_cont(0.5) within group (order by ${stays.days})`.mapWith(Number),
    })
    .from(stays)
    .where(notInArray(stays.status, [...FINAL_STATUSES]))
    .groupBy(stays.countryCode, stays.status)
    .orderBy(stays.countryCode, stays.status);
  const perCountry = await ctx.db
    .select({ countryCode: requests.requestedCountryCode, requests: count() })
    .from(requests)
    .where(where)
    .groupBy(requests.requestedCountryCode);
  const requestsOf = new Map(perCountry.map((c) => [c.countryCode, c.requests]));
  return byState.map((row) => ({
    countryCode: row.countryCode,
    status: row.status,
    stays: row.stays,
    totalDays: roundDays(row.totalDays)!,
    medianDays: roundDays(row.medianDays)!,
    averageDays: roundDays(row.totalDays / (requestsOf.get(row.countryCode) ?? 1))!,
  }));
}

/** The headline's median delays straight from the acknowledgement and execution events. */
async function medianDelaysFromEvents(ctx: Ctx, where: SQL, window: { since: Date; until: Date } | null) {
  const milestones = ctx.db.$with("milestones").as(
    ctx.db
      .select({
        transmittedAt: sql<Date>`min(${requests.transmittedAt})`.as("transmitted_at"),
        acknowledgedAt: sql<Date>`min(${requestEvents.at}) filter (where ${requestEvents.action} = ${ACKNOWLEDGED})`.as("acknowledged_at"),
        executedAt: sql<Date>`min(${requestEvents.at}) filter (where ${requestEvents.action} = ${EXECUTED})`.as("executed_at"),
      })
      .from(requests)
      .innerJoin(requestEvents, eq(requestEvents.requestId, requests.id))
      .where(and(where, isNotNull(requests.transmittedAt), sql`${requestEvents.action} in (${ACKNOWLEDGED}, ${EXECUTED})`))
      .groupBy(requests.id),
  );
  const inWindow = (moment: SQL.Aliased<Date>) =>
    window ? sql`${moment} between ${timestampParam(window.since)} and ${timestampParam(window.until)}` : sql`${moment} is not null`;
  const [row] = await ctx.db
    .with(milestones)
    .select({
      toAcknowledgement: sql<number | null>`percentile_cont(0.5) within group (order by ${daysBetween(milestones.transmittedAt, milestones.acknowledgedAt)}) filter (where ${inWindow(milestones.acknowledgedAt)})`,
      acknowledged: countWhere(inWindow(milestones.acknowledgedAt)),
      toExecution: sql<number | null>`percentile_cont(0.5) within group (order by ${daysBetween(milestones.transmittedAt, milestones.executedAt)}) filter (where ${inWindow(milestones.executedAt)})`,
      executed: countWhere(inWindow(milestones.executedAt)),
    })
    .from(milestones);
  return {
    medianDaysToAcknowledgement: roundDays(row?.toAcknowledgement ?? null),
    acknowledgedCount: row?.acknowledged ?? 0,
    medianDaysToExecution: roundDays(row?.toExecution ?? null),
    executedCount: row?.executed ?? 0,
  };
}
