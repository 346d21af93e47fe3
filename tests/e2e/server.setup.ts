import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { assertBuilt, freePort, startApp, type AppServer } from "../support/app-server";
import { assertChromiumInstalled } from "./browser";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the production server of this run answers, e.g. http://127.0.0.1:40123 */
    baseURL: string;
  }
}

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/**
 * One production server (`npm start`, tests/support/app-server.ts) for the whole e2e run, on
 * a fresh database: a new database on the PostgreSQL server of DATABASE_URL (CI), else a new
 * PGlite directory.
 */
export default async function setup(project: TestProject) {
  assertBuilt(ROOT);
  assertChromiumInstalled();

  const database = await freshDatabase();
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;

  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...database.env, AUTH_SECRET: randomBytes(32).toString("base64url") };
  if (!database.env.DATABASE_URL) delete childEnv.DATABASE_URL;

  let server: AppServer;
  try {
    server = await startApp(ROOT, port, childEnv);
  } catch (error) {
    await database.destroy();
    throw error;
  }
  // An exit while tests run is reported here (a failed start was reported by startApp).
  let stopping = false;
  void server.exited.then((how) => {
    if (!stopping) console.error(`[e2e] the server stopped during the run (${how}). Its output:\n${server.output()}`);
  });
  const teardown = async () => {
    stopping = true;
    await server.stop();
    // E2E_SERVER_LOG=1 prints what the server said during the run (start-up, warnings, errors).
    if (process.env.E2E_SERVER_LOG === "1") console.log(`[e2e] server at ${baseURL} on ${database.kind}:\n${server.output()}`);
    await database.destroy();
  };

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
