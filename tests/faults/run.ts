/**
 * `npm run test:faults`: the production build under faults (issue 15, item 3), on a
 * PostgreSQL server of its own that it may stop (tests/faults/postgres.ts):
 *
 *   (a) the server killed (SIGKILL) during a burst of moves and uploads, then restarted;
 *   (b) PostgreSQL stopped under load for a few seconds, then started again;
 *   (c) the mail relay down, then up (beside the other two).
 *
 * After each, the database is checked against what its schema implies (invariants.ts) and
 * `npm run audit:verify` must find the trail intact. Needs `npm run build` first and the
 * PostgreSQL server binaries (/usr/lib/postgresql/<n>/bin, or FAULTS_PG_BIN). FAULTS_ROUNDS
 * (default 2) sets how many times the server is killed. Exit code 1 on any failure.
 */
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { makeFixtures } from "./fixtures";
import { emptyLedger } from "./invariants";
import { killDuringBurst } from "./kill-server";
import { Clients } from "./load";
import { startPrivateCluster } from "./postgres";
import { restartPostgresUnderLoad } from "./restart-postgres";
import { assertBuilt, freePort, startApp } from "../support/app-server";
import { watchMailWhileSmtpDown } from "./smtp-down";
import type { Outcome, Stage } from "./stage";

const ROOT = process.cwd();
const ROUNDS = Number(process.env.FAULTS_ROUNDS ?? 2);
/** However the run goes, it ends: CI must never wait on a hung fault test. */
const WATCHDOG_MS = 12 * 60_000;

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
const log = (line: string) => console.log(`[faults ${elapsed()}] ${line}`);

async function main(): Promise<boolean> {
  assertBuilt(ROOT);
  const authSecret = (process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url"));
  const cluster = startPrivateCluster(await freePort());
  const cleanups: (() => Promise<unknown> | unknown)[] = [() => cluster.destroy()];
  const outcomes: Outcome[] = [];
  try {
    log(`${cluster.version} on port ${cluster.port}`);
    const admin = postgres(cluster.serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe("create database mla_faults");
    await admin.end();
    const dbUrl = cluster.serverUrl.replace(/\/postgres$/, "/mla_faults");

    const fixtures = await makeFixtures(dbUrl, authSecret, { moveRequests: 6, uploaders: 4 });
    log(`fixtures: ${fixtures.moveRequests.length} transmitted requests, ${fixtures.uploads.length} drafts for uploads`);

    // Nothing listens on this port until (c) starts its relay there.
    const smtpPort = await freePort();
    const appPort = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: dbUrl,
      AUTH_SECRET: authSecret,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      SEED_DEMO: "0",
      JOBS: "1",
    };
    for (const name of Object.keys(env)) if (name.startsWith("VITEST") || name === "APP_URL") delete env[name];

    const stage: Stage = {
      root: ROOT,
      dbUrl,
      cluster,
      server: await startApp(ROOT, appPort, env),
      async restartApp() {
        stage.server = await startApp(ROOT, appPort, env);
      },
      fixtures,
      moveRequestIds: fixtures.moveRequests,
    };
    cleanups.unshift(() => stage.server.stop());
    log(`server up at ${stage.server.baseUrl}`);
    const mail = watchMailWhileSmtpDown(dbUrl, smtpPort);
    const clients = new Clients(ROOT, dbUrl, fixtures, emptyLedger());
    cleanups.unshift(() => clients.close());

    for (let round = 1; round <= ROUNDS; round++) {
      outcomes.push(report(await killDuringBurst(stage, clients, round)));
    }
    outcomes.push(report(await restartPostgresUnderLoad(stage, clients)));
    log("waiting for the outbox to empty through the relay");
    outcomes.push(report(await mail.finish()));
    if (outcomes.some((o) => o.problems.length)) console.log(`\nThe server's last output:\n${stage.server.output().slice(-4_000)}`);
  } finally {
    for (const cleanup of cleanups) {
      try {
        await cleanup();
      } catch (error) {
        console.error(`[faults] cleanup: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  const failed = outcomes.filter((o) => o.problems.length);
  console.log(`\n${outcomes.length - failed.length} of ${outcomes.length} fault runs passed in ${elapsed()}.`);
  return failed.length === 0;
}

function report(outcome: Outcome): Outcome {
  log(`${outcome.problems.length ? "FAIL" : "ok  "} ${outcome.name}`);
  for (const line of outcome.details) console.log(`         ${line}`);
  for (const problem of outcome.problems.slice(0, 20)) console.log(`    ✗ ${problem}`);
  if (outcome.problems.length > 20) console.log(`    … and ${outcome.problems.length - 20} more`);
  return outcome;
}

const watchdog = setTimeout(() => {
  console.error(`[faults] still running after ${WATCHDOG_MS / 60_000} minutes: stopped.`);
  process.exit(1);
}, WATCHDOG_MS);
watchdog.unref();
// Exit through process.exit, so that the servers' exit hooks stop them.
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(1));

main().then(
  (passed) => process.exit(passed ? 0 : 1),
  (error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
