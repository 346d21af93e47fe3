import { and, count, eq } from "drizzle-orm";
import { units, users } from "@/db/schema";
import { assertCan } from "@/lib/access/policy";
import { appendLog } from "@/lib/audit/log";
import type { Ctx } from "@/lib/context";
import { Conflict } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { lockUnit } from "./lock-unit";
import { unitIdInput, type UnitIdInput } from "./unit-input";

/** Refused closure: the unit still has this many active accounts (the page says how many). */
export class UnitHasActiveUsers extends Conflict {
  constructor(readonly activeUsers: number) {
    super("unitHasActiveUsers");
  }
}

/**
 * Closes a unit: it is no longer offered for new accounts or role changes, but keeps its
 * users, requests and history. Refused while active accounts still work for it, so that
 * nobody is left acting for a unit that no longer exists. Closing a closed unit changes nothing.
 */
export async function closeUnit(ctx: Ctx, raw: UnitIdInput): Promise<void> {
  assertCan(ctx.actor, "reference.manage");
  const { unitId } = parseInput(unitIdInput, raw);
  await ctx.db.transaction(async (tx) => {
    // Locked first: an account being created or moved into the unit (assignableUnit) waits, or is counted.
    const unit = await lockUnit(tx, unitId);
    if (unit.closedAt) return;
    const [active] = await tx.select({ n: count() }).from(users).where(and(eq(users.unitId, unitId), eq(users.active, true)));
    if (active && active.n > 0) throw new UnitHasActiveUsers(active.n);
    const now = ctx.now();
    await tx.update(units).set({ closedAt: now }).where(eq(units.id, unitId));
    await appendLog(tx, ctx.actor, now, { action: "unitClosed", subjectType: "unit", subjectId: unitId, data: { code: unit.code } });
  });
}

/** Reopens a closed unit: it is offered again. Reopening an open unit changes nothing. */
export async function reopenUnit(ctx: Ctx, raw: UnitIdInput): Promise<void> {
  assertCan(ctx.actor, "reference.manage");
  const { unitId } = parseInput(unitIdInput, raw);
  await ctx.db.transaction(async (tx) => {
    const unit = await lockUnit(tx, unitId);
    if (!unit.closedAt) return;
    await tx.update(units).set({ closedAt: null }).where(eq(units.id, unitId));
    await appendLog(tx, ctx.actor, ctx.now(), {
      action: "unitReopened",
      subjectType: "unit",
      subjectId: unitId,
      data: { code: unit.code, closedAt: unit.closedAt.toISOString() },
    });
  });
}
