import { createServer, type Server, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { connect, type DatabaseConnection } from "@/db/client";
import type postgres from "postgres";
import { causeChain, DatabaseUnreachable, gatedByOutage, isUnreachable, outageGate, PROBE_INTERVAL_MS, PROBE_TIMEOUT_MS } from "@/db/outage-gate";
import { users } from "@/db/schema";

const refusedError = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" });
const startingUp = Object.assign(new Error("the database system is starting up"), { code: "57P03", severity: "FATAL" });
const terminated = Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01", severity: "FATAL" });
const uniqueViolation = Object.assign(new Error("duplicate key value violates unique constraint"), { code: "23505", severity: "ERROR" });

describe("the outage gate", () => {
  it("is closed by a failure to connect, not by a lost connection or a wrong query", () => {
    const wrapped = Object.assign(new Error("Failed query: select 1"), { cause: refusedError });
    for (const error of [refusedError, startingUp, wrapped, { code: "CONNECT_TIMEOUT" }, { code: "08001" }]) {
      expect(isUnreachable(error), String((error as Error).message ?? JSON.stringify(error))).toBe(true);
    }
    for (const error of [terminated, { code: "CONNECTION_CLOSED" }, { code: "ECONNRESET" }, uniqueViolation, { code: "40001" }, new Error("bug"), undefined, null, "ECONNREFUSED"]) {
      expect(isUnreachable(error), String(error)).toBe(false);
    }
  });

  it("lets everything through while the database answers, wrong queries and lost connections included", () => {
    const gate = outageGate(() => 0);
    gate.leave(gate.enter()!, uniqueViolation);
    gate.leave(gate.enter()!, terminated);
    gate.leave(gate.enter()!, new Error("a bug of ours"));
    expect(Array.from({ length: 5 }, () => gate.enter()?.probe)).toEqual(Array(5).fill(false));
  });

  it("once the server is out of reach, refuses all but one probe at a time, at most every interval", () => {
    let now = 1_000;
    const gate = outageGate(() => now);
    gate.leave(gate.enter()!, refusedError);

    const probe = gate.enter();
    expect(probe?.probe).toBe(true);
    expect(gate.enter()).toBeNull(); // a probe is out
    gate.leave(probe!, refusedError);
    expect(gate.enter()).toBeNull(); // too soon after the last one
    now += PROBE_INTERVAL_MS;
    const second = gate.enter();
    expect(second?.probe).toBe(true);

    // The server answers (even with an error of the query's own): the gate opens.
    gate.leave(second!, uniqueViolation);
    expect(gate.enter()?.probe).toBe(false);
    expect(gate.enter()?.probe).toBe(false);
  });

  it("lets another probe go when one has not settled within its timeout", () => {
    let now = 0;
    const gate = outageGate(() => now);
    gate.leave(gate.enter()!, refusedError);
    const stuck = gate.enter()!;
    now += PROBE_TIMEOUT_MS - 1;
    expect(gate.enter()).toBeNull();
    now += 1;
    const next = gate.enter();
    expect(next?.probe).toBe(true);
    // The stuck one settling late does not free the newer probe's place.
    gate.leave(stuck, refusedError);
    expect(gate.enter()).toBeNull();
  });

  it("ignores a failure older than an answer, and an answer older than the failure that closed it", () => {
    const gate = outageGate(() => 0);
    const older = gate.enter()!;
    const newer = gate.enter()!;
    gate.leave(newer);
    gate.leave(older, refusedError); // the database answered a later query since
    expect(gate.enter()?.probe).toBe(false);

    const sentBefore = gate.enter()!;
    gate.leave(gate.enter()!, refusedError);
    gate.leave(sentBefore); // an answer from before the failure says nothing of now
    expect(gate.enter()?.probe).toBe(true);
  });

  it("counts a transaction as answered once its body starts, however long the body takes", async () => {
    const gate = outageGate(() => 0);
    gate.leave(gate.enter()!, refusedError);
    let finish = () => {};
    const fake = {
      begin: (body: (inner: unknown) => Promise<unknown>) => Promise.resolve().then(() => body({})),
    } as unknown as postgres.Sql;
    const transaction = gatedByOutage(fake, gate).begin(() => new Promise<void>((resolve) => (finish = resolve)));
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The body is still running (e.g. it waits for a mail relay), and the gate is open.
    expect(gate.enter()?.probe).toBe(false);
    finish();
    await transaction;
  });

  it("refuses a transaction still waiting for its BEGIN when a connection fails, and lets the next probe go", async () => {
    let now = 0;
    const gate = outageGate(() => now);
    let failStraggler: (error: unknown) => void = () => {};
    const bodies: string[] = [];
    const fake = {
      // A query already handed to a connection (it has a state): answered only when that fails.
      unsafe: () => Object.assign(new Promise((_, reject) => (failStraggler = reject)), { state: {} }),
      // BEGIN waits for a connection, for ever.
      begin: () => new Promise(() => {}),
    } as unknown as postgres.Sql;
    const gated = gatedByOutage(fake, gate);
    const straggler = gated.unsafe("select 1").catch(() => "failed");
    gate.leave(gate.enter()!, refusedError);
    now = 1_000;
    const probe = gated.begin(async () => void bodies.push("ran"));
    failStraggler(refusedError);
    expect(await straggler).toBe("failed");
    await expect(probe).rejects.toBeInstanceOf(DatabaseUnreachable);
    expect(bodies).toEqual([]);
    // The refused probe no longer holds the gate: the next one goes after PROBE_INTERVAL_MS, not PROBE_TIMEOUT_MS.
    now = 1_000 + PROBE_INTERVAL_MS;
    expect(gate.enter()?.probe).toBe(true);
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
    // As drizzle sends them: raw SQL, a select (its `.values()`), a transaction.
    const outcomes = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) =>
        [() => db.execute(sql`select 1`), () => db.select({ id: users.id }).from(users), () => db.transaction((tx) => tx.execute(sql`select 1`))][i % 3]!(),
      ),
    );
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

  it("refuses what was already waiting for a connection when the first attempt fails, instead of an attempt each", async () => {
    server = createServer((socket) => sockets.push(socket)); // accepts, says nothing
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    connection = connect({ url: `postgres://nobody@127.0.0.1:${port}/none`, poolSize: 3 });
    const { db } = connection;
    const bodies: number[] = [];

    // Sent while nothing is known yet: three go to the connections being opened, the rest wait.
    const started = performance.now();
    const settledAt: number[] = [];
    const outcomes = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) =>
        (i % 3 === 2 ? db.transaction(async (tx) => (bodies.push(i), tx.execute(sql`select 1`))) : db.execute(sql`select 1`)).finally(() =>
          settledAt.push(performance.now() - started),
        ),
      ),
    );

    expect(outcomes.every((o) => o.status === "rejected")).toBe(true);
    expect(bodies).toEqual([]);
    // The first attempts time out after 5 s (db/client.ts), and all that waited behind them is
    // refused then; left queued, they would have gone three by three, an attempt each (45 s).
    // (postgres.js tries again the queries already handed to a connection being opened.)
    expect(settledAt.filter((ms) => ms < 7_000).length).toBeGreaterThanOrEqual(27);
    expect(Math.max(...settledAt)).toBeLessThan(12_000);
  }, 20_000);
});
