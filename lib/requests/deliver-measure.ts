import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { documents, measureDeliveries, measureDeliveryDocuments, measures } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { localIsoDate } from "@/lib/dates";
import { documentVisibleTo } from "@/lib/documents/rules";
import { Conflict, Invalid, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { LIMITS, plausibleDate, version } from "./schemas";
import { writeRequest } from "./write";
import type { MeasureStatus } from "./vocabulary";

/** A measure is settled once fully returned or found not executable: nothing more is delivered on it. */
export const SETTLED_MEASURE_STATUSES: readonly MeasureStatus[] = ["returned", "not_executable"];

/** One value per ticked box from a form, or an array from a caller; one message for the list. */
const ids = z
  .union([z.string(), z.array(z.string())], { error: "invalidChoice" })
  .transform((v) => [...new Set((Array.isArray(v) ? v : v.split(",")).map((id) => id.trim()).filter(Boolean))])
  .refine((v) => v.every((id) => z.uuid().safeParse(id).success), { error: "invalidChoice" })
  .refine((v) => v.length <= 100, { error: "tooManyItems" })
  .optional()
  .default([]);

const input = z.object({
  requestId: z.uuid(),
  measureId: z.uuid(),
  version,
  // One message for whatever is not a real date.
  deliveredOn: z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required", abort: true })
    .refine((d) => plausibleDate.safeParse(d).success, { error: "invalidDate" }),
  note: z.string().trim().max(LIMITS.long).default(""),
  documentIds: ids,
  /** This delivery completes the measure. */
  final: z.union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")]).default(false).transform((v) => v === true || v === "on" || v === "true"),
});
export type DeliverMeasureInput = z.input<typeof input>;

/**
 * The requested side delivers (part of) a measure's evidence: the day, a note, and the
 * documents it uploaded for it (lib/documents: a document of this request it can see, not
 * tied to another measure, never delivered before). A delivery that is not the last leaves
 * the measure partly returned; the last one returns it. The event is the measure's report
 * (`measureReported`), so that the requesting side is told as for any result.
 */
export async function deliverMeasure(ctx: Ctx, raw: DeliverMeasureInput): Promise<{ id: string }> {
  const { requestId, measureId, version: v, deliveredOn, note, documentIds, final } = parseInput(input, raw);
  if (documentIds.length === 0 && !note) throw new Invalid("invalid", { documentIds: ["deliveryEmpty"] });
  return writeRequest(ctx, { requestId, version: v }, "reportMeasures", async (tx, request, relation) => {
    const [measure] = await tx
      .select({ type: measures.type, status: measures.status })
      .from(measures)
      .where(and(eq(measures.id, measureId), eq(measures.requestId, requestId)));
    if (!measure) throw new NotFound();
    if (SETTLED_MEASURE_STATUSES.includes(measure.status)) throw new Conflict("measureSettled");

    // A delivery is dated in the requested side's own days: not ahead of today, not before the request was sent.
    if (deliveredOn > localIsoDate(ctx.now(), ctx.actor.timeZone)) throw new Invalid("invalid", { deliveredOn: ["dateInFuture"] });
    if (request.transmittedAt && deliveredOn < localIsoDate(request.transmittedAt, ctx.actor.timeZone)) {
      throw new Invalid("invalid", { deliveredOn: ["dateBeforeTransmission"] });
    }

    if (documentIds.length) {
      const found = await tx
        .select({ id: documents.id, measureId: documents.measureId, visibility: documents.visibility, delivered: measureDeliveryDocuments.deliveryId })
        .from(documents)
        .leftJoin(measureDeliveryDocuments, eq(measureDeliveryDocuments.documentId, documents.id))
        .where(and(inArray(documents.id, documentIds), eq(documents.requestId, requestId), eq(documents.current, true)));
      const usable = found.filter((d) => documentVisibleTo(relation, d) && (d.measureId === null || d.measureId === measureId));
      if (usable.length !== documentIds.length) throw new Invalid("invalid", { documentIds: ["invalidChoice"] });
      if (usable.some((d) => d.delivered)) throw new Invalid("invalid", { documentIds: ["documentAlreadyDelivered"] });
    }

    const now = ctx.now();
    const [delivery] = await tx
      .insert(measureDeliveries)
      .values({ requestId, measureId, deliveredOn, note, final, recordedBy: ctx.actor.id, recordedAt: now })
      .returning({ id: measureDeliveries.id });
    if (documentIds.length) {
      await tx.insert(measureDeliveryDocuments).values(documentIds.map((documentId) => ({ deliveryId: delivery!.id, documentId })));
    }
    const status: MeasureStatus = final ? "returned" : "partially_returned";
    await tx.update(measures).set({ status, updatedAt: now }).where(eq(measures.id, measureId));
    return {
      event: {
        action: "measureReported",
        visibility: "shared",
        data: { measureId, type: measure.type, status, deliveryId: delivery!.id, deliveredOn, documents: documentIds.length },
      },
      result: { id: delivery!.id },
    };
  });
}
