import { eq } from "drizzle-orm";
import { units } from "@/db/schema";
import { assertCan } from "@/lib/access/policy";
import { appendLog } from "@/lib/audit/log";
import type { Ctx } from "@/lib/context";
import { parseInput } from "@/lib/validation/parse";
import { lockUnit } from "./lock-unit";
import { updateUnitInput, type UpdateUnitInput } from "./unit-input";

/** Renames a unit or changes its kind; its code and country stay (they name it in requests and the seed). */
export async function updateUnit(ctx: Ctx, raw: UpdateUnitInput): Promise<void> {
  assertCan(ctx.actor, "reference.manage");
  const { unitId, ...change } = parseInput(updateUnitInput, raw);
  await ctx.db.transaction(async (tx) => {
    const before = await lockUnit(tx, unitId);
    if (before.name === change.name && before.kind === change.kind) return;
    await tx.update(units).set(change).where(eq(units.id, unitId));
    await appendLog(tx, ctx.actor, ctx.now(), {
      action: "unitUpdated",
      subjectType: "unit",
      subjectId: unitId,
      data: { code: before.code, before: { name: before.name, kind: before.kind }, after: change },
    });
  });
}
