import { desc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { auditLog, documentContents, securityEvents } from "@/db/schema";
import { listAuditReview, type ReviewEntry } from "@/lib/audit/review";
import { isIntact, verifyIntegrity } from "@/lib/audit/verify-integrity";
import type { Ctx } from "@/lib/context";
import { readDocument } from "@/lib/documents/read";
import { uploadDocument, type UploadDocumentInput } from "@/lib/documents/upload";
import { Conflict, Forbidden, Invalid, NotFound } from "@/lib/errors";
import { listNotifications } from "@/lib/notifications/inbox";
import { getRequest } from "@/lib/requests/get-request";
import { recordRefusedAccess } from "@/lib/security/record";
import { authenticate } from "@/lib/users/authenticate";
import { PDF } from "../support/documents";
import { FIXED_NOW, TEST_PASSWORD } from "../support/factories";
import { moveSentence, moveSubject } from "../support/mail-text";
import { mailSince, outboxMark } from "../support/notifications";
import { eventsOf, requestIn, userCtx, type RequestHandle } from "../support/requests";
import { requestSuite } from "../support/request-suite";

/**
 * Security events (failed sign-ins, refused accesses, integrity failures), audited downloads
 * and the integrity verifier, as the audit review shows them (docs/product.md, "Security").
 */

const suite = requestSuite();
let admin: Ctx;
let bepiMagistrate: Ctx;
let bepiManager: Ctx;
let handle: RequestHandle;
const throttle = { maxFailures: 5, windowMinutes: 15 };

beforeAll(async () => {
  admin = await userCtx(suite.db, "admin");
  bepiMagistrate = await userCtx(suite.db, "magistrate", "FR-BEPI");
  bepiManager = await userCtx(suite.db, "manager", "FR-BEPI");
  handle = await requestIn("transmitted", suite.parties);
});

const security = (entries: ReviewEntry[]) => entries.filter((e) => e.source === "security");

async function upload(ctx: Ctx, overrides: Partial<UploadDocumentInput>) {
  const result = await uploadDocument(ctx, {
    requestId: handle.id, version: handle.version, type: "annex", language: "fr", visibility: "internal", fileName: "note-confidentielle.pdf", bytes: PDF,
    ...overrides,
  });
  handle.version += 1;
  return result.id;
}

describe("failed sign-ins", () => {
  it("are recorded with the account and its unit, and reviewed by the unit's managers", async () => {
    const { magistrate } = suite.parties;
    await authenticate(suite.db, FIXED_NOW, throttle, { email: magistrate.actor.email, password: "not the password" });
    await authenticate(suite.db, FIXED_NOW, throttle, { email: "nobody@test.example", password: TEST_PASSWORD });
    // A successful sign-in is no security event.
    await authenticate(suite.db, FIXED_NOW, throttle, { email: bepiMagistrate.actor.email, password: TEST_PASSWORD });

    const rows = await suite.db.select().from(securityEvents).where(eq(securityEvents.kind, "signInFailed"));
    expect(rows.map((r) => [r.userId, r.unitId, r.email, r.reason])).toEqual([
      [magistrate.actor.id, magistrate.actor.unitId, magistrate.actor.email, "wrongPassword"],
      [null, null, "nobody@test.example", "unknownAccount"],
    ]);
    // Never the password typed.
    expect(JSON.stringify(rows)).not.toContain("not the password");

    const byManager = security((await listAuditReview(suite.parties.manager, { action: "signInFailed" })).entries);
    expect(byManager.map((e) => e.actorId)).toEqual([magistrate.actor.id]);
    expect(security((await listAuditReview(bepiManager, { action: "signInFailed" })).entries)).toEqual([]);
    const byAdmin = security((await listAuditReview(admin, { action: "signInFailed" })).entries);
    expect(byAdmin.map((e) => e.email).sort()).toEqual([magistrate.actor.email, "nobody@test.example"].sort());
    // The administrator finds an attempt on an unknown address by what was typed.
    expect((await listAuditReview(admin, { actor: "nobody@" })).entries.map((e) => e.reason)).toEqual(["unknownAccount"]);
  });
});

describe("refused accesses", () => {
  it("record who was refused where and the answer, never the query string, and only refusals", async () => {
    const refusal = await getRequest(bepiMagistrate, handle.id).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(NotFound);
    await recordRefusedAccess(suite.db, bepiMagistrate.actor, FIXED_NOW, { surface: "page", path: `/requests/${handle.id}?q=Pampanga`, error: refusal });
    await recordRefusedAccess(suite.db, suite.parties.officer.actor, FIXED_NOW, { surface: "route", path: "/api/requests/export", error: new Forbidden() });
    // Bad input, a conflict, or nobody signed in: nothing to record.
    await recordRefusedAccess(suite.db, bepiMagistrate.actor, FIXED_NOW, { surface: "action", path: "/requests/new", error: new Invalid() });
    await recordRefusedAccess(suite.db, bepiMagistrate.actor, FIXED_NOW, { surface: "action", path: "/requests/new", error: new Conflict("stale") });
    await recordRefusedAccess(suite.db, null, FIXED_NOW, { surface: "page", path: "/", error: new NotFound() });

    const rows = await suite.db.select().from(securityEvents).where(eq(securityEvents.kind, "accessRefused"));
    expect(rows.map((r) => [r.userId, r.unitId, r.surface, r.path, r.status, r.reason])).toEqual([
      [bepiMagistrate.actor.id, bepiMagistrate.actor.unitId, "page", `/requests/${handle.id}`, 404, "notFound"],
      [suite.parties.officer.actor.id, suite.parties.officer.actor.unitId, "route", "/api/requests/export", 403, "forbidden"],
    ]);
    const byBepi = security((await listAuditReview(bepiManager, { action: "accessRefused" })).entries);
    expect(byBepi.map((e) => [e.actorId, e.path, e.status])).toEqual([[bepiMagistrate.actor.id, `/requests/${handle.id}`, "404"]]);
    expect(security((await listAuditReview(suite.parties.manager, { action: "accessRefused" })).entries)).toEqual([]);
  });

  it("are append-only, whoever asks", async () => {
    await expect(suite.db.execute(sql`update security_events set reason = 'forged'`)).rejects.toThrow();
    await expect(suite.db.execute(sql`delete from security_events`)).rejects.toThrow();
    await expect(suite.db.execute(sql`truncate security_events`)).rejects.toThrow();
    const rows = await suite.db.select().from(securityEvents);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.reason)).not.toContain("forged");
  });
});

describe("downloads", () => {
  it("are audited in the general log, and reviewed by those who may see the document", async () => {
    const { magistrate, officer, manager, requestedManager } = suite.parties;
    const shared = await upload(magistrate, { type: "translation", language: "en", visibility: "shared" });
    const internal = await upload(magistrate, { visibility: "internal" });
    await readDocument(officer, shared);
    await readDocument(magistrate, internal);

    const entries = await suite.db.select().from(auditLog).where(eq(auditLog.action, "documentDownloaded"));
    expect(entries.map((e) => [e.actorId, e.subjectType, e.subjectId, e.data])).toEqual([
      [officer.actor.id, "document", shared, { requestId: handle.id, documentType: "translation", version: 1, visibility: "shared" }],
      [magistrate.actor.id, "document", internal, { requestId: handle.id, documentType: "annex", version: 1, visibility: "internal" }],
    ]);
    // A read is not a change to the request: its trail and version are untouched.
    expect((await eventsOf(suite.db, handle.id)).at(-1)!.action).toBe("documentUploaded");

    const downloads = async (ctx: Ctx) =>
      (await listAuditReview(ctx, { action: "documentDownloaded" })).entries.map((e) => [e.actorId, e.reference, e.subjectId, e.documentType]);
    expect(await downloads(manager)).toEqual([
      [magistrate.actor.id, handle.reference, internal, "annex"],
      [officer.actor.id, handle.reference, shared, "translation"],
    ]);
    // The requested side never learns of the requesting side's internal documents.
    expect(await downloads(requestedManager)).toEqual([[officer.actor.id, handle.reference, shared, "translation"]]);
    expect(await downloads(bepiManager)).toEqual([]);
    expect(await downloads(admin)).toHaveLength(2);
    expect(JSON.stringify(await listAuditReview(admin, {}))).not.toContain("note-confidentielle");
  });
});

describe("a document that fails its integrity check", () => {
  it("is recorded as a security event and notified to the requesting unit's managers", async () => {
    const { magistrate, officer, manager } = suite.parties;
    const id = await upload(magistrate, { type: "translation", language: "en", visibility: "shared" });
    const tampered = Buffer.from(PDF);
    tampered[20] = tampered[20]! ^ 0xff;
    await suite.db.update(documentContents).set({ bytes: tampered }).where(eq(documentContents.documentId, id));
    const mark = await outboxMark(suite.db);

    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await expect(readDocument(officer, id)).rejects.toBeInstanceOf(Conflict);
    } finally {
      errors.mockRestore();
    }

    const [event] = await suite.db.select().from(securityEvents).where(eq(securityEvents.kind, "integrityFailure")).orderBy(desc(securityEvents.id));
    expect(event).toMatchObject({ userId: officer.actor.id, requestId: handle.id, documentId: id, status: 409 });
    // No download was audited: nothing went out.
    expect((await suite.db.select().from(auditLog).where(eq(auditLog.subjectId, id))).length).toBe(0);

    const bell = await listNotifications(manager);
    expect(bell[0]).toMatchObject({ requestId: handle.id, text: moveSentence("en", "documentIntegrityFailure", handle.reference, officer.actor.name) });
    const mails = await mailSince(suite.db, mark);
    expect(mails.map((m) => [m.toAddress, m.subject])).toEqual([[manager.actor.email, moveSubject("en", handle.reference, "documentIntegrityFailure")]]);
    // The one who found it was told on the spot; the requesting magistrate hears from the managers.
    expect((await listNotifications(officer)).map((n) => n.text)).not.toContain(bell[0]!.text);

    const review = await listAuditReview(manager, { action: "documentIntegrityFailure" });
    expect(review.entries.map((e) => [e.source, e.reference])).toEqual([["request", handle.reference]]);
    const reported = security((await listAuditReview(admin, { action: "integrityFailure" })).entries);
    expect(reported.map((e) => [e.actorId, e.reference, e.subjectId])).toEqual([[officer.actor.id, handle.reference, id]]);
  });
});

describe("the integrity verifier", () => {
  // Runs last: it tampers with the trails of this file's database.
  it("reports intact, then names the tampered request and entry, to each reader within their scope", async () => {
    const { manager, requestedManager } = suite.parties;
    const bepiRequest = await requestIn("draft", { ...suite.parties, magistrate: bepiMagistrate });
    for (const ctx of [admin, manager, requestedManager, bepiManager]) expect(isIntact(await verifyIntegrity(ctx)), ctx.actor.role).toBe(true);
    expect((await verifyIntegrity(manager)).requestsChecked).toBeGreaterThan(0);
    expect((await verifyIntegrity(bepiManager)).requestsChecked).toBe(1);
    await expect(verifyIntegrity(suite.parties.magistrate)).rejects.toBeInstanceOf(Forbidden);

    await suite.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL session_replication_role = replica`);
      await tx.execute(sql`UPDATE request_events SET data = '{"foreignReference":"FORGED"}' WHERE request_id = ${handle.id} AND seq = 3`);
      await tx.execute(sql`UPDATE audit_log SET data = '{"reference":"FORGED"}'::jsonb WHERE action = 'caseCreated'`);
    });

    const forAdmin = await verifyIntegrity(admin);
    expect(isIntact(forAdmin)).toBe(false);
    expect(forAdmin.requestProblems).toEqual([{ requestId: handle.id, reference: handle.reference, seq: 3, problem: "edited" }]);
    expect(forAdmin.log!.problems.length).toBeGreaterThan(0);
    expect(forAdmin.log!.problems.every((p) => p.problem === "edited")).toBe(true);

    // A manager learns which of their requests is broken, not at which event; the general log is the administrators'.
    const forManager = await verifyIntegrity(manager);
    expect(forManager).toMatchObject({ coverage: "scope", log: null, requestProblems: [{ requestId: handle.id, reference: handle.reference, seq: null, problem: "edited" }] });
    expect((await verifyIntegrity(requestedManager)).requestProblems.map((p) => p.reference)).toEqual([handle.reference]);
    expect(isIntact(await verifyIntegrity(bepiManager))).toBe(true);
    expect(bepiRequest.reference).not.toBe(handle.reference);
  });
});
