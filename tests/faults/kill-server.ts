import { checkInvariants } from "./invariants";
import { pause, type Clients, type Sent } from "./load";
import type { Outcome, Stage } from "./stage";

/**
 * (a) The server is killed (SIGKILL, its whole process group) in the middle of a burst of
 * moves and uploads, then started again on the same database: every request must be as a
 * whole number of writes left it, nothing the clients were told was saved may be missing,
 * and the audit chains must verify.
 */
export async function killDuringBurst(stage: Stage, clients: Clients, round: number): Promise<Outcome> {
  const name = `(a) SIGKILL during a burst, round ${round}`;
  const answers: Sent[] = [];
  let running = true;
  const server = stage.server;
  const load = clients.run({ baseUrl: () => server.baseUrl, timeoutMs: 30_000, uploads: true, running: () => running, onAnswer: (s) => answers.push(s) });

  // Into the burst: enough writes through that the server is busy, then a moment more at random.
  const burstStarted = performance.now();
  while (answers.filter((a) => a.ok).length < 12 && performance.now() - burstStarted < 15_000) await pause(50);
  await pause(Math.random() * 400);
  const killAt = performance.now();
  await server.kill();
  running = false;
  await load;

  const inFlight = answers.filter((a) => a.startedAt < killAt && a.endedAt >= killAt);
  const before = answers.filter((a) => a.endedAt < killAt);
  const restartStarted = performance.now();
  await stage.restartApp();
  const restartSeconds = (performance.now() - restartStarted) / 1000;

  const problems: string[] = [];
  if (inFlight.length === 0) problems.push("no request was in flight when the server was killed: the kill missed the burst");
  const report = await checkInvariants(stage.root, stage.dbUrl, clients.ledger);
  problems.push(...report.problems);
  // Started again, it works: a move goes through.
  const after = await clients.move(stage.moveRequestIds[0]!, { baseUrl: () => stage.server.baseUrl, timeoutMs: 30_000 });
  if (!after.ok) problems.push(`after the restart a move was not accepted (HTTP ${after.answer.status}${after.answer.error ? `, ${after.answer.error}` : ""})`);

  const ok = (kind: Sent["kind"]) => before.filter((a) => a.kind === kind && a.ok).length;
  return {
    name,
    problems,
    details: [
      `${ok("move")} moves and ${ok("upload")} uploads answered ok before the kill, ${inFlight.length} requests in flight when killed ` +
        `(${inFlight.filter((a) => a.kind === "upload").length} uploads)`,
      `restarted in ${restartSeconds.toFixed(1)} s; ${report.requests} requests, ${report.events} events, ${report.documents} documents checked; ${report.auditVerify}`,
    ],
  };
}
