import { and, count, eq, inArray, isNotNull, type SQL } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, requestEvents, requests } from "@/db/schema";
import { listAuditReview, REVIEW_PAGE_SIZE, type ReviewEntry } from "@/lib/audit/review";
import { loadAuditReviewPage } from "@/lib/audit/review-page";
import type { Ctx } from "@/lib/context";
import { Forbidden, Invalid } from "@/lib/errors";
import { addComment } from "@/lib/requests/comment";
import { createCase } from "@/lib/requests/create-case";
import { transitionRequest } from "@/lib/requests/transition-request";
import {
  draftRequest, MOVE_DETAILS, requestIn, userCtx, WAIVER_REASON, type RequestHandle,
} from "../support/requests";
import { requestSuite } from "../support/request-suite";

/**
 * The audit review (docs/product.md, "Security"): each reader sees the events of their scope
 * and nothing else, administrators every trail without case content; the filters narrow.
 */

const suite = requestSuite();
let admin: Ctx;
let bepiMagistrate: Ctx;
let bepiManager: Ctx;
let paris: RequestHandle;
let question: RequestHandle;
let bepi: RequestHandle;
const INTERNAL_NOTE = "Note interne : la victime a 9 ans";
const QUESTION_TEXT = "Which bank holds the account of the suspect's cousin?";

beforeAll(async () => {
  admin = await userCtx(suite.db, "admin");
  bepiMagistrate = await userCtx(suite.db, "magistrate", "FR-BEPI");
  bepiManager = await userCtx(suite.db, "manager", "FR-BEPI");
  const { magistrate, officer } = suite.parties;
  paris = await requestIn("transmitted", suite.parties);
  await addComment(magistrate, { requestId: paris.id, body: INTERNAL_NOTE });
  question = await requestIn("acknowledged", suite.parties);
  await transitionWithText(officer, question, "requestInformation", QUESTION_TEXT);
  bepi = await draftRequest(bepiMagistrate);
  // A later event, for the period filter: a comment six weeks on.
  await addComment({ ...magistrate, now: () => new Date("2026-04-15T10:00:00Z") }, { requestId: paris.id, body: "Relance" });
});

async function transitionWithText(ctx: Ctx, handle: RequestHandle, transition: "requestInformation", text: string) {
  await transitionRequest(ctx, { ...MOVE_DETAILS, text, requestId: handle.id, version: handle.version, transition });
  handle.version += 1;
}

/** Every entry of the review for this reader (all pages). */
async function everything(ctx: Ctx, filters: Parameters<typeof listAuditReview>[1] = {}): Promise<ReviewEntry[]> {
  const all: ReviewEntry[] = [];
  for (let page = 1; ; page++) {
    const { entries, total } = await listAuditReview(ctx, { ...filters, page: String(page) });
    all.push(...entries);
    if (all.length >= total || entries.length === 0) return all;
  }
}

const requestEventIds = (entries: ReviewEntry[]) => entries.filter((e) => e.source === "request").map((e) => e.id).sort((a, b) => a - b);

/** The events a side may read of the requests it stands in, written out from docs/product.md "Roles" here, not from the policy module. */
async function expectedEventIds(where: SQL | undefined): Promise<number[]> {
  const rows = await suite.db
    .select({ id: requestEvents.id })
    .from(requestEvents)
    .innerJoin(requests, eq(requests.id, requestEvents.requestId))
    .where(where);
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

describe("who sees what", () => {
  it("a manager sees every event of their unit's requests, and nothing of another unit", async () => {
    const parisUnit = suite.parties.manager.actor.unitId!;
    const seen = await everything(suite.parties.manager);
    expect(requestEventIds(seen)).toEqual(await expectedEventIds(eq(requests.requestingUnitId, parisUnit)));
    expect(seen.map((e) => e.reference)).not.toContain(bepi.reference);
    expect(seen.some((e) => e.reference === paris.reference && e.action === "commented")).toBe(true);

    const seenByBepi = await everything(bepiManager);
    expect(new Set(seenByBepi.map((e) => e.reference))).toEqual(new Set([bepi.reference]));
    expect(seenByBepi.map((e) => e.actorId)).not.toContain(suite.parties.magistrate.actor.id);
  });

  it("the requested side's manager sees the shared events of transmitted requests, never the requesting side's internal ones", async () => {
    const seen = await everything(suite.parties.requestedManager);
    const expected = await expectedEventIds(
      and(eq(requests.requestedCountryCode, "PH"), isNotNull(requests.transmittedAt), inArray(requestEvents.visibility, ["shared", "requested_internal"])),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(requestEventIds(seen)).toEqual(expected);
    // Drafting, review and the internal note stay on the requesting side.
    const actions = new Set(seen.map((e) => e.action));
    for (const internal of ["created", "submit", "validate", "checklistItemWaived"]) expect(actions.has(internal)).toBe(false);
    expect(seen.some((e) => e.reference === paris.reference && e.action === "commented")).toBe(false);
    expect(actions.has("transmit")).toBe(true);
    expect(seen.map((e) => e.reference)).not.toContain(bepi.reference);
  });

  it("an administrator sees every trail, with no case content", async () => {
    const seen = await everything(admin);
    const [events] = await suite.db.select({ n: count() }).from(requestEvents);
    const [entries] = await suite.db.select({ n: count() }).from(auditLog);
    expect(seen.filter((e) => e.source === "request")).toHaveLength(events!.n);
    expect(seen.filter((e) => e.source === "log")).toHaveLength(entries!.n);
    expect(seen.map((e) => e.reference)).toEqual(expect.arrayContaining([paris.reference, question.reference, bepi.reference]));
    // What an entry is made of: actions, people, times, ids and references — no data.
    expect(Object.keys(seen[0]!).sort()).toEqual(
      [
        "source", "id", "at", "actorId", "actorName", "actorRole", "action", "requestId", "reference", "fromStatus", "toStatus",
        "subjectType", "subjectId", "documentType", "documentVersion", "email", "reason", "surface", "path", "status",
      ].sort(),
    );
    const text = JSON.stringify(seen);
    for (const content of [INTERNAL_NOTE, QUESTION_TEXT, MOVE_DETAILS.text, MOVE_DETAILS.foreignReference, WAIVER_REASON, "Pampanga", "Live-streamed"]) {
      expect(text).not.toContain(content);
    }
  });

  it("is refused to magistrates and liaison officers", async () => {
    await expect(listAuditReview(suite.parties.magistrate)).rejects.toBeInstanceOf(Forbidden);
    await expect(listAuditReview(suite.parties.officer)).rejects.toBeInstanceOf(Forbidden);
  });
});

describe("filters, order and pages", () => {
  it("narrows by actor, request reference, action and period", async () => {
    const { magistrate, officer } = suite.parties;
    const byMagistrate = await everything(admin, { actor: magistrate.actor.email.toUpperCase() });
    expect(byMagistrate.length).toBeGreaterThan(0);
    expect(new Set(byMagistrate.map((e) => e.actorId))).toEqual(new Set([magistrate.actor.id]));

    const ofParis = await everything(suite.parties.manager, { reference: paris.reference.slice(-6) });
    expect(new Set(ofParis.map((e) => e.reference))).toEqual(new Set([paris.reference]));

    const questions = await everything(suite.parties.manager, { action: "requestInformation" });
    expect(questions.map((e) => [e.reference, e.actorId])).toEqual([[question.reference, officer.actor.id]]);

    const april = await everything(suite.parties.manager, { from: "2026-04-01", to: "2026-04-30" });
    expect(april.map((e) => [e.reference, e.action])).toEqual([[paris.reference, "commented"]]);
    // A filter narrows the scope, never widens it: another unit's request is not found by name.
    expect(await everything(suite.parties.manager, { reference: bepi.reference })).toEqual([]);
  });

  it("lists newest first, a page at a time, with the total", async () => {
    // Enough requests for several pages of the administrator's review.
    const kase = await createCase(bepiMagistrate, { reference: "BEPI-PAGES", title: "Pages", offences: "o", hardDate: "2027-01-15" });
    for (let i = 0; i < 25; i++) await draftRequest(bepiMagistrate, { caseId: kase.id, measures: 2 });
    const first = await listAuditReview(admin, {});
    const second = await listAuditReview(admin, { page: "2" });
    expect(first.total).toBeGreaterThan(2 * REVIEW_PAGE_SIZE);
    expect(first.entries).toHaveLength(REVIEW_PAGE_SIZE);
    expect(second.entries).toHaveLength(REVIEW_PAGE_SIZE);
    const all = [...first.entries, ...second.entries];
    expect(new Set(all.map((e) => `${e.source}:${e.id}`)).size).toBe(all.length);
    for (let i = 1; i < all.length; i++) expect(all[i - 1]!.at.getTime()).toBeGreaterThanOrEqual(all[i]!.at.getTime());
    expect(first.entries[0]!.at.toISOString()).toBe("2026-04-15T10:00:00.000Z");
  });

  it("refuses bad filters by field, and the page shows them instead of entries", async () => {
    const failure = await listAuditReview(admin, { from: "2026-05-01", to: "2026-04-01", action: "drop table" }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(Invalid);
    expect((failure as Invalid).fields).toEqual({ action: ["invalidChoice"], to: ["periodInverted"] });
    const page = await loadAuditReviewPage(admin, { from: "not a date" });
    expect(page.review).toBeNull();
    expect(page.errors.from).toContain("invalidDate");
  });

  it("offers the actions of the reader's trails", async () => {
    const forManager = await loadAuditReviewPage(suite.parties.manager, {});
    expect(forManager.actions.log).toEqual(["documentDownloaded"]);
    expect(forManager.actions.security).toEqual(["signInFailed", "accessRefused", "integrityFailure"]);
    const forAdmin = await loadAuditReviewPage(admin, {});
    expect(forAdmin.actions.log).toContain("caseCreated");
    expect(forAdmin.actions.request).toContain("transmit");
  });
});
