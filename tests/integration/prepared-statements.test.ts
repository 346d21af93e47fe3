import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTestDatabase, type TestDatabase } from "../support/database";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb.destroy());

/** A query of a shape nothing else runs, and the statements of that shape this connection keeps prepared. */
// On postgres.js, execute answers an array of rows.
const rowsOf = async <Row>(query: Promise<unknown>) => (await query) as Row[];
const byCode = async (db: Db, code: string) =>
  (await rowsOf<{ code: string }>(db.execute(sql`select lower(${code}::text) as code /* prepared_probe */`))).map((r) => r.code);
async function preparedProbes(db: Db): Promise<number> {
  const rows = await rowsOf<{ n: number }>(
    db.execute(sql`select count(*)::int n from pg_prepared_statements where statement like '%prepared_probe%' and statement not like '%pg_prepared_statements%'`),
  );
  return rows[0]!.n;
}

// db/prepared-statements.ts: a PostgreSQL matter (PGlite runs in the process, with no trips to save).
describe.runIf(Boolean(process.env.DATABASE_URL))("queries are prepared on PostgreSQL (db/prepared-statements.ts)", () => {
  it("keeps a query drizzle did not name prepared on its connection, with the same answers", async () => {
    // A transaction holds one connection: what was prepared on it is visible to the next query.
    await tdb.db.transaction(async (tx) => {
      expect(await preparedProbes(tx)).toBe(0);
      expect(await byCode(tx, "PH")).toEqual(["ph"]);
      expect(await byCode(tx, "CO")).toEqual(["co"]);
      expect(await byCode(tx, "ZZ")).toEqual(["zz"]);
      // One statement for the three: the values are parameters.
      expect(await preparedProbes(tx)).toBe(1);
    });
  });

  it("prepares inside a savepoint too, and a failed savepoint still rolls back alone", async () => {
    await tdb.db.transaction(async (tx) => {
      await expect(
        tx.transaction(async (inner) => {
          expect(await byCode(inner, "MG")).toEqual(["mg"]);
          expect(await preparedProbes(inner)).toBe(1);
          throw new Error("rolled back");
        }),
      ).rejects.toThrow("rolled back");
      expect(await byCode(tx, "RO")).toEqual(["ro"]);
    });
  });
});
