import { spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";

/**
 * A PostgreSQL server of the fault tests' own, which they may stop and start at will: a new
 * cluster (initdb) in a temporary directory, on a free port, loopback only. Run as root (CI),
 * the server runs as the `postgres` user, since PostgreSQL refuses to run as root.
 */

export interface PrivateCluster {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  serverUrl: string;
  port: number;
  version: string;
  start(): void;
  /** "fast" ends the sessions and shuts down cleanly; "immediate" is a crash, recovered at the next start. */
  stop(mode?: "fast" | "immediate"): void;
  destroy(): void;
}

/** The newest /usr/lib/postgresql/<n>/bin with initdb, or FAULTS_PG_BIN. */
function binDir(): string {
  const configured = process.env.FAULTS_PG_BIN;
  if (configured) return configured;
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(path.join(root, v, "bin", "initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions[0]) {
    throw new Error("No PostgreSQL server binaries found under /usr/lib/postgresql/*/bin: install postgresql, or set FAULTS_PG_BIN.");
  }
  return path.join(root, versions[0], "bin");
}

export function startPrivateCluster(port: number): PrivateCluster {
  const bin = binDir();
  const asRoot = userInfo().uid === 0;
  const root = mkdtempSync(path.join(tmpdir(), "mla-faults-pg-"));
  const data = path.join(root, "data");
  if (asRoot) chownSync(root, uidOf("postgres"), gidOf("postgres"));

  const run = (program: string, args: string[]) => {
    const [command, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, program), ...args]] : [path.join(bin, program), args];
    const result = spawnSync(command, argv, { encoding: "utf8" });
    if (result.status !== 0) {
      throw new Error(`${program} ${args.join(" ")} failed (${result.status ?? result.signal}): ${result.stderr || result.stdout}`);
    }
    return result.stdout;
  };

  run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"]);
  // Durability stays on: the server is crashed and restarted on purpose, and what it
  // acknowledged must be there afterwards.
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c max_connections=100`;
  const cluster: PrivateCluster = {
    serverUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    version: run("postgres", ["--version"]).trim(),
    start() {
      run("pg_ctl", ["-D", data, "-l", path.join(root, "server.log"), "-o", options, "-w", "-t", "60", "start"]);
    },
    stop(mode = "fast") {
      run("pg_ctl", ["-D", data, "-m", mode, "-w", "-t", "60", "stop"]);
    },
    destroy() {
      process.removeListener("exit", onExit);
      if (existsSync(path.join(data, "postmaster.pid"))) {
        try {
          cluster.stop("immediate");
        } catch {
          // Already stopped.
        }
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
  // However the run ends (an error, the watchdog, Ctrl-C), the server does not outlive it.
  const onExit = () => cluster.destroy();
  process.once("exit", onExit);
  cluster.start();
  return cluster;
}

function uidOf(user: string): number {
  return Number(spawnSync("id", ["-u", user], { encoding: "utf8" }).stdout.trim());
}

function gidOf(user: string): number {
  return Number(spawnSync("id", ["-g", user], { encoding: "utf8" }).stdout.trim());
}
