import path from "node:path";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { DatabaseConnection } from "./client";

/** The committed SQL under db/migrations, applied the same way on PGlite and PostgreSQL. */
export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

export async function migrate(conn: DatabaseConnection): Promise<void> {
  const config = { migrationsFolder };
  // Both migrators run the same files; they differ only in the driver they accept.
  if (conn.kind === "pglite") await migratePglite(conn.db as never, config);
  else await migratePostgres(conn.db as never, config);
}
