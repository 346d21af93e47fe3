/** Applies the committed migrations (and the reference data / demo seed rules) without serving. */
import { connect } from "@/db/client";
import { prepareDatabase } from "@/db/startup";
import { env } from "@/lib/env";

const e = env();
const conn = connect({ url: e.DATABASE_URL, dataDir: e.PGLITE_DIR });
try {
  const { seededDemo } = await prepareDatabase(conn, e);
  console.log(`Database migrated (${conn.kind})${seededDemo ? "; demo accounts present" : ""}.`);
} finally {
  await conn.close();
}
