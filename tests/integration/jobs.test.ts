import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestDeadlines } from "@/db/schema";
import { startJobs } from "@/lib/jobs/scheduler";
import { parseEnv } from "@/lib/env";
import { createCase } from "@/lib/requests/create-case";
import { createRequest } from "@/lib/requests/create-request";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { ctxAs } from "../support/factories";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb.destroy());

describe("scheduled jobs", () => {
  it(`start on ${process.env.DATABASE_URL ? "PostgreSQL (pg-boss)" : "PGlite (in-process timer)"} and scan the deadlines at once`, async () => {
    const magistrate = await ctxAs(tdb.db, "magistrate");
    const kase = await createCase(magistrate, { reference: "JOBS-1", title: "Jobs", offences: "art. 227-23" });
    await createRequest(magistrate, { caseId: kase.id, requestedCountryCode: "PH", legalBasis: "reciprocity", channel: "central_authority" });
    const [before] = await tdb.db.select().from(requestDeadlines);
    expect(before?.computedAt.toISOString()).toBe(magistrate.now().toISOString());

    const env = parseEnv({ DATABASE_URL: tdb.url, APP_URL: "https://mla.example" });
    const stop = await startJobs(tdb, env);
    try {
      // The start-up scan recomputes with the real clock, not the test's fixed one.
      await expect
        .poll(async () => (await tdb.db.select().from(requestDeadlines))[0]?.computedAt.getTime() ?? 0, { timeout: 30_000, interval: 250 })
        .toBeGreaterThan(Date.now() - 60_000);
    } finally {
      await stop();
    }
  });
});
