/**
 * Benchmark: the managers' dashboard and the filtered request list on the data of
 * seed-dashboard.ts (100,000 requests, ~1,000,000 events), the targets (README,
 * "Benchmarks") being under 300 ms (dashboard) and 150 ms (filtered list) at the 95th
 * percentile. Measures the server's time as the pages spend it: the dashboard's figures for the
 * benchmark manager, computed afresh (the counts a view after a change computes, and every
 * figure, as a first view does: lib/dashboard/load-dashboard.ts), and one page of the list with
 * filters (listRequests, which the page itself calls).
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5434/postgres npm run bench:dashboard
 *
 * DATABASE_URL names a PostgreSQL server where the user may create databases. The first run
 * seeds the benchmark database BENCH_DB (default mla_bench) with seed-dashboard.ts (about a
 * minute); later runs reuse it (BENCH_RESEED=1 seeds it again). BENCH_RUNS (default 50)
 * sets the number of measured runs.
 */
import { eq } from "drizzle-orm";
import postgres from "postgres";
import { connect } from "@/db/client";
import { users } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { resolveDashboardFilters, type DashboardFilterInput } from "@/lib/dashboard/filters";
import { computeCounts, computeStatistics, loadDashboard } from "@/lib/dashboard/load-dashboard";
import { listRequests, type ListFilters } from "@/lib/requests/list-requests";
import { loadActor } from "@/lib/users/actor";
import { BENCH_MANAGER_EMAIL, benchDatabaseUrl, seedDashboardBench } from "./seed-dashboard";

const SERVER_URL = process.env.DATABASE_URL;
const DB_NAME = process.env.BENCH_DB ?? "mla_bench";
const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const WARM_UP = 5;

/** Time of `work`, in ms, over RUNS runs after a warm-up (a running server has warm caches). */
async function measure(work: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARM_UP; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

function report(name: string, times: number[], targetMs: number): boolean {
  const p50 = percentile(times, 50);
  const p95 = percentile(times, 95);
  const ok = p95 < targetMs;
  console.log(`${name}: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms over ${times.length} runs — target p95 < ${targetMs} ms ${ok ? "✓" : "✗"}`);
  return ok;
}

/** Whether BENCH_DB exists with its benchmark manager (a previous run seeded it). */
async function seeded(serverUrl: string): Promise<boolean> {
  const server = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    const [found] = await server`select 1 from pg_database where datname = ${DB_NAME}`;
    if (!found) return false;
  } finally {
    await server.end();
  }
  const bench = postgres(benchDatabaseUrl(serverUrl, DB_NAME), { max: 1, onnotice: () => {} });
  try {
    const [manager] = await bench`select 1 from users where email = ${BENCH_MANAGER_EMAIL}`.catch(() => []);
    return Boolean(manager);
  } finally {
    await bench.end();
  }
}

async function main() {
  if (!SERVER_URL) {
    throw new Error("The dashboard benchmark needs PostgreSQL: set DATABASE_URL to a server where this user may create databases.");
  }
  if (process.env.BENCH_RESEED === "1" || !(await seeded(SERVER_URL))) await seedDashboardBench(SERVER_URL, DB_NAME);
  const conn = connect({ url: benchDatabaseUrl(SERVER_URL, DB_NAME) });
  try {
    const [user] = await conn.db.select().from(users).where(eq(users.email, BENCH_MANAGER_EMAIL));
    if (!user) throw new Error(`No benchmark manager in ${DB_NAME}: run it again with BENCH_RESEED=1.`);
    const actor = (await loadActor(conn.db, user.id, user.sessionVersion))!;
    const ctx: Ctx = { actor, db: conn.db, now: () => new Date() };

    const dashboard = await loadDashboard(ctx, {});
    const scope = dashboard.countries.reduce((n, c) => n + c.requests, 0);
    console.log(
      `dashboard: ${actor.unitName}: ${scope.toLocaleString("en")} requests in scope, ${dashboard.headline.open.toLocaleString("en")} open, ` +
        `${dashboard.headline.overdue.toLocaleString("en")} overdue`,
    );

    // Computed afresh each run: loadDashboard would serve kept figures (figures-cache.ts).
    const afresh = async (raw: DashboardFilterInput) => {
      const filters = await resolveDashboardFilters(ctx, raw);
      return {
        counts: () => computeCounts(ctx, filters),
        all: () => Promise.all([computeCounts(ctx, filters), computeStatistics(ctx, filters)]),
      };
    };
    const unfiltered = await afresh({});
    const filtered = await afresh({ country: "PH", urgency: "urgent", from: "2025-06-01", to: "2026-05-31" });
    const results = [
      report("dashboard counts (no filter: what a view after a change computes)", await measure(unfiltered.counts), 300),
      report("dashboard, every figure (no filter: a first view)", await measure(unfiltered.all), 300),
      report("dashboard, every figure (country PH, urgent, period of a year)", await measure(filtered.all), 300),
    ];
    const lists: [string, ListFilters][] = [
      ["list (country PH, overdue, soonest deadline first)", { country: "PH", due: "overdue", sort: "due_asc" }],
      ["list (waiting on the requested country, age 180–365 days)", { stage: "requested_side", age: "180to365" }],
      ["list (measure type, legal basis)", { measureType: "bank_records", legalBasis: "reciprocity" }],
    ];
    for (const [name, filters] of lists) results.push(report(name, await measure(() => listRequests(ctx, filters)), 150));
    if (results.includes(false)) process.exitCode = 1;
  } finally {
    await conn.close();
  }
}

await main();
