import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { units, users } from "@/db/schema";
import { appendLog } from "@/lib/audit/log";
import { assertCan } from "@/lib/access/policy";
import type { Ctx } from "@/lib/context";
import { Conflict, Invalid, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { SYSTEM_USER_ID } from "./system";

const input = z.object({ userId: z.uuid(), active: z.boolean() });

/**
 * Disables or re-enables an account. Disabling bumps the session version, so every
 * token already issued is refused on its very next request.
 */
export async function setUserActive(ctx: Ctx, raw: z.input<typeof input>): Promise<void> {
  assertCan(ctx.actor, "users.manage");
  const { userId, active } = parseInput(input, raw);
  // Locking oneself out would leave no one able to undo it.
  if (userId === ctx.actor.id && !active) throw new Invalid("cannotDisableSelf");
  // The scheduled tasks' account has no one behind it (system.ts): it stays disabled.
  if (userId === SYSTEM_USER_ID) throw new NotFound();

  await ctx.db.transaction(async (tx) => {
    // A closed unit takes no one new: re-enabling an account there would give it a member again.
    if (active) {
      const [account] = await tx
        .select({ closedAt: units.closedAt })
        .from(users)
        .innerJoin(units, eq(units.id, users.unitId))
        .where(eq(users.id, userId))
        .for("share", { of: units });
      if (account?.closedAt) throw new Conflict("unitClosed");
    }
    const updated = await tx
      .update(users)
      .set({
        active,
        updatedAt: ctx.now(),
        ...(active ? {} : { sessionVersion: sql`${users.sessionVersion} + 1` }),
      })
      .where(eq(users.id, userId))
      .returning({ id: users.id });
    if (updated.length === 0) throw new NotFound();
    await appendLog(tx, ctx.actor, ctx.now(), { action: active ? "userEnabled" : "userDisabled", subjectType: "user", subjectId: userId });
  });
}
