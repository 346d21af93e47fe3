import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { units } from "@/db/schema";
import { NotFound } from "@/lib/errors";

/** The unit's row, locked until the transaction ends: closing, reopening and editing it queue one behind the other. */
export async function lockUnit(tx: Db, unitId: string) {
  const [row] = await tx.select().from(units).where(eq(units.id, unitId)).for("update");
  if (!row) throw new NotFound();
  return row;
}
