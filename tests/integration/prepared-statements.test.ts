import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTestDatabase, type TestDatabase } from "../support/database";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb.destroy());

// On postgres.js, execute answers an array of rows.
const rowsOf = async <Row>(query: Promise<unknown>) => (await query) as Row[];

/** A query of a shape nothing else runs: `marker` (a constant) is in its text. */
const probe = async (db: Db, marker: string, code: string) =>
  (await rowsOf<{ code: string }>(db.execute(sql`select lower(${code}::text) as code /* ${sql.raw(marker)} */`))).map((r) => r.code);

/** The statements of that shape this connection keeps prepared. */
async function prepared(db: Db, marker: string): Promise<number> {
  const rows = await rowsOf<{ n: number }>(
    db.execute(sql`select count(*)::int n from pg_prepared_statements where statement like ${`%/* ${marker} */%`} and statement not like '%pg_prepared_statements%'`),
  );
  return rows[0]!.n;
}

// db/prepared-statements.ts: a PostgreSQL matter (PGlite runs in the process, with no trips to save).
describe.runIf(Boolean(process.env.DATABASE_URL))("queries are prepared on PostgreSQL (db/prepared-statements.ts)", () => {
  it("keeps a query drizzle did not name prepared on its connection, with the same answers", async () => {
    // A transaction holds one connection: what was prepared on it is visible to the next query.
    await tdb.db.transaction(async (tx) => {
      expect(await prepared(tx, "probe_transaction")).toBe(0);
      expect(await probe(tx, "probe_transaction", "PH")).toEqual(["ph"]);
      expect(await probe(tx, "probe_transaction", "CO")).toEqual(["co"]);
      expect(await probe(tx, "probe_transaction", "ZZ")).toEqual(["zz"]);
      // One statement for the three: the values are parameters.
      expect(await prepared(tx, "probe_transaction")).toBe(1);
    });
  });

  it("prepares inside a savepoint too, and the transaction goes on after a failed savepoint", async () => {
    await tdb.db.transaction(async (tx) => {
      await expect(
        tx.transaction(async (inner) => {
          expect(await prepared(inner, "probe_savepoint")).toBe(0);
          expect(await probe(inner, "probe_savepoint", "MG")).toEqual(["mg"]);
          expect(await prepared(inner, "probe_savepoint")).toBe(1);
          throw new Error("rolled back");
        }),
      ).rejects.toThrow("rolled back");
      expect(await probe(tx, "probe_transaction", "RO")).toEqual(["ro"]);
    });
  });
});
