import { count, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  auditLog, cases, comments, documentContents, documents, measures, requestEvents, requestPersons, retentionErasures, retentionPolicy,
} from "@/db/schema";
import { verifyLog } from "@/lib/audit/log";
import { verifyAuditChains } from "@/lib/audit/verify";
import type { Ctx } from "@/lib/context";
import { readDocument } from "@/lib/documents/read";
import { uploadDocument } from "@/lib/documents/upload";
import { Conflict, Forbidden, Invalid, NotFound } from "@/lib/errors";
import { addComment } from "@/lib/requests/comment";
import { addPerson } from "@/lib/requests/draft-parts";
import { getRequest } from "@/lib/requests/get-request";
import { dueForErasure } from "@/lib/retention/due";
import { liftLegalHold, placeLegalHold } from "@/lib/retention/legal-hold";
import { DECREE_MONTHS, loadRetentionPolicy, setRetentionPolicy } from "@/lib/retention/policy";
import { retentionReport } from "@/lib/retention/report";
import { runRetention } from "@/lib/retention/run";
import { PDF } from "../support/documents";
import { ctxAs } from "../support/factories";
import { advance, draftRequest, eventsOf, move, requestIn, storedRequest, type RequestHandle } from "../support/requests";
import { requestSuite } from "../support/request-suite";

/**
 * Retention (Décret 2025-59; docs/legal.md, "Retention"): 12 months after a file is closed its
 * personal data goes, unless a magistrate keeps it; the audit skeleton and the statistics stay,
 * and the hash chain still verifies.
 */

const suite = requestSuite();
const at = (ctx: Ctx, iso: string): Ctx => ({ ...ctx, now: () => new Date(iso) });
/** The run: 12 months after 2026-04-15T00:00Z is its own instant. */
const RUN = new Date("2027-04-15T00:00:00Z");

const FACTS = "Le suspect, M. X, a payé des diffusions en direct d'abus sur mineurs depuis Lyon.";
let erasable: RequestHandle;
let withdrawn: RequestHandle;
let onBoundary: RequestHandle;
let justInside: RequestHandle;
let recent: RequestHandle;
let held: RequestHandle;
let stillOpen: RequestHandle;
let documentId: string;
let admin: Ctx;

async function closedOn(iso: string, handle?: RequestHandle): Promise<RequestHandle> {
  const { magistrate } = suite.parties;
  const request = handle ?? (await requestIn("executed", suite.parties));
  if (handle) await advance(request, "executed", suite.parties);
  await move(at(magistrate, iso), request, "close");
  return request;
}

beforeAll(async () => {
  const { magistrate } = suite.parties;
  admin = await ctxAs(suite.db, "admin");
  // A request with everything personal a request holds: facts, a victim, a comment, a document.
  erasable = await draftRequest(magistrate, { fields: { summaryOfFacts: FACTS } });
  await addPerson(magistrate, { requestId: erasable.id, version: erasable.version, role: "victim", identity: "Maria Santos, 9 ans" });
  erasable.version += 1;
  await addComment(magistrate, { requestId: erasable.id, body: "Audition de Maria prévue par visio." });
  ({ id: documentId } = await uploadDocument(magistrate, {
    requestId: erasable.id, version: erasable.version, type: "annex", language: "fr", fileName: "audition-maria.pdf", bytes: PDF,
  }));
  erasable.version += 1;
  await closedOn("2026-03-10T10:00:00Z", erasable);

  withdrawn = await requestIn("withdrawn", suite.parties);
  onBoundary = await closedOn("2026-04-15T00:00:00Z");
  justInside = await closedOn("2026-04-15T00:00:01Z");
  recent = await closedOn("2026-05-01T10:00:00Z");
  held = await closedOn("2026-03-10T10:00:00Z");
  await placeLegalHold(at(magistrate, "2026-06-01T08:00:00Z"), { requestId: held.id, reason: "Procès d'assises en appel : la pièce reste nécessaire." });
  stillOpen = await requestIn("executed", suite.parties);
});

describe("the retention run", () => {
  it("the dry run names exactly what the run then erases", async () => {
    const report = await retentionReport(at(admin, RUN.toISOString()));
    expect(report.policy).toMatchObject({ months: DECREE_MONTHS, source: "decree" });
    expect(report.due.map((r) => r.reference).sort()).toEqual([erasable, withdrawn, onBoundary].map((r) => r.reference).sort());
    expect(report.held.map((r) => r.reference)).toEqual([held.reference]);
    expect(report.upcoming.map((r) => r.reference)).toEqual([justInside.reference, recent.reference]);
    expect(report.upcoming[0]!.dueAt.toISOString()).toBe("2027-04-15T00:00:01.000Z");
    expect(report.erased).toEqual([]);

    expect(await runRetention(suite.db, RUN)).toEqual({ erased: 3 });
    const erased = await suite.db.select({ reference: retentionErasures.reference }).from(retentionErasures);
    expect(erased.map((r) => r.reference).sort()).toEqual(report.due.map((r) => r.reference).sort());
  });

  it("erases exactly the requests past the period: not the recent, not the held, not the open", async () => {
    for (const r of [erasable, withdrawn, onBoundary]) expect((await storedRequest(suite.db, r.id)).erasedAt).toEqual(RUN);
    for (const r of [justInside, recent, held, stillOpen]) expect((await storedRequest(suite.db, r.id)).erasedAt).toBeNull();
    const kept = await storedRequest(suite.db, held.id);
    expect(kept.summaryOfFacts).not.toBe("");
  });

  it("erases the personal data and keeps the skeleton and the statistics", async () => {
    const row = await storedRequest(suite.db, erasable.id);
    expect(row).toMatchObject({ summaryOfFacts: "", offencesAndPenalties: "", contactPoint: "", status: "closed", legalBasis: "reciprocity" });
    expect(row.reference).toBe(erasable.reference);
    expect(row.transmittedAt).not.toBeNull();
    const [measure] = await suite.db.select().from(measures).where(eq(measures.requestId, erasable.id));
    expect(measure).toMatchObject({ type: "money_transfer_records", status: "returned", description: "", justification: "", resultNote: "" });
    const countOf = async (table: typeof requestPersons | typeof comments, column: typeof requestPersons.requestId | typeof comments.requestId) =>
      (await suite.db.select({ n: count() }).from(table).where(eq(column, erasable.id)))[0]!.n;
    expect(await countOf(requestPersons, requestPersons.requestId)).toBe(0);
    expect(await countOf(comments, comments.requestId)).toBe(0);
    const [document] = await suite.db.select().from(documents).where(eq(documents.id, documentId));
    expect(document).toMatchObject({ originalName: "", type: "annex", size: PDF.length, erasedAt: RUN });
    expect(await suite.db.select().from(documentContents).where(eq(documentContents.documentId, documentId))).toEqual([]);
    const [theCase] = await suite.db.select().from(cases).where(eq(cases.id, row.caseId));
    expect(theCase).toMatchObject({ title: "", erasedAt: RUN });
  });

  it("leaves no trace of the personal data anywhere in the request's rows", async () => {
    const dump = JSON.stringify(
      await Promise.all([
        storedRequest(suite.db, erasable.id),
        suite.db.select().from(measures).where(eq(measures.requestId, erasable.id)),
        eventsOf(suite.db, erasable.id),
        suite.db.select().from(documents).where(eq(documents.requestId, erasable.id)),
      ]),
    );
    for (const personal of ["Maria", "M. X", "audition-maria", "Lyon"]) expect(dump).not.toContain(personal);
  });

  it("keeps every event's action, author and time, ends the trail with the erasure, and the chains still verify", async () => {
    const events = await eventsOf(suite.db, erasable.id);
    expect(events.slice(0, -1).every((e) => e.erasedAt?.getTime() === RUN.getTime() && Object.keys(e.data).length === 0)).toBe(true);
    expect(events.map((e) => e.action)).toContain("personAdded");
    const last = events.at(-1)!;
    expect(last).toMatchObject({ action: "personalDataErased", erasedAt: null, data: { persons: 1, documents: 1, comments: 1, policyMonths: 12 } });

    const chains = await verifyAuditChains(suite.db);
    expect(chains.problems).toEqual([]);
    expect(chains.erasedUnverifiable).toBe(0);
    expect((await verifyLog(suite.db)).problems).toEqual([]);
  });

  it("still detects tampering with an erased event's header", async () => {
    await suite.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL session_replication_role = replica`);
      await tx.execute(sql`update request_events set action = 'withdraw' where request_id = ${onBoundary.id} and seq = 2`);
    });
    const problems = (await verifyAuditChains(suite.db, { requestId: onBoundary.id })).problems.map((p) => `${p.seq}:${p.problem}`);
    expect(problems).toEqual(["2:edited"]);
  });

  it("the database accepts the erasure of a payload and nothing else", async () => {
    const failure = async (statement: ReturnType<typeof sql>) => {
      try {
        await suite.db.execute(statement);
        return "accepted";
      } catch (error) {
        return `${(error as Error).message} ${(error as { cause?: Error }).cause?.message ?? ""}`;
      }
    };
    const [event] = await suite.db.select().from(requestEvents).where(eq(requestEvents.requestId, recent.id)).limit(1);
    expect(await failure(sql`update request_events set data = '{"x":1}' where id = ${event!.id}`)).toMatch(/append-only/);
    expect(await failure(sql`update request_events set data = '{}', erased_at = now(), actor_role = 'admin' where id = ${event!.id}`)).toMatch(/append-only/);
    expect(await failure(sql`delete from request_events where id = ${event!.id}`)).toMatch(/append-only/);
    const [erasedEvent] = await suite.db.select().from(requestEvents).where(eq(requestEvents.requestId, erasable.id)).limit(1);
    expect(await failure(sql`update request_events set data = '{"restored":true}', erased_at = null where id = ${erasedEvent!.id}`)).toMatch(/append-only/);
    expect(await failure(sql`delete from retention_erasures`)).toMatch(/append-only/);
  });

  it("is safe to run again: nothing more is due", async () => {
    expect(await runRetention(suite.db, RUN)).toEqual({ erased: 0 });
    expect(await dueForErasure(suite.db, RUN, DECREE_MONTHS)).toEqual([]);
  });

  it("an erased request is a closed record: its page says so, writes and downloads are refused", async () => {
    const { magistrate } = suite.parties;
    const view = await getRequest(magistrate, erasable.id);
    expect(view.request.erasedAt).toEqual(RUN);
    expect(view.persons).toEqual([]);
    await expect(addComment(magistrate, { requestId: erasable.id, body: "Encore une note" })).rejects.toThrow(
      expect.objectContaining({ code: "requestErased" }),
    );
    await expect(placeLegalHold(magistrate, { requestId: erasable.id, reason: "Trop tard" })).rejects.toBeInstanceOf(Conflict);
    await expect(readDocument(magistrate, documentId)).rejects.toThrow(expect.objectContaining({ code: "documentErased" }));
  });
});

describe("the legal hold", () => {
  it("is the requesting magistrate's decision: others are refused and nothing is written", async () => {
    const { manager, officer, requestedManager } = suite.parties;
    const before = await eventsOf(suite.db, recent.id);
    await expect(placeLegalHold(manager, { requestId: recent.id, reason: "Je garde" })).rejects.toBeInstanceOf(Forbidden);
    await expect(placeLegalHold(officer, { requestId: recent.id, reason: "Je garde" })).rejects.toBeInstanceOf(Forbidden);
    await expect(placeLegalHold(requestedManager, { requestId: recent.id, reason: "Je garde" })).rejects.toBeInstanceOf(Forbidden);
    await expect(placeLegalHold(admin, { requestId: recent.id, reason: "Je garde" })).rejects.toBeInstanceOf(NotFound);
    await expect(placeLegalHold(suite.parties.magistrate, { requestId: recent.id, reason: "  " })).rejects.toBeInstanceOf(Invalid);
    expect(await eventsOf(suite.db, recent.id)).toEqual(before);
  });

  it("once lifted, the next run erases the request", async () => {
    const { magistrate } = suite.parties;
    await expect(placeLegalHold(magistrate, { requestId: held.id, reason: "Encore" })).rejects.toThrow(
      expect.objectContaining({ code: "alreadyOnLegalHold" }),
    );
    await liftLegalHold(at(magistrate, "2027-04-01T08:00:00Z"), { requestId: held.id, reason: "Arrêt définitif rendu." });
    const trail = (await eventsOf(suite.db, held.id)).map((e) => e.action);
    expect(trail.slice(-2)).toEqual(["legalHoldSet", "legalHoldLifted"]);
    expect(await runRetention(suite.db, RUN)).toEqual({ erased: 1 });
    expect((await storedRequest(suite.db, held.id)).erasedAt).toEqual(RUN);
    expect((await verifyAuditChains(suite.db, { requestId: held.id })).problems).toEqual([]);
  });
});

describe("the retention policy", () => {
  it("refuses a period of zero, or beyond ten years, with nothing written", async () => {
    for (const months of ["0", "-3", "121", "douze", ""]) {
      await expect(setRetentionPolicy(admin, { months, reason: "Essai" })).rejects.toThrow(
        expect.objectContaining({ fields: { months: ["retentionMonthsRange"] } }),
      );
    }
    await expect(setRetentionPolicy(admin, { months: "24", reason: " " })).rejects.toBeInstanceOf(Invalid);
    expect(await suite.db.select().from(retentionPolicy)).toEqual([]);
  });

  it("is the administrators': others are refused", async () => {
    await expect(setRetentionPolicy(suite.parties.manager, { months: "24", reason: "Plus long" })).rejects.toBeInstanceOf(Forbidden);
    await expect(retentionReport(suite.parties.magistrate)).rejects.toBeInstanceOf(Forbidden);
  });

  it("a longer period applies to the next run, and the change is audited with its reason", async () => {
    await setRetentionPolicy(admin, { months: "36", reason: "Archives du parquet : 3 ans." });
    expect(await loadRetentionPolicy(suite.db)).toMatchObject({ months: 36, source: "administrator" });
    const later = new Date("2028-05-02T00:00:00Z");
    // justInside and recent closed in April and May 2026: not yet 36 months.
    expect(await runRetention(suite.db, later)).toEqual({ erased: 0 });
    const [entry] = await suite.db.select().from(auditLog).where(eq(auditLog.action, "retentionPolicyChanged"));
    expect(entry!.data).toEqual({ before: 12, after: 36, reason: "Archives du parquet : 3 ans." });
  });
});
