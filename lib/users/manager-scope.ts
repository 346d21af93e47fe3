import { asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { countries, managerScopes, units, users } from "@/db/schema";
import { assertCan } from "@/lib/access/policy";
import { appendLog } from "@/lib/audit/log";
import type { Ctx } from "@/lib/context";
import { Invalid, NotFound } from "@/lib/errors";
import { isUuid } from "@/lib/validation/ids";
import { parseInput } from "@/lib/validation/parse";

/**
 * A manager's scope beyond their own unit (a central authority's national view): the other
 * units whose requests they oversee, and the countries whose incoming requests they receive.
 * Administrators set it; it takes effect on the manager's next page (the actor is re-read).
 */
export async function managerScope(ctx: Ctx, userId: string) {
  assertCan(ctx.actor, "users.manage");
  if (!isUuid(userId)) throw new NotFound();
  const [manager] = await ctx.db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, unitId: users.unitId })
    .from(users)
    .where(eq(users.id, userId));
  if (!manager || manager.role !== "manager") throw new NotFound();
  const rows = await ctx.db
    .select({ unitId: managerScopes.unitId, countryCode: managerScopes.countryCode })
    .from(managerScopes)
    .where(eq(managerScopes.userId, userId))
    .orderBy(asc(managerScopes.createdAt));
  return {
    manager,
    unitIds: rows.map((r) => r.unitId).filter((id): id is string => Boolean(id)),
    countryCodes: rows.map((r) => r.countryCode).filter((code): code is string => Boolean(code)),
  };
}

const input = z.object({
  userId: z.uuid(),
  unitIds: z.array(z.uuid({ error: "invalidChoice" })).max(500).default([]),
  countryCodes: z.array(z.string().regex(/^[A-Z]{2}$/, { error: "invalidChoice" })).max(300).default([]),
});
export type ManagerScopeInput = z.input<typeof input>;

/** Replaces a manager's scope rows, audited with the lists before and after. */
export async function setManagerScope(ctx: Ctx, raw: ManagerScopeInput): Promise<void> {
  assertCan(ctx.actor, "users.manage");
  const data = parseInput(input, raw);
  const unitIds = [...new Set(data.unitIds)];
  const countryCodes = [...new Set(data.countryCodes)];
  await ctx.db.transaction(async (tx) => {
    const [manager] = await tx.select({ role: users.role, unitId: users.unitId }).from(users).where(eq(users.id, data.userId)).for("update");
    if (!manager || manager.role !== "manager") throw new NotFound();
    const knownUnits = unitIds.length ? await tx.select({ id: units.id }).from(units).where(inArray(units.id, unitIds)) : [];
    if (knownUnits.length !== unitIds.length) throw new Invalid("invalid", { unitIds: ["invalidChoice"] });
    const knownCountries = countryCodes.length ? await tx.select({ code: countries.code }).from(countries).where(inArray(countries.code, countryCodes)) : [];
    if (knownCountries.length !== countryCodes.length) throw new Invalid("invalid", { countryCodes: ["invalidChoice"] });

    const before = await tx.select().from(managerScopes).where(eq(managerScopes.userId, data.userId));
    await tx.delete(managerScopes).where(eq(managerScopes.userId, data.userId));
    const now = ctx.now();
    // Their own unit is always theirs: no row for it.
    const rows = [
      ...unitIds.filter((id) => id !== manager.unitId).map((unitId) => ({ unitId, countryCode: null })),
      ...countryCodes.map((countryCode) => ({ unitId: null, countryCode })),
    ];
    if (rows.length) await tx.insert(managerScopes).values(rows.map((r) => ({ ...r, userId: data.userId, createdBy: ctx.actor.id, createdAt: now })));
    await appendLog(tx, ctx.actor, now, {
      action: "managerScopeChanged",
      subjectType: "user",
      subjectId: data.userId,
      data: {
        before: { unitIds: before.flatMap((r) => (r.unitId ? [r.unitId] : [])), countryCodes: before.flatMap((r) => (r.countryCode ? [r.countryCode] : [])) },
        after: { unitIds: rows.flatMap((r) => (r.unitId ? [r.unitId] : [])), countryCodes: rows.flatMap((r) => (r.countryCode ? [r.countryCode] : [])) },
      },
    });
  });
}
