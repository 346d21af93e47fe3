/**
 * Serves the production build: `npm start` (your environment) or `npm run demo`
 * (embedded database, demo accounts, a generated secret kept under .data/).
 * Migrations and seeding run in the server's own start-up (instrumentation.ts).
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { spawn } from "node:child_process";
import path from "node:path";

const demo = process.argv.includes("--demo");
const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production" };

if (demo) {
  if (env.DATABASE_URL) {
    console.error("npm run demo uses the embedded database: unset DATABASE_URL, or use `SEED_DEMO=1 npm start`.");
    process.exit(1);
  }
  env.AUTH_SECRET ??= demoSecret();
}

if (!existsSync(path.join(".next", "BUILD_ID"))) {
  console.error("No production build found: run `npm run build` first.");
  process.exit(1);
}

const port = env.PORT ?? "3000";
// Every interface unless HOST names one (e.g. 127.0.0.1 behind a reverse proxy, or in the tests).
const host = env.HOST ? ["--hostname", env.HOST] : [];

/**
 * A page's render makes megabytes of objects that live as long as the request (tens of ms).
 * With V8's default young generation, ten renders at once outlive its collections and are
 * moved to the old heap, which grows to its bound before a full collection frees them; with
 * 32 MB semi-spaces they die young. Measured on the benchmark at c=10 (A/B, same build):
 * peak RSS 350–390 MB instead of 420–500 MB, throughput unchanged.
 */
const YOUNG_SEMI_SPACE_MB = 32;

const server = spawn(
  process.execPath,
  [
    `--max-old-space-size=${heapMegabytes()}`,
    `--max-semi-space-size=${YOUNG_SEMI_SPACE_MB}`,
    path.join("node_modules", "next", "dist", "bin", "next"),
    "start",
    "--port",
    port,
    ...host,
  ],
  { env, stdio: "inherit" },
);
if (demo) console.log(`MLA Tracker demo on http://localhost:${port} (accounts in README.md)`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code) => process.exit(code ?? 1));

/**
 * The server's live data is about 100 MB, but on a machine with memory to spare V8 lets its heap
 * grow to several hundred before collecting (a peak of 850 MB in `npm run bench`). A bound keeps
 * the server's footprint predictable (under 500 MB in the benchmark) for a little more time in
 * the collector. SERVER_HEAP_MB changes it.
 */
function heapMegabytes(): number {
  const value = Number(env.SERVER_HEAP_MB ?? 384);
  if (!Number.isInteger(value) || value < 128) {
    console.error(`SERVER_HEAP_MB must be a whole number of megabytes, 128 or more (got ${env.SERVER_HEAP_MB}).`);
    process.exit(1);
  }
  return value;
}

/** The demo keeps one random secret per checkout, so sessions survive a restart. */
function demoSecret(): string {
  const file = path.join(".data", "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(".data", { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
