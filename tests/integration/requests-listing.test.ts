import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/context";
import { Invalid } from "@/lib/errors";
import { createRequest } from "@/lib/requests/create-request";
import { addMeasure } from "@/lib/requests/draft-parts";
import { listRequests, PAGE_SIZE, type ListFilters } from "@/lib/requests/list-requests";
import { transitionRequest } from "@/lib/requests/transition-request";
import { REQUEST_STATUSES } from "@/lib/requests/vocabulary";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { FIXED_NOW } from "../support/factories";
import { COMPLETE_FIELDS, makeCase, userCtx } from "../support/requests";

/** The request list: filters, search, sort and pages, over 27 requests of one unit. */

let tdb: TestDatabase;
let magistrate: Ctx;
let caseAlpha: string;
let caseBravo: string;

interface Made {
  i: number;
  id: string;
  reference: string;
  country: string;
  urgent: boolean;
  caseId: string;
  submitted: boolean;
}
const made: Made[] = [];

const at = (minutes: number): Ctx => ({ ...magistrate, now: () => new Date(FIXED_NOW.getTime() + minutes * 60_000) });
const SUMMARIES: Record<number, string> = {
  7: "Transfers of 100% of the proceeds to the facilitator",
  8: "Transfers of 1000 pesos a week",
  9: "Platform account holder_id 42 streamed the abuse",
  10: "Livestream from Pampanga paid by wire",
};
const SUBMITTED = [2, 4];

beforeAll(async () => {
  tdb = await createTestDatabase();
  magistrate = await userCtx(tdb.db, "magistrate");
  caseAlpha = (await makeCase(magistrate, { reference: "CASE-ALPHA-7" })).id;
  caseBravo = (await makeCase(magistrate, { reference: "CASE-BRAVO-3" })).id;
  for (let i = 0; i < 27; i++) {
    const country = ["CO", "PH", "MG"][i % 3]!;
    const urgent = i % 5 === 0;
    const caseId = i < 6 ? caseBravo : caseAlpha;
    const { id, reference } = await createRequest(at(i), {
      ...COMPLETE_FIELDS,
      caseId,
      requestedCountryCode: country,
      legalBasis: country === "PH" ? "reciprocity" : "bilateral_convention",
      urgency: urgent ? "urgent" : "normal",
      urgencyReasons: urgent ? "Data preservation expires" : "",
      summaryOfFacts: SUMMARIES[i] ?? `Facts of request number ${i}`,
    });
    made.push({ i, id, reference, country, urgent, caseId, submitted: SUBMITTED.includes(i) });
  }
  // Two are completed and submitted later in the day: they are the most recently updated.
  for (const i of SUBMITTED) {
    const later = at(100);
    await addMeasure(later, { requestId: made[i]!.id, version: 1, type: "bank_records", description: "Accounts of the suspect" });
    await transitionRequest(later, { requestId: made[i]!.id, version: 2, transition: "submit" });
  }
});
afterAll(() => tdb.destroy());

const list = (filters: ListFilters = {}) => listRequests(magistrate, filters);
const ids = (rows: Made[]) => rows.map((r) => r.id);
/** Every matching request, across pages (following each page's "next"). */
async function everything(filters: ListFilters = {}): Promise<string[]> {
  const found: string[] = [];
  for (let page = await list(filters); ; page = await list({ ...filters, after: page.next })) {
    found.push(...page.items.map((i) => i.id));
    if (!page.next) return found;
  }
}

describe("pages", () => {
  it("shows 25 requests a page, each request on exactly one page, and the whole count", async () => {
    const first = await list();
    const second = await list({ after: first.next });
    expect(PAGE_SIZE).toBe(25);
    expect([first.items.length, second.items.length]).toEqual([25, 2]);
    expect([first.position, second.position]).toEqual([0, 25]);
    expect([first.previous, second.next]).toEqual([null, null]);
    expect([first.total, second.total]).toEqual([{ count: 27, exact: true }, { count: 27, exact: true }]);
    const seen = [...first.items, ...second.items].map((i) => i.id);
    expect(new Set(seen).size).toBe(27);
    expect([...seen].sort()).toEqual(ids(made).sort());
  });

  it("goes back from the second page to the first", async () => {
    const first = await list();
    const second = await list({ after: first.next });
    const back = await list({ before: second.previous });
    expect(back.items.map((i) => i.id)).toEqual(first.items.map((i) => i.id));
    expect([back.position, back.previous, back.next]).toEqual([0, null, first.next]);
  });
});

describe("sorting", () => {
  it("by creation, newest first", async () => {
    expect(await everything({ sort: "created_desc" })).toEqual(ids([...made].reverse()));
  });

  it("by last update, most recent first by default, and oldest first on demand", async () => {
    const byUpdate = await everything();
    expect(byUpdate.slice(0, 2).sort()).toEqual(SUBMITTED.map((i) => made[i]!.id).sort());
    expect(byUpdate.slice(2)).toEqual(ids(made.filter((m) => !m.submitted).reverse()));
    const oldestFirst = await everything({ sort: "updated_asc" });
    expect(oldestFirst.slice(0, 25)).toEqual(ids(made.filter((m) => !m.submitted)));
  });

  it("by reference", async () => {
    const references = (await list({ sort: "reference" })).items.map((i) => i.reference);
    const expected = made.map((m) => m.reference).sort().slice(0, 25);
    expect(references).toEqual(expected);
    expect(expected[0]).toBe("MLA-2026-FR-CO-0001");
  });

  it("by status, in lifecycle order", async () => {
    const first = await list({ sort: "status" });
    const rows = [...first.items, ...(await list({ sort: "status", after: first.next })).items];
    const positions = rows.map((r) => REQUEST_STATUSES.indexOf(r.status));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(rows.at(-1)!.status).toBe("in_review");
  });
});

describe("filters", () => {
  const cases: [string, ListFilters, (m: Made) => boolean][] = [
    ["status", { status: "in_review" }, (m) => m.submitted],
    ["country", { country: "CO" }, (m) => m.country === "CO"],
    ["country in lower case", { country: " mg " }, (m) => m.country === "MG"],
    ["urgency", { urgency: "urgent" }, (m) => m.urgent],
    ["country and urgency together", { country: "PH", urgency: "urgent" }, (m) => m.country === "PH" && m.urgent],
    ["empty filters mean any", { status: "", country: "", urgency: "", q: "" }, () => true],
  ];
  for (const [name, filters, expected] of cases) {
    it(`${name}`, async () => {
      const found = await everything(filters);
      expect(found.sort()).toEqual(ids(made.filter(expected)).sort());
      expect((await list(filters)).total).toEqual({ count: made.filter(expected).length, exact: true });
    });
  }

  it("case", async () => {
    expect((await everything({ caseId: caseBravo })).sort()).toEqual(ids(made.filter((m) => m.caseId === caseBravo)).sort());
    expect((await everything({ caseId: caseAlpha })).length).toBe(21);
  });

  it("search by request reference, case reference or summary, ignoring case", async () => {
    const r13 = made[13]!;
    expect(await everything({ q: r13.reference.slice(-10).toLowerCase() })).toEqual([r13.id]);
    expect((await everything({ q: "case-bravo" })).sort()).toEqual(ids(made.filter((m) => m.caseId === caseBravo)).sort());
    expect(await everything({ q: "PAMPANGA" })).toEqual([made[10]!.id]);
    expect(await everything({ q: "nothing like this" })).toEqual([]);
  });

  it("search takes % and _ literally", async () => {
    expect(await everything({ q: "100%" })).toEqual([made[7]!.id]);
    expect(await everything({ q: "%" })).toEqual([made[7]!.id]);
    expect(await everything({ q: "_" })).toEqual([made[9]!.id]);
    expect(await everything({ q: "holder_id" })).toEqual([made[9]!.id]);
    expect(await everything({ q: "\\" })).toEqual([]);
  });

  it("refuses filters that are not choices", async () => {
    for (const filters of [{ status: "lost" }, { urgency: "asap" }, { country: "France" }, { caseId: "case-1" }, { sort: "random" }, { q: "x".repeat(201) }]) {
      await expect(list(filters as ListFilters)).rejects.toBeInstanceOf(Invalid);
    }
  });
});
