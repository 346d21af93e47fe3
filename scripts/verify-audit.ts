/**
 * Re-computes every request's audit hash chain and reports what does not match:
 * `npm run audit:verify` (exit code 1 when the trail was tampered with).
 */
import { connect } from "@/db/client";
import { verifyLog } from "@/lib/audit/log";
import { verifyAuditChains } from "@/lib/audit/verify";
import { env } from "@/lib/env";

const e = env();
const conn = connect({ url: e.DATABASE_URL, dataDir: e.PGLITE_DIR });
try {
  const report = await verifyAuditChains(conn.db);
  const log = await verifyLog(conn.db);
  console.log(`Checked ${report.eventsChecked} events of ${report.requestsChecked} requests, and ${log.entriesChecked} entries of the general log.`);
  if (report.erasedUnverifiable > 0) {
    console.log(`  ${report.erasedUnverifiable} erased event(s) recorded before payload digests: links checked, content gone.`);
  }
  for (const p of report.problems) console.log(`  ${p.reference} event ${p.seq}: ${p.problem}`);
  for (const p of log.problems) console.log(`  general log entry ${p.id}: ${p.problem}`);
  const problems = report.problems.length + log.problems.length;
  console.log(problems === 0 ? "Audit trail intact." : `${problems} problem(s) found.`);
  process.exitCode = problems === 0 ? 0 : 1;
} finally {
  await conn.close();
}
