import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/context";
import { Forbidden, Invalid } from "@/lib/errors";
import { CASES_SHOWN, findCases } from "@/lib/requests/cases";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { makeCase, userCtx } from "../support/requests";

/** The cases page (findCases): the most recently active first, bounded, searched by reference or title, within the scope. */

let tdb: TestDatabase;
let paris: Ctx;
let bepi: Ctx;
let officer: Ctx;
const EXTRA = 5;

beforeAll(async () => {
  tdb = await createTestDatabase();
  paris = await userCtx(tdb.db, "magistrate");
  bepi = await userCtx(tdb.db, "magistrate", "FR-BEPI");
  officer = await userCtx(tdb.db, "liaison_officer", "PH-DOJ-OCSC");
  for (let i = 0; i < CASES_SHOWN + EXTRA; i++) {
    await makeCase(paris, { reference: `PARIS-${String(i).padStart(4, "0")}`, title: i === 42 ? "Réseau 100% en ligne, Cebu" : `Procédure ${i}` });
  }
  await makeCase(bepi, { reference: "BEPI-SECRET-1", title: "Cebu, affaire du BEPI" });
  // One update time per case, the later the higher the number: the expected order is known.
  await tdb.db.execute(sql`update cases set updated_at = now() - (10000 - substring(reference from 7)::int) * interval '1 minute' where reference like 'PARIS-%'`);
});
afterAll(() => tdb?.destroy());

describe("the cases page", () => {
  it("shows the CASES_SHOWN most recently active of the unit's cases, and how many there are", async () => {
    const { cases, total } = await findCases(paris);
    expect(cases).toHaveLength(CASES_SHOWN);
    expect(total).toEqual({ count: CASES_SHOWN + EXTRA, exact: true });
    const expected = Array.from({ length: CASES_SHOWN }, (_, i) => `PARIS-${String(CASES_SHOWN + EXTRA - 1 - i).padStart(4, "0")}`);
    expect(cases.map((c) => c.reference)).toEqual(expected);
  });

  it("finds a case left out by its reference or its title, whatever the letter case, wildcards as plain text", async () => {
    expect((await findCases(paris, { q: "paris-0003" })).cases.map((c) => c.reference)).toEqual(["PARIS-0003"]);
    expect((await findCases(paris, { q: "  100%  " })).cases.map((c) => c.reference)).toEqual(["PARIS-0042"]);
    expect((await findCases(paris, { q: "cebu" })).cases.map((c) => c.reference)).toEqual(["PARIS-0042"]);
    const none = await findCases(paris, { q: "%_%" });
    expect(none).toMatchObject({ cases: [], total: { count: 0, exact: true }, q: "%_%" });
  });

  it("never reaches another unit's cases, even by their exact reference", async () => {
    expect((await findCases(paris, { q: "BEPI-SECRET-1" })).cases).toEqual([]);
    expect((await findCases(bepi, { q: "cebu" })).cases.map((c) => c.reference)).toEqual(["BEPI-SECRET-1"]);
    await expect(findCases(officer)).rejects.toBeInstanceOf(Forbidden);
  });

  it("refuses too long a search as bad input, named by its field", async () => {
    const error = await findCases(paris, { q: "x".repeat(201) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Invalid);
    expect(Object.keys((error as Invalid).fields)).toEqual(["q"]);
  });
});
