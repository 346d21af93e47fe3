import { eq } from "drizzle-orm";
import { z } from "zod";
import { users } from "@/db/schema";
import { appendLog } from "@/lib/audit/log";
import { assertCan } from "@/lib/access/policy";
import { ROLES } from "@/lib/access/roles";
import type { Ctx } from "@/lib/context";
import { Invalid, NotFound } from "@/lib/errors";
import { assertAssignableUnit } from "@/lib/units/assignable-unit";
import { parseInput } from "@/lib/validation/parse";
import { SYSTEM_USER_ID } from "./system";

const input = z
  .object({ userId: z.uuid(), role: z.enum(ROLES), unitId: z.uuid().optional() })
  .refine((u) => u.role === "admin" || u.unitId, {
    path: ["unitId"],
    error: "unitRequired",
    when: (payload) => payload.value !== null && typeof payload.value === "object",
  });

export type ChangeUserRoleInput = z.input<typeof input>;

/**
 * Changes an account's role and unit. The role is read from the database on every
 * request, so the change applies to the user's very next page.
 */
export async function changeUserRole(ctx: Ctx, raw: ChangeUserRoleInput): Promise<void> {
  assertCan(ctx.actor, "users.manage");
  const data = parseInput(input, raw);
  if (data.userId === ctx.actor.id && data.role !== "admin") throw new Invalid("cannotDemoteSelf");
  if (data.userId === SYSTEM_USER_ID) throw new NotFound();

  await ctx.db.transaction(async (tx) => {
    const [current] = await tx.select({ unitId: users.unitId }).from(users).where(eq(users.id, data.userId)).for("update");
    if (!current) throw new NotFound();
    if (data.role !== "admin" && data.unitId) await assertAssignableUnit(tx, data.unitId, { currentUnitId: current.unitId });
    const updated = await tx
      .update(users)
      .set({ role: data.role, unitId: data.role === "admin" ? null : data.unitId, updatedAt: ctx.now() })
      .where(eq(users.id, data.userId))
      .returning({ id: users.id });
    if (updated.length === 0) throw new NotFound();
    await appendLog(tx, ctx.actor, ctx.now(), {
      action: "userRoleChanged",
      subjectType: "user",
      subjectId: data.userId,
      data: { role: data.role, unitId: data.role === "admin" ? null : data.unitId },
    });
  });
}
