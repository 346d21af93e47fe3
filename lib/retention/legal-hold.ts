import { eq } from "drizzle-orm";
import { z } from "zod";
import { legalHolds } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { LIMITS } from "@/lib/requests/schemas";
import { writeRequest } from "@/lib/requests/write";
import { parseInput } from "@/lib/validation/parse";

/**
 * A magistrate's explicit decision to keep a request beyond the retention period (Décret
 * 2025-59; docs/legal.md, "Retention"), with its reasons; lifting it lets the next run erase
 * the request if it is past the period. Who may, and when: lib/access/request-rules.ts
 * (`placeLegalHold`, `liftLegalHold`). Both stay in the request's trail, on the requesting side.
 */

const input = z.object({
  requestId: z.uuid(),
  reason: z.string().trim().min(1, { error: "reasonRequired" }).max(LIMITS.medium),
});
export type LegalHoldInput = z.input<typeof input>;

export async function placeLegalHold(ctx: Ctx, raw: LegalHoldInput): Promise<void> {
  const { requestId, reason } = parseInput(input, raw);
  // No version: a hold changes nothing a colleague may be editing.
  await writeRequest(ctx, { requestId, version: null }, "placeLegalHold", async (tx) => {
    await tx.insert(legalHolds).values({ requestId, setAt: ctx.now(), setBy: ctx.actor.id, reason });
    return { event: { action: "legalHoldSet", visibility: "internal", data: { reason } }, result: undefined };
  });
}

export async function liftLegalHold(ctx: Ctx, raw: LegalHoldInput): Promise<void> {
  const { requestId, reason } = parseInput(input, raw);
  await writeRequest(ctx, { requestId, version: null }, "liftLegalHold", async (tx) => {
    await tx.delete(legalHolds).where(eq(legalHolds.requestId, requestId));
    return { event: { action: "legalHoldLifted", visibility: "internal", data: { reason } }, result: undefined };
  });
}
