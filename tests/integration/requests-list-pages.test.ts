import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/context";
import { Invalid } from "@/lib/errors";
import { createRequest } from "@/lib/requests/create-request";
import { addMeasure } from "@/lib/requests/draft-parts";
import { exportRequests } from "@/lib/requests/export-requests";
import { COUNT_LIMIT, listRequests, PAGE_SIZE, REQUEST_SORTS, type ListFilters } from "@/lib/requests/list-requests";
import { transitionRequest } from "@/lib/requests/transition-request";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { FIXED_NOW } from "../support/factories";
import { COMPLETE_FIELDS, makeCase, userCtx, withManagerScope } from "../support/requests";

/**
 * The request list's pages (keyset pagination): every sort walked page by page, forwards and
 * back, gives exactly the order of one query over everything — no request twice, none
 * missing — including across a scope of two units and across ties; a request written
 * between two page loads does not shift the next page; a garbled or forged cursor is bad
 * input, never a failure; the count stops past COUNT_LIMIT.
 */

let tdb: TestDatabase;
let paris: Ctx;
let bepi: Ctx;
/** A BEPI manager whose scope adds the Paris unit: a scope of two parts. */
let national: Ctx;
const made: { id: string; unit: "paris" | "bepi" }[] = [];

const minutes = (n: number) => new Date(FIXED_NOW.getTime() + n * 60_000);
const at = (ctx: Ctx, n: number): Ctx => ({ ...ctx, now: () => minutes(n) });

beforeAll(async () => {
  tdb = await createTestDatabase();
  paris = await userCtx(tdb.db, "magistrate");
  bepi = await userCtx(tdb.db, "magistrate", "FR-BEPI");
  national = await withManagerScope(await userCtx(tdb.db, "manager", "FR-BEPI"), { unitCodes: ["FR-PARIS-MINORS"] });
  const cases = { paris: (await makeCase(paris)).id, bepi: (await makeCase(bepi)).id };
  // 56 requests, four to an instant (ties across the pages' edges), alternating units.
  for (let i = 0; i < 56; i++) {
    const unit = i % 2 ? "bepi" : "paris";
    const country = ["CO", "PH", "MG"][i % 3]!;
    const { id } = await createRequest(at(unit === "paris" ? paris : bepi, Math.floor(i / 4)), {
      ...COMPLETE_FIELDS,
      caseId: cases[unit],
      requestedCountryCode: country,
      legalBasis: country === "PH" ? "reciprocity" : "bilateral_convention",
    });
    made.push({ id, unit });
  }
  // Some submitted together later: ties on the status and the update time, and running clocks.
  for (const i of [3, 10, 17, 30, 41, 52]) {
    const { id, unit } = made[i]!;
    const ctx = at(unit === "paris" ? paris : bepi, 100);
    await addMeasure(ctx, { requestId: id, version: 1, type: "bank_records", description: "Accounts of the suspect" });
    await transitionRequest(ctx, { requestId: id, version: 2, transition: "submit" });
  }
});
afterAll(() => tdb?.destroy());

type Page = Awaited<ReturnType<typeof listRequests>>;
const references = (page: Page) => page.items.map((i) => i.reference);

/** Every page from the first, following "next"; then every page back from the last, following "previous". */
async function walk(ctx: Ctx, filters: ListFilters) {
  const forwards: Page[] = [await listRequests(ctx, filters)];
  while (forwards.at(-1)!.next) forwards.push(await listRequests(ctx, { ...filters, after: forwards.at(-1)!.next }));
  const backwards: Page[] = [forwards.at(-1)!];
  while (backwards.at(-1)!.previous) backwards.push(await listRequests(ctx, { ...filters, before: backwards.at(-1)!.previous }));
  return { forwards, backwards: backwards.reverse() };
}

/** The order of one query over every matching request: the CSV export's (reference first). */
const oneQuery = async (ctx: Ctx, filters: ListFilters) => (await exportRequests(ctx, filters)).rows.map((row) => row[0]);

describe("pages", () => {
  for (const sort of REQUEST_SORTS) {
    it(`walk the ${sort} order forwards and back, each request once, across a scope of two units`, async () => {
      for (const ctx of [national, paris]) {
        const expected = await oneQuery(ctx, { sort });
        expect(expected.length).toBe(ctx === national ? 56 : 28);
        const { forwards, backwards } = await walk(ctx, { sort });
        expect(forwards.flatMap(references)).toEqual(expected);
        expect(backwards.map(references)).toEqual(forwards.map(references));
        expect(forwards.map((p) => p.position)).toEqual(forwards.map((_, i) => i * PAGE_SIZE));
        expect(backwards.map((p) => p.position)).toEqual(forwards.map((p) => p.position));
      }
    });
  }

  it("walk a filtered list the same way", async () => {
    const filters = { country: "PH", sort: "updated_asc" } as const;
    const { forwards } = await walk(national, filters);
    expect(forwards.flatMap(references)).toEqual(await oneQuery(national, filters));
    expect(forwards.flatMap(references)).toHaveLength(made.filter((_, i) => i % 3 === 1).length);
  });

  it("a request written between two page loads does not shift the next page", async () => {
    for (const sort of ["updated_desc", "created_desc"] as const) {
      const first = await listRequests(national, { sort });
      const second = await listRequests(national, { sort, after: first.next });
      await createRequest(at(paris, 200), { ...COMPLETE_FIELDS, caseId: (await makeCase(paris)).id });
      const again = await listRequests(national, { sort, after: first.next });
      expect(references(again)).toEqual(references(second));
      expect(again.position).toBe(PAGE_SIZE);
      // The newcomer is on the first page, which now begins with it.
      expect((await listRequests(national, { sort })).items[0]!.updatedAt).toEqual(minutes(200));
    }
  });

  it("going back where fewer than a page remain before shows the first page, full", async () => {
    const sort = "updated_asc";
    const first = await listRequests(paris, { sort });
    const second = await listRequests(paris, { sort, after: first.next });
    // Three of the first page are updated: in this order they move after the second page.
    for (const item of first.items.slice(0, 3)) {
      await addMeasure(at(paris, 300), { requestId: item.id, version: item.status === "draft" ? 1 : 2, type: "bank_records", description: "More" });
    }
    const back = await listRequests(paris, { sort, before: second.previous });
    expect(references(back)).toEqual(references(await listRequests(paris, { sort })));
    expect(back.items).toHaveLength(PAGE_SIZE);
    expect([back.position, back.previous]).toEqual([0, null]);
  });
});

describe("cursors from the address", () => {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const ID = "0e8f3c55-2f4e-4c1b-9a51-3b4f5e6d7c8a";
  const AT = "2026-03-02T09:00:00.000000Z";

  it("a garbled or forged cursor is bad input on its own field, never a failure", async () => {
    const real = (await listRequests(paris, {})).next!;
    const bad: [string, ListFilters][] = [
      ["not base64url", { after: "not a cursor!" }],
      ["not JSON", { after: "bm90IGpzb24" }],
      ["JSON null", { after: encode(null) }],
      ["keys as an object", { after: encode({ s: "updated_desc", k: { a: 1 }, n: 0 }) }],
      ["made for another sort", { sort: "reference", after: real }],
      ["too few keys", { after: encode({ s: "updated_desc", k: [AT], n: 0 }) }],
      ["an impossible date", { after: encode({ s: "updated_desc", k: ["2026-02-30T00:00:00.000000Z", ID], n: 0 }) }],
      ["a date in another format", { after: encode({ s: "updated_desc", k: ["2026-03-02 09:00:00+00", ID], n: 0 }) }],
      ["SQL for an id", { after: encode({ s: "updated_desc", k: [AT, "1); drop table requests; --"], n: 0 }) }],
      ["a number for a key", { after: encode({ s: "updated_desc", k: [1_700_000_000, ID], n: 0 }) }],
      ["a missing key that cannot be missing", { after: encode({ s: "updated_desc", k: [null, ID], n: 0 }) }],
      ["an unknown status", { sort: "status", after: encode({ s: "status", k: ["lost", AT, ID], n: 0 }) }],
      ["a NUL in a reference", { sort: "reference", after: encode({ s: "reference", k: ["MLA\u0000", ID], n: 0 }) }],
      ["a negative position", { after: encode({ s: "updated_desc", k: [AT, ID], n: -25 }) }],
      ["a fractional position", { after: encode({ s: "updated_desc", k: [AT, ID], n: 2.5 }) }],
      ["far too long", { after: "A".repeat(5_000) }],
    ];
    for (const [name, filters] of bad) {
      const error = await listRequests(paris, filters).then(
        () => new Error(`${name}: accepted`),
        (e: unknown) => e,
      );
      expect(error, name).toBeInstanceOf(Invalid);
      expect(Object.keys((error as Invalid).fields), name).toEqual(["after"]);
    }
    const both = await listRequests(paris, { after: real, before: real }).catch((e: unknown) => e);
    expect(both).toBeInstanceOf(Invalid);
    expect((both as Invalid).fields).toEqual({ before: ["invalidFormat"] });
    const badBefore = await listRequests(paris, { before: "%%%" }).catch((e: unknown) => e);
    expect((badBefore as Invalid).fields).toEqual({ before: ["invalidFormat"] });
  });

  it("a well-formed cursor made up by hand only moves within the reader's scope", async () => {
    // After a point beyond every request, the descending order starts from the top.
    const future = await listRequests(paris, { after: encode({ s: "updated_desc", k: ["2100-01-01T00:00:00.000000Z", ID], n: 0 }) });
    expect(references(future)).toEqual(references(await listRequests(paris, {})));
    expect(future.items.every((item) => made.find((m) => m.id === item.id)?.unit !== "bepi")).toBe(true);
    const missingDue = await listRequests(paris, { sort: "due_asc", after: encode({ s: "due_asc", k: [null, ID], n: 0 }) });
    expect(missingDue.items.every((item) => item.nextDueAt === null && item.id > ID)).toBe(true);
  });
});

describe("the count", () => {
  it(`stops past ${COUNT_LIMIT.toLocaleString("en")}, and pages still follow each other to the microsecond`, async () => {
    // Copies of one request, made in SQL for speed, a microsecond or a few apart: ties that
    // JavaScript dates cannot tell apart, and far more than the count goes.
    await tdb.db.execute(sql`
      insert into requests (reference, case_id, requesting_unit_id, requested_country_code, legal_basis, channel,
                            created_by, updated_by, owner_id, created_at, updated_at)
      select reference || '-COPY-' || n, case_id, requesting_unit_id, requested_country_code, legal_basis, channel,
             created_by, updated_by, owner_id, created_at, ${minutes(400).toISOString()}::timestamptz + (n % 7) * interval '1 microsecond'
      from requests, generate_series(1, ${COUNT_LIMIT + 1}) n
      where id = ${made[0]!.id}`);
    const first = await listRequests(paris, {});
    expect(first.total).toEqual({ count: COUNT_LIMIT, exact: false });
    expect(first.items).toHaveLength(PAGE_SIZE);
    const pages: string[][] = [references(first)];
    let page = first;
    while (page.next && pages.length < 6) {
      page = await listRequests(paris, { after: page.next });
      pages.push(references(page));
    }
    const expected = (await oneQuery(paris, {})).slice(0, 6 * PAGE_SIZE);
    expect(pages.flat()).toEqual(expected);
    expect((await listRequests(paris, { country: "MG" })).total.exact).toBe(true);
  });
});
