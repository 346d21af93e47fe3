import type postgres from "postgres";

/**
 * While PostgreSQL is unreachable, pages fail at once instead of queueing.
 *
 * postgres.js queues a query when none of its connections is open, and a queue drains one
 * query per failed connection attempt: each attempt takes the next query, waits its backoff
 * (up to a second) and fails it alone — or, when the server accepts and never answers (as
 * during a shutdown), waits the whole connect timeout first. With three connections and the
 * queries of a few pages queued, a page waited 15–33 s for its error page (fault run (b)).
 *
 * So a failed connection attempt closes the gate: from then on a new query or transaction is
 * refused on the spot, except one at a time, at most every PROBE_INTERVAL_MS, which goes
 * through to find out whether the database is back; the first answer from the database opens
 * the gate again. What was already waiting for a connection when the gate closed is refused then
 * too (gatedByOutage): a query still in postgres.js's queue is taken out of it, never sent; a
 * transaction whose body has not started will not start it. Left queued, each would have waited
 * for a connection attempt of its own, up to the connect timeout each (fault run (b) saw pages
 * wait over 15 s).
 *
 * Only a failure to connect closes it. A connection lost on a server that still answers (a
 * backend terminated by an administrator, a proxy closing an idle socket) is not an outage: the
 * next attempt connects. And a failure is stale once a query sent after it has been answered.
 */
export const PROBE_INTERVAL_MS = 250;
/** A probe that has not settled by then (a connect timeout and its backoff) no longer holds back the next. */
export const PROBE_TIMEOUT_MS = 7_000;

/** The refusal, for a query that never reached the database: nothing was read or written. */
export class DatabaseUnreachable extends Error {
  readonly code = "DATABASE_UNREACHABLE";
  constructor() {
    super("The database is unreachable; the query was not sent.");
    this.name = "DatabaseUnreachable";
  }
}

/** Errors of a connection attempt that found no server to talk to. */
const CONNECT_FAILURES = new Set([
  // postgres.js (src/errors.js)
  "CONNECT_TIMEOUT",
  // The socket
  "ECONNREFUSED",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  // PostgreSQL: "the database system is starting up / shutting down"
  "57P03",
  // SQLSTATE: unable to establish the connection, connection rejected
  "08001",
  "08004",
]);

/** An error and its causes, outermost first (drizzle wraps the driver's error in its own). */
export function causeChain(error: unknown): object[] {
  const chain: object[] = [];
  for (let e = error; e && typeof e === "object" && chain.length < 5; e = (e as { cause?: unknown }).cause) chain.push(e);
  return chain;
}

export function isUnreachable(error: unknown): boolean {
  return causeChain(error).some((e) => "code" in e && CONNECT_FAILURES.has(String(e.code)));
}

/** An error PostgreSQL sent (postgres.js's PostgresError carries its severity): the server is there. */
function isServerAnswer(error: unknown): boolean {
  return causeChain(error).some((e) => "severity" in e);
}

export interface Passage {
  /** The order in which passages entered. */
  readonly seq: number;
  readonly probe: boolean;
}

export interface OutageGate {
  /** A passage for one query or transaction, or null: refuse it, the database is known to be out of reach. */
  enter(): Passage | null;
  /** What came of it: an answer (no error, or one the server sent) opens the gate, a failure to connect closes it. */
  leave(passage: Passage, error?: unknown): void;
  /** Whether the database is known to be out of reach. */
  isClosed(): boolean;
}

export function outageGate(clock: () => number = () => performance.now()): OutageGate {
  let entered = 0;
  let closed = false;
  /** The last passage that entered before the gate closed: an answer to it or an earlier one says nothing of now. */
  let closedAfter = 0;
  /** The latest passage the database answered: a failure of an earlier one is stale. */
  let answered = 0;
  let probe: { seq: number; at: number } | null = null;
  let lastProbeAt = -Infinity;
  return {
    enter() {
      if (!closed) return { seq: ++entered, probe: false };
      const now = clock();
      if (probe && now - probe.at < PROBE_TIMEOUT_MS) return null;
      if (now - lastProbeAt < PROBE_INTERVAL_MS) return null;
      probe = { seq: ++entered, at: now };
      lastProbeAt = now;
      return { seq: probe.seq, probe: true };
    },
    leave(passage, error) {
      if (probe?.seq === passage.seq) probe = null;
      if (isUnreachable(error)) {
        if (passage.seq > answered && !closed) {
          closed = true;
          closedAfter = entered;
        }
      } else if (error === undefined || isServerAnswer(error)) {
        answered = Math.max(answered, passage.seq);
        if (passage.seq > closedAfter) closed = false;
      }
    },
    isClosed: () => closed,
  };
}

/**
 * The pool's queries and transactions through the gate (those inside a transaction already
 * hold their connection). Watching a query starts it, as drizzle does at once anyway (a
 * cursor would not survive it; nothing here uses one); a refused one is a rejected promise
 * that also answers drizzle's `.values()`. A transaction has its answer when its body starts
 * (BEGIN went through): how the body ends is the body's business, however long it takes.
 */
export function gatedByOutage(sql: postgres.Sql, gate: OutageGate = outageGate()): postgres.Sql {
  /** Each query or transaction not yet on a connection: how to refuse it. */
  const waiting = new Set<() => void>();
  const settled = (passage: Passage, refuse: () => void, error?: unknown) => {
    waiting.delete(refuse);
    gate.leave(passage, error);
    if (error !== undefined && gate.isClosed()) for (const refuseWaiting of [...waiting]) refuseWaiting();
  };
  const watch = <T extends PromiseLike<unknown>>(passage: Passage, send: () => T): T => {
    let pending: T;
    try {
      pending = send();
    } catch (error) {
      gate.leave(passage, error);
      throw error;
    }
    // postgres.js gives a query its connection's state when it sends it (or hands it to a
    // connection being opened); before that it is only in the queue, and cancel() takes it out
    // and rejects it, unsent. (Cancelling a sent one would open a connection to say so.)
    const query = pending as unknown as { state: unknown; cancel?: () => unknown };
    const refuse = () => {
      if (query.state === null && typeof query.cancel === "function") void query.cancel();
    };
    waiting.add(refuse);
    pending.then(
      () => settled(passage, refuse),
      (error: unknown) => settled(passage, refuse, error ?? new Error("rejected")),
    );
    return pending;
  };
  return new Proxy(sql, {
    get(target, property, receiver) {
      if (property === "unsafe") {
        const unsafe = Reflect.get(target, property, receiver) as postgres.Sql["unsafe"];
        return (...args: Parameters<postgres.Sql["unsafe"]>) => {
          const passage = gate.enter();
          return passage ? watch(passage, () => unsafe.apply(target, args)) : refused();
        };
      }
      if (property === "begin") {
        const begin = Reflect.get(target, property, receiver) as (...args: unknown[]) => Promise<unknown>;
        return (...args: unknown[]) => {
          const passage = gate.enter();
          if (!passage) return refused();
          const body = args.pop() as (inner: postgres.Sql) => unknown;
          let started = false;
          let refusedHere = false;
          let refuseIt = () => {};
          const refuse = () => {
            waiting.delete(refuse);
            if (started) return;
            refusedHere = true;
            // Its passage ends here (a probe's included: the next one may go).
            gate.leave(passage, new DatabaseUnreachable());
            refuseIt();
          };
          waiting.add(refuse);
          const run = begin.call(target, ...args, (inner: postgres.Sql) => {
            // Refused while it waited: its BEGIN got a connection since, its body must not run.
            if (refusedHere) throw new DatabaseUnreachable();
            started = true;
            waiting.delete(refuse);
            gate.leave(passage);
            return body(inner);
          });
          // Before the body started, a failure is BEGIN's: the connection's.
          run.catch((error: unknown) => {
            if (!started && !refusedHere) settled(passage, refuse, error);
          });
          return new Promise((resolve, reject) => {
            refuseIt = () => reject(new DatabaseUnreachable());
            run.then(resolve, reject);
          });
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

function refused(): Promise<never> {
  const refusal = Promise.reject(new DatabaseUnreachable());
  const self = () => refusal;
  return Object.assign(refusal, { values: self, raw: self, execute: self, simple: self });
}
