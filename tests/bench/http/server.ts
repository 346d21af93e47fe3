import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

/**
 * The production server under measurement: `next build`, then scripts/serve.ts (what
 * `npm start` runs) in a process group of its own, so that stopping it stops `next start`
 * too. Its memory is sampled from /proc while it runs.
 */

const START_TIMEOUT_MS = 120_000;
const OUTPUT_LIMIT = 100_000;
const RSS_SAMPLE_MS = 200;

/** `next build` in `root`, its output shown; throws when it fails. */
export function buildApp(root: string): void {
  const result = spawnSync(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`next build failed (exit code ${result.status ?? result.signal}).`);
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

export interface RunningServer {
  baseUrl: string;
  /** The largest resident set seen: of the whole process tree, and of its largest process (VmHWM). */
  memory(): { treePeakBytes: number; processPeakBytes: number };
  output(): string;
  stop(): Promise<void>;
}

/** Starts scripts/serve.ts with `env` on `port` and waits until /login answers 200. */
export async function startServer(root: string, port: number, env: NodeJS.ProcessEnv): Promise<RunningServer> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join("scripts", "serve.ts")], {
    cwd: root,
    env: { ...env, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group: one signal reaches serve.ts and the `next start` it spawns.
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
  // Whatever happens to this process (an error, Ctrl-C), the server does not outlive it.
  const killGroup = (signal: NodeJS.Signals) => {
    if (child.pid && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // Already gone.
      }
    }
  };
  const onExit = () => killGroup("SIGKILL");
  process.once("exit", onExit);

  const sampler = rssSampler(child);
  const baseUrl = `http://127.0.0.1:${port}`;
  const server: RunningServer = {
    baseUrl,
    memory: () => sampler.peaks(),
    output: () => output,
    async stop() {
      sampler.stop();
      killGroup("SIGTERM");
      const timer = setTimeout(() => killGroup("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
      process.removeListener("exit", onExit);
    },
  };
  try {
    await waitUntilReady(baseUrl, exited, () => output);
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
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The server did not answer GET /login within ${START_TIMEOUT_MS / 1000} s (${last}). Its output:\n${output()}`);
}

/**
 * Polls the resident set of every process under `child` (serve.ts, `next start` and any
 * worker) and keeps the highest total; the kernel's own high-water mark (VmHWM) of each
 * process catches the peaks between two samples.
 */
function rssSampler(child: ChildProcess) {
  let treePeak = 0;
  const processPeaks = new Map<number, number>();
  const sample = () => {
    if (!child.pid) return;
    let total = 0;
    for (const pid of processTree(child.pid)) {
      const status = procStatus(pid);
      if (!status) continue;
      total += status.rss;
      processPeaks.set(pid, Math.max(processPeaks.get(pid) ?? 0, status.hwm));
    }
    treePeak = Math.max(treePeak, total);
  };
  const timer = setInterval(sample, RSS_SAMPLE_MS);
  timer.unref();
  return {
    peaks() {
      sample();
      return { treePeakBytes: treePeak, processPeakBytes: Math.max(0, ...processPeaks.values()) };
    },
    stop: () => clearInterval(timer),
  };
}

/** `root` and its descendants, from /proc (Linux). */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name may hold spaces and parentheses: the fields start after the last ")".
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended meanwhile.
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}

function procStatus(pid: number): { rss: number; hwm: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0) * 1024;
    return { rss: kib("VmRSS"), hwm: kib("VmHWM") };
  } catch {
    return null;
  }
}
