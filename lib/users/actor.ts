import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { countries, managerScopes, units, users } from "@/db/schema";
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
  const scope = actor.role === "manager" ? await managerScope(db, actor.id, actor.unitId) : { managedUnitIds: [], receivingCountryCodes: [] };
  // Administrators belong to no country; UTC avoids implying one.
  return { ...actor, timeZone: timeZone ?? "UTC", ...scope };
}

/** A manager oversees their own unit's requests, plus the units and incoming countries of their scope rows. */
async function managerScope(db: Db, userId: string, ownUnitId: string | null) {
  const rows = await db
    .select({ unitId: managerScopes.unitId, countryCode: managerScopes.countryCode })
    .from(managerScopes)
    .where(eq(managerScopes.userId, userId));
  const units = new Set([ownUnitId, ...rows.map((r) => r.unitId)].filter((id): id is string => Boolean(id)));
  return {
    managedUnitIds: [...units],
    receivingCountryCodes: rows.map((r) => r.countryCode).filter((code): code is string => Boolean(code)),
  };
}
