import { asc, count, eq } from "drizzle-orm";
import { countries, units, users } from "@/db/schema";
import { assertCan } from "@/lib/access/policy";
import type { Ctx } from "@/lib/context";
import { accountColumns } from "./columns";

/** Accounts as the admin page lists them (no password hashes leave this module). */
export async function listUsers(ctx: Ctx) {
  assertCan(ctx.actor, "users.manage");
  return ctx.db
    .select({ ...accountColumns, lastLoginAt: users.lastLoginAt })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .orderBy(asc(users.email));
}

/** Units with their country, for choosing a new account's unit. */
export async function listUnits(ctx: Ctx) {
  assertCan(ctx.actor, "users.manage");
  return ctx.db
    .select({
      id: units.id,
      code: units.code,
      name: units.name,
      kind: units.kind,
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
  const rows = await ctx.db.select({ active: users.active, n: count() }).from(users).groupBy(users.active);
  return {
    active: rows.find((r) => r.active)?.n ?? 0,
    disabled: rows.find((r) => !r.active)?.n ?? 0,
  };
}
