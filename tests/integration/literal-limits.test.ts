import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import type { Ctx } from "@/lib/context";
import { caseFilterOptions } from "@/lib/requests/cases";
import { listRequests } from "@/lib/requests/list-requests";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { makeCase, userCtx } from "../support/requests";

/**
 * The list page's statements reach PostgreSQL with their LIMITs written in (db/literal-limit.ts),
 * so that a connection plans them once: with a `limit $n`, PostgreSQL plans them anew at every
 * view. Read from what the connection actually prepared (pg_prepared_statements).
 */

let tdb: TestDatabase;
let magistrate: Ctx;
beforeAll(async () => {
  tdb = await createTestDatabase();
  magistrate = await userCtx(tdb.db, "magistrate");
  await makeCase(magistrate);
});
afterAll(() => tdb?.destroy());

interface Prepared {
  statement: string;
  generic_plans: number;
}

async function preparedLike(db: Db, pattern: string): Promise<Prepared[]> {
  return (await db.execute(
    sql`select statement, generic_plans::int from pg_prepared_statements where statement like ${pattern} and statement not like '%pg_prepared_statements%'`,
  )) as unknown as Prepared[];
}

describe.runIf(Boolean(process.env.DATABASE_URL))("the list page's LIMITs are written into its statements (PostgreSQL)", () => {
  it("prepares the page, the bounded count and the case filter without a LIMIT parameter, and keeps one plan for the page", async () => {
    // A transaction holds one connection: its prepared statements are the ones listed.
    await tdb.db.transaction(async (tx) => {
      const ctx = { ...magistrate, db: tx };
      for (let view = 0; view < 7; view++) {
        await Promise.all([listRequests(ctx, {}), caseFilterOptions(ctx, undefined)]);
      }
      const page = await preparedLike(tx, `%"cursor_key"%`);
      const count = await preparedLike(tx, `%count(*) from (select%"matching"%`);
      const cases = await preparedLike(tx, `%from "cases"%order by "cases"."updated_at" desc%`);
      for (const found of [page, count, cases]) {
        expect(found).toHaveLength(1);
        expect(found[0]!.statement).toMatch(/ limit \d+/);
        expect(found[0]!.statement).not.toMatch(/ limit \$\d+/);
      }
      // Past its first five runs PostgreSQL settles on the one plan (it would not with `limit $n`).
      expect(page[0]!.generic_plans).toBeGreaterThan(0);
    });
  });
});
