import { and, count, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { measures, requestEvents } from "@/db/schema";
import { assertOnRequest } from "@/lib/access/request-access";
import type { Ctx } from "@/lib/context";
import { Conflict } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { LIMITS, version } from "./schemas";
import { FINAL_STATUSES } from "./vocabulary";
import { writeRequest, type RequestRow } from "./write";

/**
 * Moves that change a deadline without changing the request's state: the EIO recognition
 * extension and the renewal of an expedited preservation. Each is an audit event that
 * lib/deadlines reads; neither is a transition of the lifecycle table.
 */

const input = z.object({
  requestId: z.uuid(),
  version,
  text: z.string().trim().min(1, { error: "reasonRequired" }).max(LIMITS.medium),
});
export type ClockActionInput = z.input<typeof input>;

async function eventCount(tx: Db, requestId: string, action: string): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(requestEvents).where(and(eq(requestEvents.requestId, requestId), eq(requestEvents.action, action)));
  return row?.n ?? 0;
}

/** Whether a request may have its recognition deadline extended now (EIO, undecided, not yet extended). */
export function recognitionOpen(request: Pick<RequestRow, "legalBasis" | "status">): boolean {
  return request.legalBasis === "european_investigation_order" && (request.status === "transmitted" || request.status === "acknowledged");
}

/**
 * The executing authority extends the 30-day recognition deadline once by 30 days, with its
 * reasons (Dir. 2014/41/EU art. 12(5)).
 */
export async function extendRecognition(ctx: Ctx, raw: ClockActionInput): Promise<void> {
  const { requestId, version: v, text } = parseInput(input, raw);
  await writeRequest(
    ctx,
    { requestId, version: v },
    (_relation, request) => {
      assertOnRequest(ctx.actor, request, "extendRecognition");
      if (!recognitionOpen(request)) throw new Conflict("recognitionNotOpen");
    },
    async (tx) => {
      if ((await eventCount(tx, requestId, "recognitionExtended")) > 0) throw new Conflict("alreadyExtended");
      return { event: { action: "recognitionExtended", visibility: "shared", data: { text } }, result: undefined };
    },
  );
}

/**
 * The requesting side renews an expedited preservation (Budapest art. 29) for another 60
 * days when the full request cannot follow in time.
 */
export async function renewPreservation(ctx: Ctx, raw: ClockActionInput): Promise<void> {
  const { requestId, version: v, text } = parseInput(input, raw);
  await writeRequest(
    ctx,
    { requestId, version: v },
    (_relation, request) => {
      assertOnRequest(ctx.actor, request, "renewPreservation");
      if (!request.transmittedAt || FINAL_STATUSES.includes(request.status)) throw new Conflict("preservationNotRunning");
    },
    async (tx) => {
      const [preserving] = await tx
        .select({ n: count() })
        .from(measures)
        .where(and(eq(measures.requestId, requestId), eq(measures.type, "expedited_preservation")));
      if (!preserving?.n) throw new Conflict("preservationNotRunning");
      return { event: { action: "preservationRenewed", visibility: "shared", data: { text } }, result: undefined };
    },
  );
}
