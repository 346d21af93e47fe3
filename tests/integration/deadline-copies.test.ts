import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { requestDeadlines, requests } from "@/db/schema";
import { refreshDeadlines } from "@/lib/deadlines/refresh";
import { createSupplementaryRequest } from "@/lib/requests/supplementary";
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
  });
});
