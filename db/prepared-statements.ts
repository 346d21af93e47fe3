import type postgres from "postgres";

/**
 * drizzle sends every query it was not given a name for with `prepare: false`. postgres.js
 * then sends a query with parameters in two trips — parse and describe, wait for the answer,
 * then bind and execute — and PostgreSQL parses and plans it anew each time. Letting
 * postgres.js prepare them (its own default) takes one trip per query once a connection has
 * seen it, and PostgreSQL keeps the parsed statement and, when it is as good, the plan.
 * Measured on the benchmark's seed: the database's CPU per request page 12 → 2 ms, and the
 * floor page 110–130 → 190–200 req/s.
 *
 * Statements are kept per connection and go with it (postgres.js replaces a connection every
 * 30–60 minutes). drizzle's SQL text varies with the query's shape, not its values, which are
 * parameters; a list (`inArray`, several rows inserted) is one statement per length, bounded by
 * the page and batch sizes. Transactions and savepoints get a client of their own from
 * postgres.js: theirs prepares too.
 */
export function preparingStatements(sql: postgres.Sql): postgres.Sql {
  return new Proxy(sql, {
    get(target, property, receiver) {
      if (property === "unsafe") {
        const unsafe: postgres.Sql["unsafe"] = (query, parameters, options) => target.unsafe(query, parameters, { ...options, prepare: true });
        return unsafe;
      }
      if (property === "begin" || property === "savepoint") {
        const open = Reflect.get(target, property, receiver) as (...args: unknown[]) => unknown;
        return (...args: unknown[]) => {
          const work = args.pop() as (inner: postgres.Sql) => unknown;
          return open.call(target, ...args, (inner: postgres.Sql) => work(preparingStatements(inner)));
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
}
