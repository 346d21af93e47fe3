import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { measures } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { Conflict, NotFound } from "@/lib/errors";
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
      const where = and(eq(measures.id, measureId), eq(measures.requestId, requestId));
      const [current] = await tx.select({ status: measures.status, resultNote: measures.resultNote }).from(measures).where(where);
      if (!current) throw new NotFound();
      // The same status and note again would put a report that says nothing in both trails,
      // and tell the requesting side of a change that is not one.
      if (current.status === status && current.resultNote === resultNote) throw new Conflict("measureUnchanged");
      const [updated] = await tx.update(measures).set({ status, resultNote, updatedAt: ctx.now() }).where(where).returning({ type: measures.type });
      return {
        event: { action: "measureReported", visibility: "shared", data: { measureId, type: updated!.type, status } },
        result: undefined,
      };
    },
  );
}
