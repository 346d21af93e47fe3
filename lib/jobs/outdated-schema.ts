import postgres from "postgres";

/** The oldest pg-boss schema version pg-boss 12 upgrades; pg-boss 10 left version 24. */
const OLDEST_UPGRADABLE_VERSION = 25;

/**
 * pg-boss 12 refuses to start on the schema pg-boss 10 left (version 24): there is no
 * migration between them. Nothing in that schema needs to survive: it holds the schedules,
 * which startJobs creates again at every start, and the runs they queued, of periodic
 * tasks that are safe to run twice (scheduler.ts). So it is dropped, and pg-boss installs
 * its own. Under an advisory lock, so that instances starting together drop it once.
 * Returns whether a schema was dropped.
 */
export async function dropOutdatedQueueSchema(url: string, schema: string): Promise<boolean> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`not a plain schema name: ${schema}`);
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await sql.begin(async (tx) => {
      await tx`select pg_advisory_xact_lock(hashtext(${`mla-tracker:${schema}`}))`;
      const [table] = await tx<{ present: boolean }[]>`select to_regclass(${`${schema}.version`}) is not null as present`;
      if (!table?.present) return false;
      const [row] = await tx.unsafe<{ version: string }[]>(`select version from ${schema}.version`);
      if (!row || Number(row.version) >= OLDEST_UPGRADABLE_VERSION) return false;
      await tx.unsafe(`drop schema ${schema} cascade`);
      return true;
    });
  } finally {
    await sql.end({ timeout: 5 });
  }
}
