import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { startApp, type AppServer } from "../../support/app-server";

/**
 * The production server under measurement: `next build`, then the served build
 * (tests/support/app-server.ts), its memory sampled from /proc while it runs.
 */

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

export interface RunningServer extends AppServer {
  /** The largest resident set seen: of the whole process tree, and of its largest process (VmHWM). */
  memory(): { treePeakBytes: number; processPeakBytes: number };
}

/** The served build (tests/support/app-server.ts), its memory sampled while it runs. */
export async function startServer(root: string, port: number, env: NodeJS.ProcessEnv): Promise<RunningServer> {
  const app = await startApp(root, port, env);
  const sampler = rssSampler(app.pid);
  return {
    ...app,
    memory: () => sampler.peaks(),
    async stop() {
      sampler.stop();
      await app.stop();
    },
  };
}

/**
 * Polls the resident set of every process under `root` (serve.ts, `next start` and any
 * worker) and keeps the highest total; the kernel's own high-water mark (VmHWM) of each
 * process catches the peaks between two samples.
 */
function rssSampler(root: number) {
  let treePeak = 0;
  const processPeaks = new Map<number, number>();
  const sample = () => {
    if (!root) return;
    let total = 0;
    for (const pid of processTree(root)) {
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
