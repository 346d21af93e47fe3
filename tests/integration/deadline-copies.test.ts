import { eq, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { comments, requestDeadlines, requests } from "@/db/schema";
import { refreshDeadlines, waitForWriters } from "@/lib/deadlines/refresh";
import { getRequest } from "@/lib/requests/get-request";
import { createSupplementaryRequest } from "@/lib/requests/supplementary";
import { writeRequest } from "@/lib/requests/write";
import { advance, draftRequest, makeCase, move, requestIn, waiveMissingItems } from "../support/requests";
import { requestSuite } from "../support/request-suite";

/**
 * Each request carries a copy of its deadline summary's next due date and hard-date risk
 * (db/schema/requests.ts), which the dashboard counts from: written with the summary, the
 * same values, whoever computed last.
 */

const suite = requestSuite();

/** Each request's copies beside its summary's values. */
async function copiesAndSummaries() {
  const rows = await suite.db
    .select({
      id: requests.id,
      copied: { nextDueAt: requests.nextDueAt, hardDateAtRisk: requests.hardDateAtRisk },
      summary: { nextDueAt: requestDeadlines.nextDueAt, hardDateAtRisk: requestDeadlines.hardDateAtRisk },
    })
    .from(requests)
    .innerJoin(requestDeadlines, eq(requestDeadlines.requestId, requests.id));
  return rows;
}

async function copyOf(requestId: string) {
  const [row] = await suite.db
    .select({ nextDueAt: requests.nextDueAt, hardDateAtRisk: requests.hardDateAtRisk })
    .from(requests)
    .where(eq(requests.id, requestId));
  return row!;
}

describe("the requests' copies of their deadline summary", () => {
  it("follow every write: set when a clock runs, cleared when none does", async () => {
    const { magistrate, manager, officer } = suite.parties;
    const handle = await draftRequest(magistrate);
    await move(magistrate, handle, "submit");
    await move(manager, handle, "validate");
    await waiveMissingItems(manager, handle);
    await move(magistrate, handle, "transmit");
    // Transmitted: the acknowledgement clock runs.
    const transmitted = await copyOf(handle.id);
    expect(transmitted.nextDueAt).toBeInstanceOf(Date);
    await move(officer, handle, "acknowledge");
    await move(officer, handle, "refuse");
    // Refused: a final state, no clock runs.
    expect((await copyOf(handle.id)).nextDueAt).toBeNull();

    const closed = await requestIn("closed", suite.parties);
    await createSupplementaryRequest(magistrate, { parentRequestId: closed.id });
    const rows = await copiesAndSummaries();
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect(row.copied, row.id).toEqual(row.summary);
  });

  it("keep the newest computation's values, as the summary does", async () => {
    const { magistrate } = suite.parties;
    // A trial two years away: today the request is expected to finish long before it; computed
    // three years on, after it (at risk).
    const kase = await makeCase(magistrate, { hardDate: "2028-03-02" });
    const handle = await draftRequest(magistrate, { caseId: kase.id });
    await advance(handle, "transmitted", suite.parties);
    const now = magistrate.now();
    const later = new Date(now.getTime() + 3 * 365 * 24 * 3600 * 1000);
    await refreshDeadlines(suite.db, [handle.id], later);
    expect(await copyOf(handle.id)).toMatchObject({ hardDateAtRisk: true });
    // An older computation finishing last changes neither the summary nor the copies.
    const older = await refreshDeadlines(suite.db, [handle.id], now);
    expect(older.get(handle.id)).toMatchObject({ ok: true, hardDateAtRisk: false });
    const [kept] = await suite.db.select().from(requestDeadlines).where(eq(requestDeadlines.requestId, handle.id));
    expect(kept!.computedAt).toEqual(later);
    expect(await copyOf(handle.id)).toEqual({ nextDueAt: kept!.nextDueAt, hardDateAtRisk: true });
    // The copies stay the dashboard's: the request page's row, which the requested side reads too,
    // carries neither (the requesting side's hard-date risk is not that side's business).
    const seen = await getRequest(suite.parties.officer, handle.id);
    expect(seen.request).not.toHaveProperty("hardDateAtRisk");
    expect(seen.request).not.toHaveProperty("nextDueAt");
  });
});

// Two transactions at once need a second connection, which PGlite has not: PostgreSQL only (CI).
describe.runIf(Boolean(process.env.DATABASE_URL))("a write to a follow-up while the deadline job runs", () => {
  it("queues behind the job or the job behind it, never each waiting for the other", async () => {
    const { magistrate } = suite.parties;
    const parent = await requestIn("closed", suite.parties);
    // The job locks its page in id order: the case to fear is the parent first, then the follow-up.
    let child = await createSupplementaryRequest(magistrate, { parentRequestId: parent.id });
    while (child.id < parent.id) child = await createSupplementaryRequest(magistrate, { parentRequestId: parent.id });
    // A stale copy on the parent: the write's refresh of the parent must rewrite it.
    await suite.db.update(requests).set({ nextDueAt: new Date("2030-01-01T00:00:00Z") }).where(eq(requests.id, parent.id));

    let locked!: () => void;
    const writerHoldsLocks = new Promise<void>((resolve) => (locked = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    // A comment on the follow-up, held open once its locks are taken.
    const write = writeRequest(magistrate, { requestId: child.id, version: null }, "comment", async (tx, request) => {
      locked();
      await released;
      const [comment] = await tx
        .insert(comments)
        .values({ requestId: request.id, authorId: magistrate.actor.id, body: "Pending the job.", visibility: "internal", createdAt: magistrate.now() })
        .returning({ id: comments.id });
      return { event: { action: "commented", visibility: "internal", data: { commentId: comment!.id } }, result: null };
    });
    await writerHoldsLocks;
    // The job's page, as scan.ts runs it.
    const job = suite.db.transaction(async (tx) => {
      await waitForWriters(tx, [parent.id, child.id]);
      await refreshDeadlines(tx, [parent.id, child.id], magistrate.now());
    });
    // Let the job reach its lock and wait there before the write goes on.
    await vi.waitFor(async () => {
      const [waiting] = await suite.db
        .select({ n: sql<number>`count(*)::int` })
        .from(sql`pg_stat_activity`)
        .where(sql`datname = current_database() and wait_event_type = 'Lock'`);
      expect(waiting!.n).toBeGreaterThan(0);
    }, { timeout: 5_000, interval: 50 });
    release();
    await Promise.all([write, job]);
    const [copied] = await suite.db.select({ nextDueAt: requests.nextDueAt }).from(requests).where(eq(requests.id, parent.id));
    expect(copied!.nextDueAt).toBeNull();
  });
});
