import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { assertChromiumInstalled } from "./browser";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the production server of this run answers, e.g. http://127.0.0.1:40123 */
    baseURL: string;
  }
}

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const START_TIMEOUT_MS = 90_000;
/** Enough of the server's output to explain a failure, not the whole run. */
const OUTPUT_LIMIT = 200_000;

/**
 * One production server (`next start`) for the whole e2e run, on a fresh database:
 * a new database on the PostgreSQL server of DATABASE_URL (CI), else a new PGlite directory.
 */
export default async function setup(project: TestProject) {
  if (!existsSync(join(ROOT, ".next", "BUILD_ID"))) {
    throw new Error("No production build found (.next/BUILD_ID is missing): run `npm run build` first.");
  }
  assertChromiumInstalled();

  const database = await freshDatabase();
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;

  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ...database.env,
    NODE_ENV: "production",
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (!database.env.DATABASE_URL) delete childEnv.DATABASE_URL;
  // Vitest's own variables must not leak into the server (it would think it runs under test).
  for (const name of Object.keys(childEnv)) if (name.startsWith("VITEST")) delete childEnv[name];

  let output = "";
  const server = spawn(
    process.execPath,
    [join(ROOT, "node_modules", "next", "dist", "bin", "next"), "start", "--port", String(port), "--hostname", "127.0.0.1"],
    { cwd: ROOT, env: childEnv, stdio: ["ignore", "pipe", "pipe"] },
  );
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_LIMIT);
  };
  server.stdout!.on("data", collect);
  server.stderr!.on("data", collect);
  const exited = new Promise<string>((resolve) => {
    server.once("exit", (code, signal) => resolve(`exit code ${code ?? "none"}, signal ${signal ?? "none"}`));
    server.once("error", (error) => resolve(`could not start: ${error.message}`));
  });
  // A failed start is reported by waitUntilReady; an exit while tests run is reported here.
  let phase: "starting" | "running" | "stopping" = "starting";
  void exited.then((how) => {
    if (phase === "running") console.error(`[e2e] the server stopped during the run (${how}). Its output:\n${output}`);
  });

  const teardown = async () => {
    phase = "stopping";
    await stop(server, exited);
    // E2E_SERVER_LOG=1 prints what the server said during the run (start-up, warnings, errors).
    if (process.env.E2E_SERVER_LOG === "1") console.log(`[e2e] server at ${baseURL} on ${database.kind}:\n${output}`);
    await database.destroy();
  };

  try {
    await waitUntilReady(baseURL, exited, () => output);
  } catch (error) {
    await teardown();
    throw error;
  }
  phase = "running";

  project.provide("baseURL", baseURL);
  return teardown;
}

interface FreshDatabase {
  kind: string;
  env: Record<string, string>;
  destroy(): Promise<void>;
}

async function freshDatabase(): Promise<FreshDatabase> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const dir = mkdtempSync(join(tmpdir(), "mla-e2e-pglite-"));
    return {
      kind: `PGlite in ${dir}`,
      env: { PGLITE_DIR: dir },
      destroy: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `mla_e2e_${randomBytes(6).toString("hex")}`;
  try {
    await onServer(url, (sql) => sql.unsafe(`create database ${name}`));
  } catch (error) {
    const server = new URL(url);
    throw new Error(
      `Could not create the e2e database ${name} on the PostgreSQL server of DATABASE_URL ` +
        `(${server.hostname}:${server.port || 5432}): ${error instanceof Error ? error.message : String(error)}. ` +
        "Start that server, or unset DATABASE_URL to run on the embedded PGlite.",
      { cause: error },
    );
  }
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  return {
    kind: `PostgreSQL database ${name}`,
    env: { DATABASE_URL: dbUrl.toString(), SEED_DEMO: "1" },
    destroy: () => onServer(url, (sql) => sql.unsafe(`drop database if exists ${name} with (force)`)),
  };
}

async function onServer(url: string, work: (sql: postgres.Sql) => Promise<unknown>): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await work(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error("no free port found"))));
    });
  });
}

/** Polls GET /login until it answers 200; fails with the server's output if it exits or takes too long. */
async function waitUntilReady(baseURL: string, exited: Promise<string>, output: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let exit: string | undefined;
  void exited.then((how) => (exit = how));
  let last = "no answer yet";
  while (Date.now() < deadline) {
    if (exit) {
      throw new Error(`The Next.js server exited before it was ready (${exit}). Its output:\n${output()}`);
    }
    try {
      const response = await fetch(`${baseURL}/login`, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
      last = `GET /login answered ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(
    `The Next.js server did not answer GET /login with 200 within ${START_TIMEOUT_MS / 1000} s (${last}). Its output:\n${output()}`,
  );
}

async function stop(server: ChildProcess, exited: Promise<string>): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  server.kill("SIGTERM");
  const timer = setTimeout(() => server.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}
