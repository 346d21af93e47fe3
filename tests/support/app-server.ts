import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

/**
 * The production build, served as in service: scripts/serve.ts (`npm start`), which runs
 * `next start`, in a process group of its own so that one signal reaches both. The
 * end-to-end run, the fault runs and the HTTP benchmark all start it here.
 */

const START_TIMEOUT_MS = 120_000;
/** Enough of the server's output to explain a failure, not a whole run. */
const OUTPUT_LIMIT = 200_000;

export interface AppServer {
  baseUrl: string;
  /** The process group's leader (scripts/serve.ts). */
  pid: number;
  /** Settles when the server exits, with how it did. */
  exited: Promise<string>;
  alive(): boolean;
  /** What the server printed, the most recent part. */
  output(): string;
  /** SIGKILL to the whole group: no shutdown hook, no flush, as a crashed machine or an OOM kill. */
  kill(): Promise<void>;
  /** SIGTERM, then SIGKILL after 5 s. */
  stop(): Promise<void>;
}

export function assertBuilt(root: string): void {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
    throw new Error("No production build (.next/BUILD_ID is missing): run `npm run build` first.");
  }
}

export function freePort(): Promise<number> {
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

/** Starts scripts/serve.ts in `root` with `env` on `port`, and waits until GET /login answers 200. */
export async function startApp(root: string, port: number, env: NodeJS.ProcessEnv): Promise<AppServer> {
  // Only this machine reaches it: the e2e run seeds the demo accounts, whose password is public.
  const childEnv: NodeJS.ProcessEnv = { ...env, PORT: String(port), HOST: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1" };
  // Vitest's own variables must not leak into the server (it would think it runs under test).
  for (const name of Object.keys(childEnv)) if (name.startsWith("VITEST")) delete childEnv[name];
  const child = spawn(process.execPath, ["--import", "tsx", path.join("scripts", "serve.ts")], {
    cwd: root,
    env: childEnv,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_LIMIT);
  };
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const exited = new Promise<string>((resolve) => {
    child.once("exit", (code, signal) => resolve(`exit code ${code ?? "none"}, signal ${signal ?? "none"}`));
    child.once("error", (error) => resolve(`could not start: ${error.message}`));
  });
  const alive = () => child.exitCode === null && child.signalCode === null;
  const signalGroup = (signal: NodeJS.Signals) => {
    if (!child.pid) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // The group is gone.
    }
  };
  // Whatever happens to the run (an error, Ctrl-C), the server does not outlive it.
  const onExit = () => signalGroup("SIGKILL");
  process.once("exit", onExit);

  const server: AppServer = {
    baseUrl: `http://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    exited,
    alive,
    output: () => output,
    async kill() {
      signalGroup("SIGKILL");
      await exited;
      await waitForPortFree(port);
      process.removeListener("exit", onExit);
    },
    async stop() {
      if (alive()) {
        signalGroup("SIGTERM");
        const timer = setTimeout(() => signalGroup("SIGKILL"), 5_000);
        await exited;
        clearTimeout(timer);
      }
      // `next start` may outlive serve.ts by a moment.
      signalGroup("SIGKILL");
      process.removeListener("exit", onExit);
    },
  };
  try {
    await waitUntilReady(server.baseUrl, exited, () => output);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

async function waitUntilReady(baseUrl: string, exited: Promise<string>, output: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let exit: string | undefined;
  void exited.then((how) => (exit = how));
  let last = "no answer yet";
  while (Date.now() < deadline) {
    if (exit) throw new Error(`The server exited before it was ready (${exit}). Its output:\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/login`, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
      last = `GET /login answered ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The server did not answer GET /login within ${START_TIMEOUT_MS / 1000} s (${last}). Its output:\n${output()}`);
}

/** A killed `next start` may leave its socket a moment; the next server needs the port. */
async function waitForPortFree(port: number): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once("error", () => resolve(false));
      probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
    });
    if (free) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}
