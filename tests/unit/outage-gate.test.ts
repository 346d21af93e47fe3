import { createServer, type Server, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { connect, type DatabaseConnection } from "@/db/client";
import { DatabaseUnreachable, isUnreachable, outageGate, PROBE_INTERVAL_MS } from "@/db/outage-gate";

const refusedError = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" });
const shutdownError = Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01", severity: "FATAL" });
const uniqueViolation = Object.assign(new Error("duplicate key value violates unique constraint"), { code: "23505", severity: "ERROR" });

describe("the outage gate", () => {
  it("tells an unreachable server from a wrong query", () => {
    for (const error of [refusedError, shutdownError, { code: "CONNECT_TIMEOUT" }, { code: "CONNECTION_CLOSED" }, { code: "08006" }]) {
      expect(isUnreachable(error), JSON.stringify(error)).toBe(true);
    }
    for (const error of [uniqueViolation, { code: "40001" }, new Error("bug"), undefined, null, "ECONNREFUSED"]) {
      expect(isUnreachable(error), String(error)).toBe(false);
    }
  });

  it("lets everything through while the database answers, wrong queries included", () => {
    const gate = outageGate(() => 0);
    const first = gate.enter()!;
    gate.leave(first, uniqueViolation);
    gate.leave(gate.enter()!, new Error("a bug of ours"));
    expect(Array.from({ length: 5 }, () => gate.enter())).toEqual(Array(5).fill({ probe: false }));
  });

  it("once the server is out of reach, refuses all but one probe at a time, at most every interval", () => {
    let now = 1_000;
    const gate = outageGate(() => now);
    gate.leave(gate.enter()!, refusedError);

    const probe = gate.enter();
    expect(probe).toEqual({ probe: true });
    expect(gate.enter()).toBeNull(); // a probe is out
    gate.leave(probe!, refusedError);
    expect(gate.enter()).toBeNull(); // too soon after the last one
    now += PROBE_INTERVAL_MS;
    const second = gate.enter();
    expect(second).toEqual({ probe: true });

    // The server answers (even with an error of the query's own): the gate opens.
    gate.leave(second!, uniqueViolation);
    expect(gate.enter()).toEqual({ probe: false });
    expect(gate.enter()).toEqual({ probe: false });
  });

  it("is closed by a passage that was already under way when the server went", () => {
    const gate = outageGate(() => 0);
    const earlier = gate.enter()!;
    gate.leave(earlier, shutdownError);
    expect(gate.enter()).toEqual({ probe: true });
  });
});

describe("the database client when PostgreSQL is out of reach", () => {
  let connection: DatabaseConnection | undefined;
  let server: Server | undefined;
  const sockets: Socket[] = [];
  afterEach(async () => {
    await connection?.close();
    for (const socket of sockets.splice(0)) socket.destroy();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    connection = server = undefined;
  });

  /** A port where nothing listens: every connection attempt is refused. */
  async function refusingPort(): Promise<number> {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const { port } = probe.address() as { port: number };
    await new Promise((resolve) => probe.close(resolve));
    return port;
  }

  it("refuses at once the queries after the first failure, instead of queueing each behind a connection attempt", async () => {
    connection = connect({ url: `postgres://nobody@127.0.0.1:${await refusingPort()}/none`, poolSize: 3 });
    const { db } = connection;
    await expect(db.execute(sql`select 1`)).rejects.toThrow();

    const started = performance.now();
    const outcomes = await Promise.allSettled(Array.from({ length: 40 }, () => db.execute(sql`select 1`)));
    const elapsed = performance.now() - started;

    expect(outcomes.every((o) => o.status === "rejected")).toBe(true);
    const refusedHere = outcomes.filter((o) => o.status === "rejected" && causeChain(o.reason).some((e) => e instanceof DatabaseUnreachable));
    // One probe went on to the server; the others were refused without a connection attempt.
    expect(refusedHere.length).toBe(39);
    // Queued, forty queries on three connections take about ten attempts each, with their backoff: seconds.
    expect(elapsed).toBeLessThan(1_000);
  });

  it("does not hold queries through the connect timeout of a server that accepts and never answers, once one has timed out", async () => {
    server = createServer((socket) => sockets.push(socket)); // accepts, says nothing
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    connection = connect({ url: `postgres://nobody@127.0.0.1:${port}/none`, poolSize: 3 });
    const { db } = connection;
    await expect(db.execute(sql`select 1`)).rejects.toThrow();

    const started = performance.now();
    const outcomes = await Promise.allSettled(Array.from({ length: 10 }, () => db.execute(sql`select 1`)));
    expect(outcomes.every((o) => o.status === "rejected")).toBe(true);
    expect(outcomes.filter((o) => o.status === "rejected" && causeChain(o.reason).some((e) => e instanceof DatabaseUnreachable)).length).toBe(9);
    // The probe waits for its own attempt; the nine others are refused at once.
    expect(performance.now() - started).toBeLessThan(7_000);
  }, 20_000);
});

function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let e = error; e; e = (e as { cause?: unknown }).cause) chain.push(e);
  return chain;
}
