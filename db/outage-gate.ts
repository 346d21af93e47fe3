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
 * So the first error saying the database is out of reach closes the gate: from then on a new
 * query or transaction is refused on the spot, except one at a time, at most every
 * PROBE_INTERVAL_MS, which goes through to find out whether the database is back. The first
 * answer from the database opens the gate again. Nothing is refused while it answers.
 */
export const PROBE_INTERVAL_MS = 250;

/** The refusal, for a query that never reached the database: nothing was read or written. */
export class DatabaseUnreachable extends Error {
  readonly code = "DATABASE_UNREACHABLE";
  constructor() {
    super("The database is unreachable; the query was not sent.");
    this.name = "DatabaseUnreachable";
  }
}

/** Errors that say the server is out of reach or going away, not that a query was wrong. */
const UNREACHABLE_CODES = new Set([
  // postgres.js (src/errors.js)
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_DESTROYED",
  // The socket
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  // PostgreSQL: shutting down, crashed, starting up
  "57P01",
  "57P02",
  "57P03",
]);

export function isUnreachable(error: unknown): boolean {
  if (!error || typeof error !== "object") return false;
  const code = String((error as { code?: unknown }).code ?? "");
  // SQLSTATE class 08: connection exception.
  return UNREACHABLE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code);
}

export interface Passage {
  probe: boolean;
}

export interface OutageGate {
  /** A passage for one query or transaction, or null: refuse it, the database is known to be out of reach. */
  enter(): Passage | null;
  /** What came of it: an answer (no error, or one from the server) opens the gate, an unreachable server closes it. */
  leave(passage: Passage, error?: unknown): void;
}

export function outageGate(clock: () => number = () => performance.now()): OutageGate {
  let closed = false;
  let probing = false;
  let lastProbeAt = -Infinity;
  return {
    enter() {
      if (!closed) return { probe: false };
      if (probing || clock() - lastProbeAt < PROBE_INTERVAL_MS) return null;
      probing = true;
      lastProbeAt = clock();
      return { probe: true };
    },
    leave(passage, error) {
      if (passage.probe) probing = false;
      if (isUnreachable(error)) closed = true;
      else if (error === undefined || isServerAnswer(error)) closed = false;
    },
  };
}

/** An error PostgreSQL sent (postgres.js's PostgresError carries its severity): the server is there. */
function isServerAnswer(error: unknown): boolean {
  return Boolean(error && typeof error === "object" && "severity" in error);
}

/**
 * The pool's queries and transactions through the gate (those inside a transaction already
 * hold their connection). Watching a query starts it, as drizzle does at once anyway; a
 * refused one is a rejected promise that also answers drizzle's `.values()`.
 */
export function gatedByOutage(sql: postgres.Sql, gate: OutageGate = outageGate()): postgres.Sql {
  const watch = <T extends PromiseLike<unknown>>(send: () => T): T => {
    const passage = gate.enter();
    if (!passage) return refused() as unknown as T;
    const pending = send();
    pending.then(
      () => gate.leave(passage),
      (error: unknown) => gate.leave(passage, error),
    );
    return pending;
  };
  return new Proxy(sql, {
    get(target, property, receiver) {
      if (property === "unsafe" || property === "begin") {
        const send = Reflect.get(target, property, receiver) as (...args: unknown[]) => PromiseLike<unknown>;
        return (...args: unknown[]) => watch(() => send.apply(target, args));
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
