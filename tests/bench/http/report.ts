import { readFileSync } from "node:fs";
import os from "node:os";
import type { Measurement, TargetKind } from "./measure";

/** The results of a run: printed as a table, and written to docs/benchmarks.md. */

export interface ExportTiming {
  name: string;
  rows: number;
  bytes: number;
  /** Seconds of each full download, in order. */
  seconds: number[];
}

/** Views timed one by one, outside autocannon (see after-change.ts). */
export interface ViewTiming {
  name: string;
  milliseconds: number[];
}

export interface TransitionCheck {
  connections: number;
  responses: number;
  applied: number;
}

export interface RunReport {
  date: Date;
  postgresVersion: string;
  seconds: number;
  warmUpSeconds: number;
  dataset: string;
  measurements: Measurement[];
  transitions: TransitionCheck[];
  exports: ExportTiming[];
  afterChange: ViewTiming[];
  memory: { treePeakBytes: number; processPeakBytes: number };
  /** The machine's 1-minute load average before and after the measurements: other work skews every figure. */
  load: { before: number; after: number };
  phases: [name: string, seconds: number][];
  notes: string[];
}

const MB = 1024 * 1024;

export function machine(): string {
  const cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? os.cpus()[0]?.model ?? "unknown CPU";
  return `${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB RAM, ${os.type()} ${os.release()}`;
}

/** The q-th quantile (0–1) of timings, as the nearest rank. */
function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const ms = (value: number) => (Number.isNaN(value) ? "–" : value < 10 ? value.toFixed(1) : value.toFixed(0));

/** Rows of the main table: each page at each concurrency, with its ratio to the floor at the same concurrency. */
function tableRows(report: RunReport): string[][] {
  return report.measurements.map((m) => {
    const floorRate = floorAt(report, m.connections)?.requestsPerSecond;
    return [
      m.name,
      String(m.connections),
      String(m.responses),
      m.requestsPerSecond.toFixed(1),
      ms(m.p50),
      ms(m.p95),
      ms(m.p99),
      `${m.errors} / ${m.non2xx}`,
      floorRate ? (m.requestsPerSecond / floorRate).toFixed(2) : "–",
    ];
  });
}

const HEADER = ["page", "c", "answers", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors / non-2xx", "× floor"];

function measurementAt(report: RunReport, kind: TargetKind, connections: number): Measurement | undefined {
  return report.measurements.find((m) => m.kind === kind && m.connections === connections);
}

/**
 * The floor at a concurrency: the better of its readings (first and last). Other work on the
 * machine only ever lowers a figure, and every ratio divides by this one.
 */
function floorAt(report: RunReport, connections: number): Measurement | undefined {
  const readings = report.measurements.filter((m) => m.kind === "floor" && m.connections === connections);
  return readings.sort((a, b) => b.requestsPerSecond - a.requestsPerSecond)[0];
}

/** The targets of issue 13, each with its verdict. */
export function targetChecks(report: RunReport): [target: string, met: boolean, measured: string][] {
  const floor10 = floorAt(report, 10);
  const checks: [string, boolean, string][] = [];
  if (floor10) checks.push(["floor ≥ 150 req/s at c=10", floor10.requestsPerSecond >= 150, `${floor10.requestsPerSecond.toFixed(1)} req/s`]);
  for (const m of report.measurements) {
    if (!floor10 || m.connections !== 10 || (m.kind !== "list" && m.kind !== "requestPage")) continue;
    const ratio = m.requestsPerSecond / floor10.requestsPerSecond;
    checks.push([`${m.name} ≥ 0.8 × floor at c=10`, ratio >= 0.8, `${ratio.toFixed(2)} ×`]);
  }
  // Counts computed afresh after a change, statistics kept (figures-cache.ts); the views with
  // everything kept and those with nothing kept are reported beside it.
  const afterChange = report.afterChange.find((v) => v.name.includes("after a change"));
  if (afterChange) {
    const p95 = percentile(afterChange.milliseconds, 0.95);
    checks.push([`${afterChange.name}: p95 < 150 ms`, p95 < 150, `${ms(p95)} ms (figures kept: see the table; nothing kept: see above)`]);
  }
  for (const e of report.exports) {
    const median = [...e.seconds].sort((a, b) => a - b)[Math.floor(e.seconds.length / 2)]!;
    checks.push([`${e.name} (${e.rows.toLocaleString("en")} rows) < 2 s`, median < 2, `${median.toFixed(2)} s (median)`]);
  }
  const failures = report.measurements.reduce((n, m) => n + m.errors + m.non2xx, 0);
  const unapplied = report.transitions.reduce((n, t) => n + Math.max(0, t.responses - t.applied), 0);
  checks.push(["no errors", failures === 0 && unapplied === 0, `${failures} errors or non-2xx, ${unapplied} transitions answered but not recorded`]);
  checks.push(["peak RSS < 500 MB", report.memory.processPeakBytes < 500 * MB, `${(report.memory.processPeakBytes / MB).toFixed(0)} MB`]);
  return checks;
}

/** The table as aligned text, for the terminal. */
export function printReport(report: RunReport): void {
  const rows = [HEADER, ...tableRows(report)];
  const widths = HEADER.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  console.log(`\n${line(rows[0]!)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
  for (const r of rows.slice(1)) console.log(line(r));
  console.log("");
  for (const text of details(report)) console.log(text);
  console.log("\nTargets (issue 13):");
  for (const [target, met, measured] of targetChecks(report)) console.log(`  ${met ? "✓" : "✗"} ${target}: ${measured}`);
}

function details(report: RunReport): string[] {
  const lines = report.transitions.map(
    (t) => `transitions at c=${t.connections}: ${t.responses} answered, ${t.applied} acknowledgements recorded in the database`,
  );
  const floor10 = floorAt(report, 10);
  const staticRows10 = measurementAt(report, "staticRows", 10);
  if (floor10 && staticRows10) {
    lines.push(
      `${staticRows10.name} at c=10: ${(staticRows10.requestsPerSecond / floor10.requestsPerSecond).toFixed(2)} × floor ` +
        "(the list's table with 25 rows of constants, nothing read, translated or formatted: no list page can go above it)",
    );
  }
  for (const v of report.afterChange) {
    const at = (q: number) => ms(percentile(v.milliseconds, q));
    lines.push(`${v.name}: ${v.milliseconds.length} views one after another, p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, slowest ${ms(Math.max(...v.milliseconds))} ms`);
  }
  for (const e of report.exports) {
    lines.push(
      `${e.name}: ${e.rows.toLocaleString("en")} rows, ${(e.bytes / MB).toFixed(1)} MB, ` +
        `full download in ${e.seconds.map((s) => `${s.toFixed(2)} s`).join(", ")}`,
    );
  }
  lines.push(
    `server peak RSS: ${(report.memory.processPeakBytes / MB).toFixed(0)} MB (next start, VmHWM); ` +
      `${(report.memory.treePeakBytes / MB).toFixed(0)} MB with the launcher (scripts/serve.ts), sampled`,
  );
  lines.push(`load average (1 min): ${report.load.before.toFixed(2)} before the measurements, ${report.load.after.toFixed(2)} after`);
  lines.push(`phases: ${report.phases.map(([name, s]) => `${name} ${s.toFixed(0)} s`).join(", ")}`);
  return [...lines, ...report.notes];
}

/** docs/benchmarks.md: the last run, with where and how it was measured. */
export function markdownReport(report: RunReport): string {
  const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [
    "# Benchmarks",
    "",
    "Written by `npm run bench` (tests/bench/http.bench.ts): the production build served by",
    "`scripts/serve.ts` on PostgreSQL, measured over HTTP with autocannon once every page has been",
    `served for ${report.warmUpSeconds} s at 10 connections (a warm server). Each page at 1 and 10`,
    `connections for ${report.seconds} s; \`× floor\` is its throughput as a share of the floor page's at the`,
    "same concurrency (the shared layout, the session check and one `select 1`), measured first and again",
    "last: the better of the two readings. `floor + 25 static rows`",
    "is no page of the product: the floor with the list's table of 25 rows of constants (no query, no",
    "translation or formatting), the most any list page could reach on this stack. Latencies in ms;",
    "`answers`: responses received within the measurement; `errors` are connection errors and timeouts,",
    "`non-2xx` any other answer (a redirect to /login included).",
    "",
    `- Date: ${report.date.toISOString().replace("T", " ").slice(0, 16)} UTC`,
    `- Machine: ${machine()}`,
    `- Node.js ${process.version}, PostgreSQL ${report.postgresVersion}`,
    `- Data: ${report.dataset}`,
    "",
    row(HEADER),
    row(HEADER.map((_, i) => (i === 0 ? "---" : "---:"))),
    ...tableRows(report).map(row),
    "",
    ...details(report).map((line) => `- ${line}`),
    "",
    "## Targets (issue 13)",
    "",
    ...targetChecks(report).map(([target, met, measured]) => `- ${met ? "✓" : "✗"} ${target}: ${measured}`),
    "",
  ].join("\n");
}
