import { afterAll, beforeAll } from "vitest";
import type { Db } from "@/db/client";
import { createTestDatabase, type TestDatabase } from "./database";
import { makeParties, type SuiteParties } from "./requests";

export interface RequestSuite {
  /** This file's own database. */
  readonly db: Db;
  /** A magistrate and a manager of FR-PARIS-MINORS, a liaison officer and a receiving manager of the Philippines. */
  readonly parties: SuiteParties;
}

/**
 * What a file of request tests starts from: a fresh database of its own, made before its
 * first test and dropped after its last, and the four parties of a FR → PH request. Call
 * it at the top of the file; the values exist once its beforeAll has run, so read them in
 * tests and hooks (a file's own beforeAll, registered after this call, runs after it).
 */
export function requestSuite(): RequestSuite {
  const suite = {} as { db: Db; parties: SuiteParties };
  let tdb: TestDatabase | undefined;
  beforeAll(async () => {
    tdb = await createTestDatabase();
    suite.db = tdb.db;
    suite.parties = await makeParties(tdb.db);
  });
  afterAll(() => tdb?.destroy());
  return suite;
}
