import { count, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { notifications, requestEvents, requests } from "@/db/schema";
import { verifyAuditChains } from "@/lib/audit/verify";
import { addComment } from "@/lib/requests/comment";
import { addPerson, removeMeasure } from "@/lib/requests/draft-parts";
import { reportMeasure } from "@/lib/requests/report-measure";
import { createSupplementaryRequest } from "@/lib/requests/supplementary";
import { updateDraft } from "@/lib/requests/update-draft";
import {
  COMPLETE_FIELDS, draftRequest, eventsOf, move, requestIn, storedRequest, waiveMissingItems, type RequestHandle,
} from "../support/requests";
import { requestSuite } from "../support/request-suite";

/**
 * The audit trail is append-only in the database and tamper-evident through its hash chain
 * (docs/product.md, "Security").
 */

const suite = requestSuite();


/**
 * Runs `statement` with the append-only trigger bypassed, as a superuser could. SET LOCAL
 * ends with the transaction, so the next statement on this connection is guarded again.
 */
async function tamper(statement: ReturnType<typeof sql>) {
  await suite.db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL session_replication_role = replica`);
    await tx.execute(statement);
  });
}

const problemsOf = async (handle: RequestHandle) =>
  (await verifyAuditChains(suite.db, { requestId: handle.id })).problems.map(({ seq, problem }) => ({ seq, problem }));

/** Error message of a failed query, whichever driver raised it. */
async function failure(query: Promise<unknown>): Promise<string> {
  try {
    await query;
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause;
    return `${(error as Error).message} ${cause?.message ?? ""}`;
  }
  return "succeeded";
}

// Runs first: it checks every chain in this file's database before the tampering tests below.
describe("a realistic history", () => {
  it("verifies, and records every step in order", async () => {
    const { magistrate, manager, officer } = suite.parties;
    const handle = await draftRequest(magistrate, { measures: 2 });
    await updateDraft(magistrate, { ...COMPLETE_FIELDS, requestId: handle.id, version: handle.version, urgency: "urgent", urgencyReasons: "Preservation expires" });
    handle.version += 1;
    await addPerson(magistrate, { requestId: handle.id, version: handle.version, role: "victim", identity: "Child A" });
    handle.version += 1;
    await removeMeasure(magistrate, { requestId: handle.id, version: handle.version, measureId: handle.measureIds.pop()! });
    handle.version += 1;
    await addComment(magistrate, { requestId: handle.id, body: "Ready for review" });
    await move(magistrate, handle, "submit");
    await move(manager, handle, "returnToDraft");
    await move(magistrate, handle, "submit");
    await move(manager, handle, "validate");
    await waiveMissingItems(manager, handle); // the five documents of a PH request, sent outside the application
    await move(magistrate, handle, "transmit");
    await move(officer, handle, "acknowledge");
    await move(officer, handle, "requestInformation");
    await move(magistrate, handle, "answerInformation");
    await move(officer, handle, "startExecution");
    await reportMeasure(officer, { requestId: handle.id, measureId: handle.measureIds[0]!, version: handle.version, status: "returned" });
    handle.version += 1;
    await move(officer, handle, "reportExecution");
    await addComment(officer, { requestId: handle.id, body: "Evidence sent by courier" });
    await move(magistrate, handle, "close");
    const supplementary = await createSupplementaryRequest(magistrate, { parentRequestId: handle.id });

    expect((await eventsOf(suite.db, handle.id)).map((e) => `${e.seq}:${e.action}`)).toEqual([
      "1:created", "2:measureAdded", "3:measureAdded", "4:updated", "5:personAdded", "6:measureRemoved", "7:commented",
      "8:submit", "9:returnToDraft", "10:submit", "11:validate",
      "12:checklistItemWaived", "13:checklistItemWaived", "14:checklistItemWaived", "15:checklistItemWaived", "16:checklistItemWaived",
      "17:transmit", "18:acknowledge", "19:requestInformation",
      "20:answerInformation", "21:startExecution", "22:measureReported", "23:reportExecution", "24:commented", "25:close",
      // The parent's trail records its supplementary request too.
      "26:supplementaryCreated",
    ]);
    expect((await eventsOf(suite.db, supplementary.id)).map((e) => e.action)).toEqual(["created"]);

    const report = await verifyAuditChains(suite.db);
    const [events] = await suite.db.select({ n: count() }).from(requestEvents);
    const [rows] = await suite.db.select({ n: count() }).from(requests);
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ requestsChecked: rows!.n, eventsChecked: events!.n });
    expect(report.eventsChecked).toBeGreaterThanOrEqual(27);
    expect(await verifyAuditChains(suite.db, { requestId: handle.id })).toEqual({ requestsChecked: 1, eventsChecked: 26, erasedUnverifiable: 0, problems: [] });
  });
});

describe("the database keeps the trail append-only", () => {
  it("refuses to update, delete or truncate events, whoever asks", async () => {
    const handle = await requestIn("transmitted", suite.parties);
    const before = await eventsOf(suite.db, handle.id);
    expect(await failure(suite.db.execute(sql`UPDATE request_events SET action = 'forged' WHERE request_id = ${handle.id}`))).toMatch(/append-only/);
    expect(await failure(suite.db.execute(sql`DELETE FROM request_events WHERE request_id = ${handle.id} AND seq = 2`))).toMatch(/append-only/);
    // Notifications point at their event, so a plain TRUNCATE is refused by the foreign key;
    // with CASCADE it reaches the trigger, which refuses it too (and the notifications stay).
    expect(await failure(suite.db.execute(sql`TRUNCATE request_events`))).not.toBe("succeeded");
    const [notices] = await suite.db.select({ n: count() }).from(notifications);
    expect(notices!.n).toBeGreaterThan(0);
    expect(await failure(suite.db.execute(sql`TRUNCATE request_events CASCADE`))).toMatch(/append-only/);
    expect((await suite.db.select({ n: count() }).from(notifications))[0]).toEqual(notices);
    expect(await eventsOf(suite.db, handle.id)).toEqual(before);
    expect(await problemsOf(handle)).toEqual([]);
  });
});

describe("the verifier detects tampering that gets past the database", () => {
  it("an edited event", async () => {
    const handle = await requestIn("acknowledged", suite.parties);
    await tamper(sql`UPDATE request_events SET data = '{"foreignReference":"FORGED"}' WHERE request_id = ${handle.id} AND seq = 6`);
    expect(await problemsOf(handle)).toEqual([{ seq: 6, problem: "edited" }]);
    // The trigger is back in force once the tampering transaction is over.
    expect(await failure(suite.db.execute(sql`UPDATE request_events SET action = 'x' WHERE request_id = ${handle.id}`))).toMatch(/append-only/);
  });

  it("an event whose author or time was changed", async () => {
    const handle = await requestIn("transmitted", suite.parties);
    await tamper(sql`UPDATE request_events SET actor_id = ${suite.parties.manager.actor.id} WHERE request_id = ${handle.id} AND seq = 3`);
    await tamper(sql`UPDATE request_events SET at = at - interval '1 day' WHERE request_id = ${handle.id} AND seq = 5`);
    expect(await problemsOf(handle)).toEqual([{ seq: 3, problem: "edited" }, { seq: 5, problem: "edited" }]);
  });

  it("an event deleted from the middle", async () => {
    const handle = await requestIn("acknowledged", suite.parties);
    await tamper(sql`DELETE FROM request_events WHERE request_id = ${handle.id} AND seq = 4`);
    expect(await problemsOf(handle)).toEqual([{ seq: 5, problem: "broken_link" }]);
  });

  it("two events swapped", async () => {
    const handle = await requestIn("acknowledged", suite.parties);
    await tamper(sql`UPDATE request_events SET seq = 1000 WHERE request_id = ${handle.id} AND seq = 3`);
    await tamper(sql`UPDATE request_events SET seq = 3 WHERE request_id = ${handle.id} AND seq = 4`);
    await tamper(sql`UPDATE request_events SET seq = 4 WHERE request_id = ${handle.id} AND seq = 1000`);
    const problems = await problemsOf(handle);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems).toContainEqual({ seq: 3, problem: "broken_link" });
  });

  it("the last events deleted", async () => {
    const handle = await requestIn("in_execution", suite.parties);
    const head = (await storedRequest(suite.db, handle.id)).headSeq;
    await tamper(sql`DELETE FROM request_events WHERE request_id = ${handle.id} AND seq = ${head}`);
    expect(await problemsOf(handle)).toEqual([{ seq: head, problem: "truncated" }]);
  });

  it("only the tampered request is reported; the others still verify", async () => {
    const clean = await requestIn("transmitted", suite.parties);
    const tampered = await requestIn("transmitted", suite.parties);
    await tamper(sql`UPDATE request_events SET visibility = 'shared' WHERE request_id = ${tampered.id} AND seq = 2`);
    const report = await verifyAuditChains(suite.db);
    expect(report.problems).toContainEqual(expect.objectContaining({ requestId: tampered.id, reference: tampered.reference, seq: 2, problem: "edited" }));
    expect(report.problems.map((p) => p.requestId)).not.toContain(clean.id);
    expect(await problemsOf(clean)).toEqual([]);
  });
});
