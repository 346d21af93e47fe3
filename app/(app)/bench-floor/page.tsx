import { notFound } from "next/navigation";
import { connection } from "next/server";
import { firstValues, type SearchParams } from "@/app/_lib/search-params";
import { requestContext } from "@/lib/auth/session";
import { floorRoundTrip } from "@/lib/bench/floor";
import { env } from "@/lib/env";
import { StaticRows } from "./static-rows";

/** The most rows `?rows=` renders: a list's page is 25. */
const MAX_STATIC_ROWS = 100;

/**
 * The benchmark's floor (tests/bench/http.bench.ts): the shared layout, the session check and
 * one round trip to the database, nothing else, so that every page's throughput can be read
 * as a share of what the framework and the layout alone allow. With `?rows=25`, the floor
 * plus the list's table with 25 rows of constants: the most a list page could reach. Absent
 * outside benchmark mode.
 */
export default async function BenchFloorPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // Read at request time: a build made without the flag must not bake a 404 in.
  await connection();
  if (env().BENCH_FLOOR !== "1") notFound();
  const [ctx, params] = await Promise.all([requestContext(), searchParams]);
  await floorRoundTrip(ctx);
  const { rows } = firstValues(params, ["rows"]);
  const count = Math.min(MAX_STATIC_ROWS, Math.max(0, Number.parseInt(rows, 10) || 0));
  // Nothing to read: the page's whole cost is its frame (and the constant rows, if asked).
  return <div data-testid="bench-floor">{count > 0 && <StaticRows count={count} />}</div>;
}
