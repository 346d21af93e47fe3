import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { connect, type DatabaseConnection } from "@/db/client";
import { migrate } from "@/db/migrate";

export interface TestDatabase extends DatabaseConnection {
  /** The new database's URL on PostgreSQL; undefined on PGlite. */
  url?: string;
  /** Closes the connection and, on PostgreSQL, drops the database made for this file. */
  destroy(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: a new database on the PostgreSQL
 * server of DATABASE_URL when it is set (CI), otherwise an in-memory PGlite.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const conn = connect({});
    await migrate(conn);
    return { ...conn, destroy: () => conn.close() };
  }
  const name = `mla_test_${randomBytes(6).toString("hex")}`;
  await withServer(url, (sql) => sql.unsafe(`create database ${name}`));
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  const conn = connect({ url: testUrl.toString() });
  await migrate(conn);
  return {
    ...conn,
    url: testUrl.toString(),
    destroy: async () => {
      await conn.close();
      await withServer(url, (sql) => sql.unsafe(`drop database if exists ${name} with (force)`));
    },
  };
}

async function withServer(url: string, work: (sql: postgres.Sql) => Promise<unknown>): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await work(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}
