import { asc, count, eq, ne, sql } from "drizzle-orm";
import { countries, units, users, userTotp } from "@/db/schema";
import { assertCan } from "@/lib/access/policy";
import type { Ctx } from "@/lib/context";
import { accountColumns } from "./columns";
import { SYSTEM_USER_ID } from "./system";

/** Accounts as the admin page lists them (no password hashes leave this module). */
export async function listUsers(ctx: Ctx) {
  assertCan(ctx.actor, "users.manage");
  return ctx.db
    .select({ ...accountColumns, lastLoginAt: users.lastLoginAt, hasSecondFactor: sql<boolean>`${userTotp.secret} is not null` })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .leftJoin(userTotp, eq(userTotp.userId, users.id))
    // The scheduled tasks' account (system.ts) is nobody's to manage.
    .where(ne(users.id, SYSTEM_USER_ID))
    .orderBy(asc(users.email));
}

/** Units with their country, for choosing an account's unit; a closed one is offered to nobody new (lib/units/assignable-unit.ts). */
export async function listUnits(ctx: Ctx) {
  assertCan(ctx.actor, "users.manage");
  return ctx.db
    .select({
      id: units.id,
      code: units.code,
      name: units.name,
      kind: units.kind,
      closed: sql<boolean>`${units.closedAt} is not null`,
      countryCode: units.countryCode,
      countryNameFr: countries.nameFr,
      countryNameEn: countries.nameEn,
    })
    .from(units)
    .innerJoin(countries, eq(countries.code, units.countryCode))
    .orderBy(asc(units.countryCode), asc(units.name));
}

/** Active and disabled account counts for the administrator's home page. */
export async function countUsers(ctx: Ctx): Promise<{ active: number; disabled: number }> {
  assertCan(ctx.actor, "users.manage");
  const rows = await ctx.db.select({ active: users.active, n: count() }).from(users).where(ne(users.id, SYSTEM_USER_ID)).groupBy(users.active);
  return {
    active: rows.find((r) => r.active)?.n ?? 0,
    disabled: rows.find((r) => !r.active)?.n ?? 0,
  };
}
