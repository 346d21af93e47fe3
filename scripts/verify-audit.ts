/**
 * Re-computes every request's audit hash chain and reports what does not match:
 * `npm run audit:verify` (exit code 1 when the trail was tampered with).
 */
import { connect } from "@/db/client";
import { verifyAuditChains } from "@/lib/audit/verify";
import { env } from "@/lib/env";

const e = env();
const conn = connect({ url: e.DATABASE_URL, dataDir: e.PGLITE_DIR });
try {
  const report = await verifyAuditChains(conn.db);
  console.log(`Checked ${report.eventsChecked} events of ${report.requestsChecked} requests.`);
  for (const p of report.problems) console.log(`  ${p.reference} event ${p.seq}: ${p.problem}`);
  console.log(report.problems.length === 0 ? "Audit trail intact." : `${report.problems.length} problem(s) found.`);
  process.exitCode = report.problems.length === 0 ? 0 : 1;
} finally {
  await conn.close();
}
