import { notFound } from "next/navigation";
import { connection } from "next/server";
import { requestContext } from "@/lib/auth/session";
import { floorRoundTrip } from "@/lib/bench/floor";
import { env } from "@/lib/env";

/**
 * The benchmark's floor (tests/bench/http.bench.ts): the shared layout, the session check and
 * one round trip to the database, nothing else, so that every page's throughput can be read
 * as a share of what the framework and the layout alone allow. Absent outside benchmark mode.
 */
export default async function BenchFloorPage() {
  // Read at request time: a build made without the flag must not bake a 404 in.
  await connection();
  if (env().BENCH_FLOOR !== "1") notFound();
  await floorRoundTrip(await requestContext());
  // Nothing to read: the page's whole cost is its frame.
  return <div data-testid="bench-floor" />;
}
