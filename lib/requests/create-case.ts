import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { cases } from "@/db/schema";
import { assertCan } from "@/lib/access/policy";
import type { Ctx } from "@/lib/context";
import { Conflict, Forbidden } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { caseInput } from "./schemas";

export type CreateCaseInput = z.input<typeof caseInput>;

/** A magistrate opens a case for their own unit; its reference is unique within the unit. */
export async function createCase(ctx: Ctx, raw: CreateCaseInput): Promise<{ id: string }> {
  assertCan(ctx.actor, "cases.create");
  const unitId = ctx.actor.unitId;
  if (!unitId) throw new Forbidden();
  const data = parseInput(caseInput, raw);
  return ctx.db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: cases.id })
      .from(cases)
      .where(and(eq(cases.unitId, unitId), eq(cases.reference, data.reference)));
    if (existing) throw new Conflict("caseReferenceTaken");
    const now = ctx.now();
    const [created] = await tx
      .insert(cases)
      .values({ ...data, unitId, createdBy: ctx.actor.id, createdAt: now, updatedAt: now })
      .returning({ id: cases.id });
    return { id: created!.id };
  });
}
