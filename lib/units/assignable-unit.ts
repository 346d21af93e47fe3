import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { units } from "@/db/schema";
import { Invalid } from "@/lib/errors";

/**
 * Checks, inside the caller's transaction, that an account may be put in this unit: it exists
 * and is open. A closed unit keeps the accounts it has (`currentUnitId`: a role change that
 * leaves someone where they are), but takes no one new. The row is share-locked so that a
 * closure running at the same time waits and then counts this account.
 */
export async function assertAssignableUnit(tx: Db, unitId: string, { currentUnitId }: { currentUnitId?: string | null } = {}): Promise<void> {
  const [unit] = await tx.select({ closedAt: units.closedAt }).from(units).where(eq(units.id, unitId)).for("share");
  if (!unit) throw new Invalid("invalid", { unitId: ["invalidChoice"] });
  if (unit.closedAt && unitId !== currentUnitId) throw new Invalid("invalid", { unitId: ["unitClosed"] });
}
