import { z } from "zod";
import type { Ctx } from "@/lib/context";
import { parseInput } from "@/lib/validation/parse";
import { LIMITS, version } from "./schemas";
import { writeRequest } from "./write";

/**
 * Moves that change a deadline without changing the request's state: the EIO recognition
 * extension and the renewal of an expedited preservation. Each is an audit event whose clock
 * effect is declared in events.ts; neither is a transition of the lifecycle table. When each
 * is allowed is a rule of lib/access/request-rules.ts.
 */

const input = z.object({
  requestId: z.uuid(),
  version,
  text: z.string().trim().min(1, { error: "reasonRequired" }).max(LIMITS.medium),
});
export type ClockActionInput = z.input<typeof input>;

/**
 * The executing authority extends the 30-day recognition deadline once by 30 days, with its
 * reasons (Dir. 2014/41/EU art. 12(5)).
 */
export async function extendRecognition(ctx: Ctx, raw: ClockActionInput): Promise<void> {
  const { requestId, version: v, text } = parseInput(input, raw);
  await writeRequest(ctx, { requestId, version: v }, "extendRecognition", async () => ({
    event: { action: "recognitionExtended", visibility: "shared", data: { text } },
    result: undefined,
  }));
}

/**
 * The requesting side renews an expedited preservation (Budapest art. 29) for another 60
 * days when the full request cannot follow in time.
 */
export async function renewPreservation(ctx: Ctx, raw: ClockActionInput): Promise<void> {
  const { requestId, version: v, text } = parseInput(input, raw);
  await writeRequest(ctx, { requestId, version: v }, "renewPreservation", async () => ({
    event: { action: "preservationRenewed", visibility: "shared", data: { text } },
    result: undefined,
  }));
}
