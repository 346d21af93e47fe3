import { sql } from "drizzle-orm";
import type { Ctx } from "@/lib/context";

/** The benchmark floor's one round trip to the database (app/(app)/bench-floor): nothing read, only the trip. */
export async function floorRoundTrip(ctx: Ctx): Promise<void> {
  await ctx.db.execute(sql`select 1`);
}
