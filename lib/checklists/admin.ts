import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { checklistRules } from "@/db/schema";
import { assertCan } from "@/lib/access/policy";
import { appendLog } from "@/lib/audit/log";
import type { Ctx } from "@/lib/context";
import { NotFound } from "@/lib/errors";
import { LIMITS } from "@/lib/requests/schemas";
import { parseInput } from "@/lib/validation/parse";

/**
 * The checklist rules as administrators run them: the database is the truth, and the next
 * request's checklist reads it (lib/checklists/load.ts). Each edit is dated, signed and
 * written to the audit log with its reason; a release never overwrites an edited rule.
 */

export async function listChecklistRules(ctx: Ctx) {
  assertCan(ctx.actor, "reference.manage");
  return ctx.db.select().from(checklistRules).orderBy(asc(checklistRules.position), asc(checklistRules.key));
}

const text = (max: number) => z.string().trim().min(1, { error: "required" }).max(max);
const editInput = z.object({
  key: z.string().trim().min(1).max(LIMITS.short),
  labelFr: text(LIMITS.short),
  labelEn: text(LIMITS.short),
  reasonFr: text(LIMITS.medium),
  reasonEn: text(LIMITS.medium),
  /** A rule switched off no longer asks anything of new requests. */
  active: z.boolean(),
  /** Why the rule changes: kept in the audit log. */
  reason: text(LIMITS.medium),
});
export type EditChecklistRuleInput = z.input<typeof editInput>;

export async function editChecklistRule(ctx: Ctx, raw: EditChecklistRuleInput): Promise<void> {
  assertCan(ctx.actor, "reference.manage");
  const { key, reason, ...change } = parseInput(editInput, raw);
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(checklistRules).where(eq(checklistRules.key, key)).for("update");
    if (!before) throw new NotFound();
    const now = ctx.now();
    await tx.update(checklistRules).set({ ...change, editedAt: now, editedBy: ctx.actor.id }).where(eq(checklistRules.id, before.id));
    const { labelFr, labelEn, reasonFr, reasonEn, active } = before;
    await appendLog(tx, ctx.actor, now, {
      action: "checklistRuleEdited",
      subjectType: "checklistRule",
      subjectId: before.id,
      data: { key, reason, before: { labelFr, labelEn, reasonFr, reasonEn, active }, after: change },
    });
  });
}
