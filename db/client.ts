import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import postgres from "postgres";
import * as schema from "./schema";

/** The database handle every verb receives: the client itself or a transaction inside it. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseConnection {
  db: Db;
  kind: "postgres" | "pglite";
  close(): Promise<void>;
}

/** PostgreSQL when a URL is given, otherwise the embedded PGlite in `dataDir` (or memory). */
export function connect(options: { url?: string; dataDir?: string }): DatabaseConnection {
  if (options.url) {
    const client = postgres(options.url, { max: 10, onnotice: () => {} });
    return {
      db: drizzlePostgres(client, { schema }) as unknown as Db,
      kind: "postgres",
      close: () => client.end({ timeout: 5 }),
    };
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = new PGlite(options.dataDir);
  return {
    db: drizzlePglite(client, { schema }) as unknown as Db,
    kind: "pglite",
    close: () => client.close(),
  };
}
