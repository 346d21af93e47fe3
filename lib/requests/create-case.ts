import type { z } from "zod";
import { cases } from "@/db/schema";
import { appendLog } from "@/lib/audit/log";
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
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    // The unique index decides between two simultaneous creations of the same reference.
    const [created] = await tx
      .insert(cases)
      .values({ ...data, unitId, createdBy: ctx.actor.id, createdAt: now, updatedAt: now })
      .onConflictDoNothing({ target: [cases.unitId, cases.reference] })
      .returning({ id: cases.id });
    if (!created) throw new Conflict("caseReferenceTaken");
    // The hard date drives the at-risk flags: it is on the record from the start.
    await appendLog(tx, ctx.actor, now, {
      action: "caseCreated",
      subjectType: "case",
      subjectId: created.id,
      data: { reference: data.reference, hardDate: data.hardDate },
    });
    return { id: created.id };
  });
}
