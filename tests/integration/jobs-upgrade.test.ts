import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { startJobs } from "@/lib/jobs/scheduler";
import { createTestDatabase, type TestDatabase } from "../support/database";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb.destroy());

// pg-boss runs on PostgreSQL only (PGlite gets an in-process timer).
describe.skipIf(!process.env.DATABASE_URL)("scheduled jobs after the upgrade from pg-boss 10", () => {
  it("replace the schema pg-boss 10 left, which pg-boss 12 cannot migrate, and schedule every task again", async () => {
    const sql = postgres(tdb.url!, { max: 1, onnotice: () => {} });
    try {
      // What pg-boss 10 leaves: its schema at version 24, with its own tables.
      await sql.unsafe(`
        create schema pgboss;
        create table pgboss.version (version int primary key, maintained_on timestamptz, cron_on timestamptz);
        insert into pgboss.version (version) values (24);
        create table pgboss.schedule (name text primary key, cron text not null);
        insert into pgboss.schedule values ('deadline-scan', '*/15 * * * *');`);

      const stop = await startJobs(tdb, parseEnv({ DATABASE_URL: tdb.url, APP_URL: "https://mla.example" }));
      try {
        const [row] = await sql<{ version: string }[]>`select version::text from pgboss.version`;
        expect(Number(row!.version)).toBeGreaterThan(24);
        const schedules = await sql<{ name: string }[]>`select name from pgboss.schedule order by name`;
        expect(schedules.map((s) => s.name)).toEqual(["deadline-scan", "notification-digest", "retention"]);
      } finally {
        await stop();
      }
      // A second start (another instance, a restart) keeps pg-boss 12's schema.
      const again = await startJobs(tdb, parseEnv({ DATABASE_URL: tdb.url, APP_URL: "https://mla.example" }));
      await again();
      const [row] = await sql<{ version: string }[]>`select version::text from pgboss.version`;
      expect(Number(row!.version)).toBeGreaterThan(24);
    } finally {
      await sql.end({ timeout: 5 });
    }
  });
});
