import { asc, eq, ne } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cases, comments, measures, requestEvents, requestPersons, requests, users } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { PARIS_CASE_REFERENCE } from "@/db/seed/demo-cases-paris";
import { DEMO_USERS } from "@/db/seed/reference-data";
import { prepareDatabase } from "@/db/startup";
import { verifyAuditChains } from "@/lib/audit/verify";
import { checklistFor } from "@/lib/checklists/checklist-for";
import type { Ctx } from "@/lib/context";
import { parseEnv } from "@/lib/env";
import { findCases, getCase } from "@/lib/requests/cases";
import { getRequest } from "@/lib/requests/get-request";
import { listRequests } from "@/lib/requests/list-requests";
import { REQUEST_STATUSES } from "@/lib/requests/vocabulary";
import { loadActor } from "@/lib/users/actor";
import { SYSTEM_USER_ID } from "@/lib/users/system";
import { createTestDatabase, type TestDatabase } from "../support/database";

/** The demo is dated relative to the day it is seeded; the test fixes that day. */
const TODAY = new Date("2026-11-25T10:00:00Z");
const DAY = 86_400_000;

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
  await seedDemo(tdb.db, { today: TODAY });
}, 120_000);
afterAll(() => tdb.destroy());

async function ctxFor(email: string): Promise<Ctx> {
  const [user] = await tdb.db.select().from(users).where(eq(users.email, email));
  const actor = await loadActor(tdb.db, user!.id, user!.sessionVersion);
  return { actor: actor!, db: tdb.db, now: () => TODAY };
}

async function counts() {
  return {
    users: (await tdb.db.select().from(users).where(ne(users.id, SYSTEM_USER_ID))).length,
    cases: (await tdb.db.select().from(cases)).length,
    requests: (await tdb.db.select().from(requests)).length,
    events: (await tdb.db.select().from(requestEvents)).length,
    comments: (await tdb.db.select().from(comments)).length,
    measures: (await tdb.db.select().from(measures)).length,
    persons: (await tdb.db.select().from(requestPersons)).length,
  };
}

describe("demo data set", () => {
  it("is created once: later starts (SEED_DEMO=1) add nothing", async () => {
    const before = await counts();
    expect(before).toMatchObject({ users: DEMO_USERS.length, cases: 5, requests: 14 });
    const e = parseEnv({ DATABASE_URL: "postgres://u@127.0.0.1:5432/mla", SEED_DEMO: "1" });
    await prepareDatabase(tdb, e);
    await prepareDatabase(tdb, e);
    expect(await counts()).toEqual(before);
  });

  it("covers every status of the lifecycle", async () => {
    const statuses = new Set((await tdb.db.select({ status: requests.status }).from(requests)).map((r) => r.status));
    expect([...statuses].sort()).toEqual(REQUEST_STATUSES.filter((s) => s !== "refused").sort());
  });

  it("has a valid audit trail whose history moves forward in time, before the seeding day", async () => {
    const report = await verifyAuditChains(tdb.db);
    expect(report.problems).toEqual([]);
    expect(report.requestsChecked).toBe(14);

    for (const request of await tdb.db.select().from(requests)) {
      const events = await tdb.db
        .select()
        .from(requestEvents)
        .where(eq(requestEvents.requestId, request.id))
        .orderBy(asc(requestEvents.seq));
      expect(events[0]!.action).toBe("created");
      for (let i = 1; i < events.length; i++) expect(events[i]!.at.getTime()).toBeGreaterThan(events[i - 1]!.at.getTime());
      expect(events.at(-1)!.at.getTime()).toBeLessThan(TODAY.getTime());
      // The request's status is where its last move led.
      expect(events.filter((e) => e.toStatus).at(-1)!.toStatus).toBe(request.status);
      if (request.transmittedAt) expect(request.transmittedAt.getTime()).toBeLessThan(TODAY.getTime());
    }
  });

  it("keeps deadlines looming: a preservation sent ~50 days ago, a request waiting ~8 months", async () => {
    const transmitted = await tdb.db.select().from(requests).where(eq(requests.status, "transmitted"));
    expect(transmitted).toHaveLength(1);
    const waited = (TODAY.getTime() - transmitted[0]!.transmittedAt!.getTime()) / DAY;
    expect(waited).toBeGreaterThan(200);

    const preservations = await tdb.db
      .select({ transmittedAt: requests.transmittedAt, status: requests.status, foreignReference: requests.foreignReference })
      .from(requests)
      .innerJoin(measures, eq(measures.requestId, requests.id))
      .where(eq(measures.type, "expedited_preservation"));
    expect(preservations).toHaveLength(1);
    const age = (TODAY.getTime() - preservations[0]!.transmittedAt!.getTime()) / DAY;
    expect(age).toBeGreaterThan(45);
    expect(age).toBeLessThan(60);
    expect(preservations[0]).toMatchObject({ status: "acknowledged", foreignReference: expect.stringMatching(/^OOC-/) });
  });

  it("shows each demo account what its role and scope allow", async () => {
    const seen = async (email: string) => (await listRequests(await ctxFor(email))).items;

    const paris = await seen("magistrate@demo.example");
    expect(paris).toHaveLength(13);
    expect(new Set(paris.map((r) => r.requestedCountryCode))).toEqual(new Set(["PH", "CO", "MG", "RO"]));
    expect(await seen("manager@demo.example")).toHaveLength(13);

    // The requested side sees its country's requests once transmitted, never drafts or requests under review.
    const ph = await seen("liaison.ph@demo.example");
    expect(ph).toHaveLength(7);
    expect(ph.every((r) => r.requestedCountryCode === "PH" && !["draft", "in_review", "validated"].includes(r.status))).toBe(true);
    expect((await seen("liaison.co@demo.example")).map((r) => r.status)).toEqual(["executed"]);

    // The Philippine request to France: drafted in Manila, received by the French central authority.
    const incoming = await seen("liaison.fr@demo.example");
    expect(incoming).toHaveLength(1);
    expect(incoming[0]).toMatchObject({ requestedCountryCode: "FR", status: "in_execution" });
    expect((await seen("magistrate.ph@demo.example")).map((r) => r.id)).toEqual([incoming[0]!.id]);

    // The Philippine manager validates their unit's request to France and receives the
    // requests sent to the Philippines (a scope row): both sides, each as that side.
    const idsOf = (items: { id: string }[]) => new Set(items.map((r) => r.id));
    const managerPh = await ctxFor("manager.ph@demo.example");
    expect(idsOf(await seen("manager.ph@demo.example"))).toEqual(new Set([...ph.map((r) => r.id), incoming[0]!.id]));
    expect((await getRequest(managerPh, incoming[0]!.id)).relation).toBe("requesting_manager");
    expect((await getRequest(managerPh, ph[0]!.id)).relation).toBe("requested_manager");
    // The French BEPI's national view: the Paris parquet's requests and those France receives.
    const managerBepi = await ctxFor("manager.bepi@demo.example");
    expect(idsOf(await seen("manager.bepi@demo.example"))).toEqual(new Set([...paris.map((r) => r.id), incoming[0]!.id]));
    expect((await getRequest(managerBepi, paris[0]!.id)).relation).toBe("requesting_manager");
    expect((await getRequest(managerBepi, incoming[0]!.id)).relation).toBe("requested_manager");

    await expect(seen("admin@demo.example")).rejects.toMatchObject({ status: 403 });
  });

  it("shows the Paris case with its hard date, and minor victims by pseudonym to the manager", async () => {
    const manager = await ctxFor("manager@demo.example");
    const parisCase = (await findCases(manager)).cases.find((c) => c.reference === PARIS_CASE_REFERENCE)!;
    expect(parisCase.hardDate! > TODAY.toISOString().slice(0, 10)).toBe(true);
    const detail = await getCase(manager, parisCase.id);
    expect(detail.requests).toHaveLength(10);
    const supplementary = detail.requests.find((r) => r.parentRequestId)!;
    expect(supplementary.status).toBe("draft");

    const hearings = await tdb.db.select().from(requests).where(eq(requests.id, supplementary.parentRequestId!));
    const asManager = await getRequest(manager, hearings[0]!.id);
    const victims = asManager.persons.filter((p) => p.role === "victim");
    expect(victims.map((v) => [v.pseudonym, v.identity])).toEqual([
      ["V1", null],
      ["V2", null],
    ]);
    const asMagistrate = await getRequest(await ctxFor("magistrate@demo.example"), hearings[0]!.id);
    expect(asMagistrate.persons.filter((p) => p.role === "victim").map((v) => v.identity)).toEqual([
      "A.B., born 2014",
      "C.D., born 2012",
    ]);
    // Some measures of the hearings request have come back while it is still in execution.
    expect(asMagistrate.request.status).toBe("in_execution");
    expect(asMagistrate.measures.map((m) => m.status)).toEqual(["returned", "in_progress"]);

    // The requested side never sees the requesting side's internal notes, and the other way round:
    // the officer who took the request sees that on their own side's trail, the magistrate does not.
    const asOfficer = await getRequest(await ctxFor("liaison.ph@demo.example"), hearings[0]!.id);
    expect(asOfficer.comments.every((c) => c.visibility !== "internal")).toBe(true);
    expect(asOfficer.events.every((e) => e.visibility !== "internal")).toBe(true);
    expect(asOfficer.events.filter((e) => e.visibility === "requested_internal").map((e) => e.action)).toEqual(["handlerAssigned"]);
    expect(asMagistrate.events.some((e) => e.visibility === "requested_internal")).toBe(false);
    expect(asOfficer.inCharge?.name).toBe("Maria Santos");
  });

  it("shows the transmission gate: the Romanian EIO, validated, still misses its form and translation", async () => {
    const manager = await ctxFor("manager@demo.example");
    const all = await tdb.db.select().from(requests);
    const [eio] = all.filter((r) => r.legalBasis === "european_investigation_order");
    expect(eio!.status).toBe("validated");
    const checklist = await checklistFor(manager, eio!.id);
    expect(checklist.missing).toEqual(["ro_eio_form", "ro_eio_translation", "bank_identifiers", "subscriber_identifiers"]);
    expect(checklist.canWaive).toBe(true);

    // Every transmitted request went out with its checklist provided or waived by a manager, with a reason.
    for (const request of all.filter((r) => r.transmittedAt)) {
      const side = request.requestedCountryCode === "FR" ? "manager.ph@demo.example" : "manager@demo.example";
      const { items, missing } = await checklistFor(await ctxFor(side), request.id);
      expect(missing, request.reference).toEqual([]);
      expect(items.find((i) => i.key === "facts_linked_to_measures")?.status).toBe("provided");
      expect(items.filter((i) => i.status === "waived").every((i) => i.waiver!.reason.length > 20)).toBe(true);
    }
  });

  it("has a request for each measure of issue 14, with its details, a child at risk, an association and a delivery in parts", async () => {
    const magistrate = await ctxFor("magistrate@demo.example");
    const all = await tdb.db.select({ id: requests.id }).from(requests);
    const views = await Promise.all(all.map((r) => getRequest(magistrate, r.id).catch(() => null)));
    const seenViews = views.filter((v) => v !== null);
    const withMeasure = (type: string) => seenViews.find((v) => v.measures.some((m) => m.type === type))!;

    const arrests = withMeasure("arrest_of_suspects");
    expect(arrests.measures.find((m) => m.type === "arrest_of_suspects")!.details).toMatchObject({ place: expect.stringContaining("Lapu-Lapu") });
    expect(arrests.persons.map((p) => p.role)).toContain("child_protection_association");

    // The child at risk made the request urgent; the requested side sees it, and the safeguarding's own clock runs.
    const safeguarding = withMeasure("child_safeguarding");
    expect(safeguarding.childAtRisk).toBe(true);
    expect(safeguarding.request.urgency).not.toBe("normal");
    const asOfficer = await getRequest(await ctxFor("liaison.ph@demo.example"), safeguarding.request.id);
    expect(asOfficer.childAtRisk).toBe(true);
    expect(asOfficer.clocks.ok && asOfficer.clocks.clocks.find((c) => c.kind === "measure")).toMatchObject({ state: "running", measure: { type: "child_safeguarding" } });

    const testimony = withMeasure("victim_travel");
    expect(testimony.measures.find((m) => m.type === "victim_travel")!.details).toMatchObject({ escort: expect.any(String), interpreter: "Cebuano" });
    const hearing = withMeasure("hearing_minor_victim").measures[0]!;
    expect(hearing.details).toMatchObject({ videoLink: true, psychologist: true, recording: "audio_video" });

    // The charging documents of the Philippine proceedings come in parts.
    const partial = seenViews.flatMap((v) => v.measures).find((m) => m.deliveries.length > 0)!;
    expect(partial.status).toBe("partially_returned");
    expect(partial.deliveries[0]).toMatchObject({ final: false, note: expect.stringContaining("First part") });
  });
});
