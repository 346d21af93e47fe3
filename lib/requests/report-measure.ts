import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { measures } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { measureResultInput, version } from "./schemas";
import { writeRequest } from "./write";

const input = z.object({ requestId: z.uuid(), measureId: z.uuid(), version }).and(measureResultInput);
export type ReportMeasureInput = z.input<typeof input>;


/** The requested side records a measure's progress and result. */
export async function reportMeasure(ctx: Ctx, raw: ReportMeasureInput): Promise<void> {
  const { requestId, measureId, version: v, status, resultNote } = parseInput(input, raw);
  await writeRequest(
    ctx,
    { requestId, version: v },
    "reportMeasures",
    async (tx) => {
      const updated = await tx
        .update(measures)
        .set({ status, resultNote, updatedAt: ctx.now() })
        .where(and(eq(measures.id, measureId), eq(measures.requestId, requestId)))
        .returning({ type: measures.type });
      if (updated.length === 0) throw new NotFound();
      return {
        event: { action: "measureReported", visibility: "shared", data: { measureId, type: updated[0]!.type, status } },
        result: undefined,
      };
    },
  );
}
