import { database } from "@/db";
import { prepareDatabase } from "@/db/startup";
import { env, EnvError } from "@/lib/env";
import { startJobs } from "@/lib/jobs/scheduler";

/**
 * Checks the environment (a missing secret in production stops the start with a
 * sentence saying what to set) and brings the database up to date before the first
 * request is served.
 */
export async function startServer(): Promise<void> {
  try {
    env();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const conn = database();
  const e = env();
  const { seededDemo } = await prepareDatabase(conn, e);
  console.log(`[start] database ready (${conn.kind})${seededDemo ? ", demo accounts present" : ""}`);
  if (e.JOBS === "1") {
    await startJobs(conn, e);
    console.log(`[start] scheduled jobs running (${conn.kind === "pglite" ? "in-process" : "pg-boss"})`);
  }
}
