/**
 * `npm run bench`: the application measured as its users meet it (issue 13). Seeds PostgreSQL
 * with the benchmark data (seed-dashboard.ts: 100,000 requests, about 1,000,000 events),
 * builds the production app, serves it with scripts/serve.ts and the floor page on
 * (BENCH_FLOOR=1), signs in as each role and, with autocannon, measures each page at 1 and
 * 10 connections; then times the CSV export, prints the table and writes it to
 * docs/benchmarks.md. The server is stopped at the end, whatever happens.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench
 *
 * DATABASE_URL names a PostgreSQL server where the user may create databases. BENCH_DB
 * (default mla_bench_http) is seeded on first use, about a minute, and reused afterwards
 * (BENCH_RESEED=1 seeds it again). BENCH_SKIP_BUILD=1 serves the existing .next build;
 * BENCH_SECONDS (default 8) is the length of each measurement, BENCH_WARMUP_SECONDS (default 4)
 * that of each page's warm-up before all measurements; BENCH_JOBS=1 keeps the
 * scheduled jobs running in the server (off by default: a deadline scan in the middle of a
 * measurement would be measured as the page's time). BENCH_ONLY=floor,list,… measures only
 * those kinds of page (see `targets`) and writes nothing to docs/benchmarks.md.
 */
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { benchDatabaseUrl, seedDashboardBench } from "./seed-dashboard";
import { timeAfterChange, timeFirstViews } from "./http/after-change";
import { timeExport } from "./http/csv-export";
import { acknowledgementsSince, loadFixtures, type Fixtures } from "./http/fixtures";
import { measure, settle, warmUp, type Measurement, type Target } from "./http/measure";
import { markdownReport, printReport, type RunReport, type TransitionCheck } from "./http/report";
import { freePort } from "../support/app-server";
import { buildApp, startServer, type RunningServer } from "./http/server";
import { serverActionId, serverActionRequest } from "./http/server-action";
import { assertSignedIn, sessionCookie } from "./http/sessions";
import { BENCH_WIDE_MANAGER_EMAIL } from "./seed-dashboard";

const ROOT = process.cwd();
const SERVER_URL = process.env.DATABASE_URL;
const DB_NAME = process.env.BENCH_DB ?? "mla_bench_http";
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const WARM_UP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 4);
const CONNECTIONS = [1, 10];
// One secret for the seed (the officer's sealed TOTP secret) and the server (sessions).
const AUTH_SECRET = (process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url"));

const phases: [string, number][] = [];
async function phase<T>(name: string, work: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  console.log(`\n== ${name}`);
  try {
    return await work();
  } finally {
    phases.push([name, (performance.now() - started) / 1000]);
  }
}

/**
 * Whether BENCH_DB holds a complete seed of this version: the wide manager (its latest
 * account) and the deadline summaries (its last step; an interrupted seed has none).
 */
/**
 * A reused database carries the previous runs' transitions, and a PostgreSQL stopped without a
 * clean shutdown forgets what autovacuum knew of them. After one such stop, a VACUUM ANALYZE
 * raised the lists' and the request page's readings by 14-15 % with their code unchanged
 * (2026-12-03). Brought up to date first, as autovacuum keeps a live database, so that runs
 * compare.
 */
async function vacuumAnalyze(dbUrl: string): Promise<void> {
  const bench = postgres(dbUrl, { max: 1, onnotice: () => {} });
  try {
    await bench`vacuum analyze`;
  } finally {
    await bench.end();
  }
}

async function seeded(serverUrl: string): Promise<boolean> {
  const server = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    if (!(await server`select 1 from pg_database where datname = ${DB_NAME}`).length) return false;
  } finally {
    await server.end();
  }
  const bench = postgres(benchDatabaseUrl(serverUrl, DB_NAME), { max: 1, onnotice: () => {} });
  try {
    const complete = bench`
      select 1 from users where email = ${BENCH_WIDE_MANAGER_EMAIL} and exists (select 1 from request_deadlines)`;
    return (await complete.catch(() => [])).length > 0;
  } finally {
    await bench.end();
  }
}

async function describeDatabase(dbUrl: string, f: Fixtures): Promise<{ postgresVersion: string; dataset: string }> {
  const sql = postgres(dbUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ version: string; requests: number; events: number; ph: number }[]>`
      select current_setting('server_version') version, (select count(*)::int from requests) requests,
             (select count(*)::int from request_events) events,
             (select count(*)::int from requests where requested_country_code = 'PH') ph`;
    const n = (value: number) => value.toLocaleString("en");
    return {
      postgresVersion: row!.version,
      dataset:
        `${n(row!.requests)} requests, ${n(row!.events)} events (seed-dashboard.ts); ${n(f.manager.inScope)} in the magistrate's ` +
        `and the manager's unit, ${n(f.wideManager.inScope)} in the wide manager's scope, ${n(row!.ph)} sent to the Philippines`,
    };
  } finally {
    await sql.end();
  }
}

/** The officer's acknowledgement, each time of another transmitted request, as the request page's form sends it. */
function acknowledgements(baseUrl: string, f: Fixtures) {
  const actionId = serverActionId(ROOT, "app/(app)/requests/[id]/actions.ts", "transitionAction");
  let next = 0;
  return () => {
    // Past the end, requests come round again and their acknowledgement is refused: the
    // check against the database after each measurement reports it.
    const request = f.transmitted[next++ % f.transmitted.length]!;
    return serverActionRequest(baseUrl, actionId, `/requests/${request.id}`, {
      requestId: request.id,
      version: String(request.version),
      transition: "acknowledge",
      foreignReference: `BENCH-ACK-${next}`,
      text: "",
    });
  };
}

async function run(server: RunningServer, dbUrl: string): Promise<RunReport> {
  const { baseUrl } = server;
  const f = await loadFixtures(dbUrl);
  const cookie = {
    magistrate: await sessionCookie(AUTH_SECRET, f.magistrate),
    manager: await sessionCookie(AUTH_SECRET, f.manager),
    wideManager: await sessionCookie(AUTH_SECRET, f.wideManager),
    officer: await sessionCookie(AUTH_SECRET, f.officer),
  };
  await phase("sessions", async () => {
    // Each session is accepted (no redirect to /login or /account) and sees its own pages.
    await assertSignedIn(baseUrl, cookie.magistrate, "/bench-floor", 'data-testid="bench-floor"');
    await assertSignedIn(baseUrl, cookie.officer, "/bench-floor", 'data-testid="bench-floor"');
    await assertSignedIn(baseUrl, cookie.manager, "/dashboard", "</main>");
    await assertSignedIn(baseUrl, cookie.wideManager, "/dashboard", "</main>");
    console.log("magistrate, officer, manager and wide manager signed in");
  });

  const n = (value: number) => value.toLocaleString("en");
  // Lists show the seeded references; a filter the page could not apply shows an error notice instead.
  const list = { kind: "list", marker: "MLA-BENCH-", absent: "alert-error" } as const;
  const home = { kind: "home", path: "/", marker: "work-section" } as const;
  const targets: Target[] = [
    { name: "floor", kind: "floor", path: "/bench-floor", cookie: cookie.magistrate, marker: 'data-testid="bench-floor"' },
    // Not a page of the product: the floor plus the list's table with 25 rows of constants, the most a list could reach.
    { name: "floor + 25 static rows", kind: "staticRows", path: "/bench-floor?rows=25", cookie: cookie.magistrate, marker: "STATIC-24" },
    { ...list, name: `magistrate's list (${n(f.manager.inScope)} in unit)`, path: "/requests", cookie: cookie.magistrate },
    { ...list, name: "officer's list (all PH requests)", path: "/requests", cookie: cookie.officer },
    { ...list, name: "filtered list (in execution, PH)", path: "/requests?status=in_execution&country=PH", cookie: cookie.magistrate },
    { name: "request page", kind: "requestPage", path: `/requests/${f.requestPage.id}`, cookie: cookie.magistrate, marker: f.requestPage.reference },
    // The page everyone lands on: each of its sections (lib/work) reads the actor's whole scope.
    { ...home, name: `home page, magistrate (owns ${n(f.manager.inScope)})`, cookie: cookie.magistrate },
    { ...home, name: "home page, officer (PH)", cookie: cookie.officer },
    { ...home, name: `home page, wide manager (${n(f.wideManager.inScope)} in scope)`, cookie: cookie.wideManager },
    { name: `dashboard (${n(f.manager.inScope)} in scope)`, kind: "dashboard", path: "/dashboard", cookie: cookie.manager, marker: "</main>" },
    { name: `dashboard (${n(f.wideManager.inScope)} in scope)`, kind: "wideDashboard", path: "/dashboard", cookie: cookie.wideManager, marker: "</main>" },
    { name: "transition (acknowledge)", kind: "transition", path: "/requests", cookie: cookie.officer, next: acknowledgements(baseUrl, f) },
  ];
  // The floor again once the pages are measured: every ratio divides by it, and a passing disturbance
  // (the build's or the seed's aftermath, the database's autovacuum) lowered one reading of it by a quarter.
  targets.push({ ...targets[0]!, name: "floor, again after the pages" });

  // BENCH_ONLY=floor,list,… measures only those kinds (a partial run writes no report).
  const only = process.env.BENCH_ONLY?.split(",");
  if (only) targets.splice(0, targets.length, ...targets.filter((target) => only.includes(target.kind)));
  const loadBefore = os.loadavg()[0]!;
  if (loadBefore > os.cpus().length / 2) {
    console.warn(`Load average ${loadBefore.toFixed(1)} on ${os.cpus().length} cores: other work on this machine will lower every figure.`);
  }
  await phase("warm-up", async () => {
    // A production server is measured warm: V8 optimises a page's code after thousands of
    // renders, not after the three requests each measurement starts with (a cold floor
    // measured 30 % slower). Transitions are left out: each one uses up a request to acknowledge.
    // The floor's second reading is the same page for the same reader: warmed once.
    const pages = targets.filter((t, i) => t.kind !== "transition" && targets.findIndex((o) => o.path === t.path && o.cookie === t.cookie) === i);
    for (const target of pages) {
      const m = await measure(baseUrl, target, 10, WARM_UP_SECONDS);
      console.log(`${target.name}: ${m.responses} answers while warming up`);
    }
  });
  const measurements: Measurement[] = [];
  const transitions: TransitionCheck[] = [];
  await phase("measurements", async () => {
    for (const target of targets) {
      const warmStart = new Date();
      await warmUp(baseUrl, target);
      if (target.kind === "transition") {
        const applied = await acknowledgementsSince(dbUrl, f.officer.id, warmStart);
        if (applied !== 3) throw new Error(`The warm-up's 3 acknowledgements answered 200 but ${applied} were recorded: the action call is wrong.`);
      }
      for (const connections of CONNECTIONS) {
        const since = new Date();
        const m = await measure(baseUrl, target, connections, SECONDS);
        measurements.push(m);
        if (target.kind === "transition") {
          transitions.push({ connections, responses: m.responses, applied: await acknowledgementsSince(dbUrl, f.officer.id, since) });
        }
        console.log(
          `${m.name} c=${connections}: ${m.responses} answers, ${m.requestsPerSecond.toFixed(1)} req/s, ` +
            `p50/p95/p99 ${[m.p50, m.p95, m.p99].map((v) => v.toFixed(0)).join("/")} ms, ${m.errors} errors, ${m.non2xx} non-2xx`,
        );
        await settle(m);
      }
    }
  });

  const exports = await phase("CSV export", async () => [
    await timeExport(baseUrl, "CSV export, magistrate's unit", "/api/requests/export", cookie.magistrate),
    await timeExport(
      baseUrl,
      "CSV export, wide manager filtered by unit",
      `/api/requests/export?unit=${f.wideManager.ownUnitId}`,
      cookie.wideManager,
    ),
  ]);

  const afterChange = await phase("dashboard after a change", async () =>
    !only || only.includes("wideDashboard")
      ? [
          await timeAfterChange(baseUrl, dbUrl, `dashboard (${n(f.wideManager.inScope)} in scope), first view after a change`, "/dashboard", cookie.wideManager),
          await timeFirstViews(baseUrl, `dashboard (${n(f.wideManager.inScope)} in scope), first view of new filters (nothing kept)`, "/dashboard", cookie.wideManager),
        ]
      : [],
  );

  const notes: string[] = [];
  if (f.transmitted.length < 2_000) notes.push(`Only ${f.transmitted.length} requests left to acknowledge: reseed (BENCH_RESEED=1) before long runs.`);
  notes.push(
    "Transitions: the request page's transitionAction posted as the browser posts it, but without the router-state " +
      "header, so each answer carries the whole re-rendered page.",
  );
  if (process.env.BENCH_JOBS !== "1") notes.push("Scheduled jobs off in the measured server (BENCH_JOBS=1 to keep them).");
  return {
    date: new Date(),
    ...(await describeDatabase(dbUrl, f)),
    seconds: SECONDS,
    warmUpSeconds: WARM_UP_SECONDS,
    measurements,
    transitions,
    exports,
    afterChange,
    memory: server.memory(),
    load: { before: loadBefore, after: os.loadavg()[0]! },
    phases,
    notes,
  };
}

async function main() {
  if (!SERVER_URL) throw new Error("npm run bench needs PostgreSQL: set DATABASE_URL to a server where this user may create databases.");
  const dbUrl = benchDatabaseUrl(SERVER_URL, DB_NAME);
  await phase("seed", async () => {
    if (process.env.BENCH_RESEED === "1" || !(await seeded(SERVER_URL))) await seedDashboardBench(SERVER_URL, DB_NAME);
    else {
      console.log(`reusing ${DB_NAME} (BENCH_RESEED=1 to seed it again)`);
      await vacuumAnalyze(dbUrl);
    }
  });
  if (process.env.BENCH_SKIP_BUILD === "1") console.log("\n== build skipped (BENCH_SKIP_BUILD=1)");
  else await phase("build", () => buildApp(ROOT));
  const port = Number(process.env.BENCH_PORT ?? (await freePort()));
  const server = await phase("start", () =>
    startServer(ROOT, port, {
      ...process.env,
      DATABASE_URL: dbUrl,
      AUTH_SECRET,
      BENCH_FLOOR: "1",
      JOBS: process.env.BENCH_JOBS === "1" ? "1" : "0",
    }),
  );
  let report: RunReport;
  try {
    report = await run(server, dbUrl);
  } catch (error) {
    console.error(`\nThe server's last output:\n${server.output().slice(-5_000)}`);
    throw error;
  } finally {
    await server.stop();
  }
  printReport(report);
  if (process.env.BENCH_ONLY) return;
  const file = path.join(ROOT, "docs", "benchmarks.md");
  writeFileSync(file, markdownReport(report));
  console.log(`\nWritten to ${path.relative(ROOT, file)}`);
}

await main();
