import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { countries, units, users } from "@/db/schema";
import type { Actor } from "@/lib/access/actor";
import { isUuid } from "@/lib/validation/ids";
import { accountColumns } from "./columns";

/**
 * The actor behind a session token, re-read from the database on every request so that a
 * disabled account, a changed role or a revoked session takes effect at once.
 * Null when the account is gone, disabled, or the token predates a revocation.
 */
export async function loadActor(db: Db, userId: string, sessionVersion: number): Promise<Actor | null> {
  if (!isUuid(userId)) return null;
  const [row] = await db
    .select({ ...accountColumns, sessionVersion: users.sessionVersion, timeZone: countries.timeZone })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .leftJoin(countries, eq(countries.code, units.countryCode))
    .where(eq(users.id, userId))
    .limit(1);
  if (!row || !row.active || row.sessionVersion !== sessionVersion) return null;
  const { active: _active, sessionVersion: _sv, timeZone, ...actor } = row;
  // Administrators belong to no country; UTC avoids implying one.
  return { ...actor, timeZone: timeZone ?? "UTC" };
}
