import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import postgres from "postgres";
import { gatedByOutage } from "./outage-gate";
import { preparingStatements } from "./prepared-statements";
import * as schema from "./schema";

/** The database handle every verb receives: the client itself or a transaction inside it. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseConnection {
  db: Db;
  kind: "postgres" | "pglite";
  close(): Promise<void>;
}

/** PostgreSQL when a URL is given, otherwise the embedded PGlite in `dataDir` (or memory). */
export function connect(options: { url?: string; dataDir?: string; poolSize?: number }): DatabaseConnection {
  if (options.url) {
    const client = postgres(options.url, {
      // postgres.js sends a query to an idle connection, else opens one, else queues it behind
      // the others on a busy one, where the queries of one page go in one write and their
      // answers come back in one read. A page runs a dozen queries at once: on ten connections
      // that is ten writes and ten wake-ups, which cost the server more CPU than the queries
      // (measured: the request page 39 → 27 ms of CPU with three). More connections suit
      // scripts and tests; the server takes DATABASE_POOL_SIZE (lib/env.ts).
      max: options.poolSize ?? 10,
      // A connection attempt made while PostgreSQL shuts down can be accepted and never answered;
      // postgres.js would wait 30 s for it, and the page with it. 5 s, then the error page.
      connect_timeout: 5,
      onnotice: () => {},
      // After failed connections postgres.js waits before trying again, by default up to 10–20 s:
      // while the server is down pages would hang that long instead of failing, and come back
      // as late. At most a second: the error page at once, and service as soon as it is back.
      backoff: (retries: number) => Math.min(0.1 * retries, 1),
    });
    return {
      // While PostgreSQL is out of reach, queries are refused at once rather than queued behind
      // connection attempts (db/outage-gate.ts).
      db: drizzlePostgres(preparingStatements(gatedByOutage(client)), { schema }) as unknown as Db,
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
