import "server-only";
import { env } from "@/lib/env";
import { connect, type DatabaseConnection } from "./client";

// One connection per server process, kept on globalThis so that hot reload in
// development does not open a new pool (or a second PGlite on the same files).
const globalForDb = globalThis as unknown as { mlaDb?: DatabaseConnection };

export function database(): DatabaseConnection {
  if (!globalForDb.mlaDb) {
    const e = env();
    globalForDb.mlaDb = connect({ url: e.DATABASE_URL, dataDir: e.PGLITE_DIR, poolSize: e.DATABASE_POOL_SIZE });
  }
  return globalForDb.mlaDb;
}
