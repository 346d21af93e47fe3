import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { countries, managerScopes, units, users, userTotp } from "@/db/schema";
import type { Actor } from "@/lib/access/actor";
import { isUuid } from "@/lib/validation/ids";
import { setupColumns, type SetupFacts } from "./account-setup";
import { accountColumns } from "./columns";

/**
 * The actor behind a session token, re-read from the database on every request so that a
 * disabled account, a changed role or a revoked session takes effect at once.
 * Null when the account is gone, disabled, or the token predates a revocation.
 */
export async function loadActor(db: Db, userId: string, sessionVersion: number): Promise<Actor | null> {
  return (await loadSession(db, userId, sessionVersion))?.actor ?? null;
}

/** The actor and, in the same read, what its account must still set up (lib/users/account-setup.ts). */
export async function loadSession(db: Db, userId: string, sessionVersion: number): Promise<{ actor: Actor; setup: SetupFacts } | null> {
  if (!isUuid(userId)) return null;
  const [row] = await db
    .select({ ...accountColumns, ...setupColumns, sessionVersion: users.sessionVersion, timeZone: countries.timeZone })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .leftJoin(countries, eq(countries.code, units.countryCode))
    .leftJoin(userTotp, eq(userTotp.userId, users.id))
    .where(eq(users.id, userId))
    .limit(1);
  if (!row || !row.active || row.sessionVersion !== sessionVersion) return null;
  const { active: _active, sessionVersion: _sv, timeZone, mustChangePassword, hasSecondFactor, ...actor } = row;
  const scope = actor.role === "manager" ? await managerScope(db, actor.id, actor.unitId) : { managedUnitIds: [], receivingCountryCodes: [] };
  // Administrators belong to no country; UTC avoids implying one.
  return { actor: { ...actor, timeZone: timeZone ?? "UTC", ...scope }, setup: { mustChangePassword, hasSecondFactor } };
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
