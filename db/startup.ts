import type { Env } from "@/lib/env";
import type { DatabaseConnection } from "./client";
import { migrate } from "./migrate";
import { seedDemo, seedReferenceData } from "./seed";

/**
 * What every start does before serving: apply the committed migrations, then the
 * reference data; the demo accounts only on the embedded database or when SEED_DEMO=1,
 * never silently on a production PostgreSQL.
 */
export async function prepareDatabase(conn: DatabaseConnection, e: Env): Promise<{ seededDemo: boolean }> {
  await migrate(conn);
  const seededDemo = !e.DATABASE_URL || e.SEED_DEMO === "1";
  if (seededDemo) await seedDemo(conn.db);
  else await seedReferenceData(conn.db);
  return { seededDemo };
}
