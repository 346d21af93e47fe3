import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { retentionPolicy, users } from "@/db/schema";
import { assertCan } from "@/lib/access/policy";
import { appendLog } from "@/lib/audit/log";
import type { Ctx } from "@/lib/context";
import { LIMITS } from "@/lib/requests/schemas";
import { parseInput } from "@/lib/validation/parse";

/**
 * How long a closed request keeps its personal data (docs/legal.md, "Retention"): Décret
 * 2025-59 keeps the data of France's own MLA tracking 12 months after a file is closed, and
 * beyond 10 years only by a magistrate's explicit decision — a legal hold (legal-hold.ts), never
 * a policy. An administrator may set another period within those bounds; zero is refused,
 * since it would erase a request the moment it closes.
 */
export const DECREE_MONTHS = 12;
export const MAX_MONTHS = 120;

export interface RetentionPolicy {
  months: number;
  /** "decree": nobody changed the default; otherwise who set it and when. */
  source: "decree" | "administrator";
  editedAt: Date | null;
  editedBy: string | null;
}

export async function loadRetentionPolicy(db: Db): Promise<RetentionPolicy> {
  const [row] = await db
    .select({ months: retentionPolicy.months, editedAt: retentionPolicy.editedAt, editedBy: users.name })
    .from(retentionPolicy)
    .innerJoin(users, eq(users.id, retentionPolicy.editedBy));
  return row ? { ...row, source: "administrator" } : { months: DECREE_MONTHS, source: "decree", editedAt: null, editedBy: null };
}

const input = z.object({
  months: z.coerce
    .number({ error: "retentionMonthsRange" })
    .int({ error: "retentionMonthsRange" })
    .min(1, { error: "retentionMonthsRange" })
    .max(MAX_MONTHS, { error: "retentionMonthsRange" }),
  /** Why: kept in the audit log. */
  reason: z.string().trim().min(1, { error: "required" }).max(LIMITS.medium),
});

/** Sets the period for every closed request from the next run on; audited with its reason. */
export async function setRetentionPolicy(ctx: Ctx, raw: z.input<typeof input>): Promise<void> {
  assertCan(ctx.actor, "retention.manage");
  const { months, reason } = parseInput(input, raw);
  await ctx.db.transaction(async (tx) => {
    const before = await loadRetentionPolicy(tx);
    const now = ctx.now();
    const [row] = await tx
      .insert(retentionPolicy)
      .values({ months, editedAt: now, editedBy: ctx.actor.id })
      .onConflictDoUpdate({ target: retentionPolicy.scope, set: { months, editedAt: now, editedBy: ctx.actor.id } })
      .returning({ id: retentionPolicy.id });
    await appendLog(tx, ctx.actor, now, {
      action: "retentionPolicyChanged",
      subjectType: "retentionPolicy",
      subjectId: row!.id,
      data: { before: before.months, after: months, reason },
    });
  });
}
