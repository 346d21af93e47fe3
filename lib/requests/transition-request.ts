import { and, eq, max } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { requestEvents } from "@/db/schema";
import { Conflict, Forbidden, Invalid } from "@/lib/errors";
import type { Ctx } from "@/lib/context";
import { parseInput } from "@/lib/validation/parse";
import { checkGuards } from "./guards";
import { LIMITS, plausibleDate, version } from "./schemas";
import { TRANSITION_NAMES, transitionNamed, type Transition } from "./transitions";
import { CHANNELS, type RequestStatus } from "./vocabulary";
import { eventVisibility, writeRequest, type RequestRow } from "./write";
import { localIsoDate } from "@/lib/dates";

const transitionInput = z.object({
  requestId: z.uuid(),
  transition: z.enum(TRANSITION_NAMES as [string, ...string[]]),
  version,
  /** The comment, question, answer, grounds or reason the move requires. */
  text: z.string().trim().max(LIMITS.long).optional().default(""),
  foreignReference: z.string().trim().max(LIMITS.short).optional().default(""),
  channel: z.enum(CHANNELS).optional(),
  /** The day it was sent (YYYY-MM-DD); not in the future. */
  transmittedOn: z.union([z.literal(""), plausibleDate]).optional().default(""),
});
export type TransitionInput = z.input<typeof transitionInput>;

/**
 * Moves a request along the lifecycle table. Refusals, in order: out of scope → 404;
 * stale version → 409; not this actor's move → 403; wrong state → 409; missing text or
 * failed guard → 400 (the four-eyes guard → 403). The move and its audit event are written together or not at all.
 */
export async function transitionRequest(ctx: Ctx, raw: TransitionInput): Promise<{ status: RequestStatus }> {
  const input = parseInput(transitionInput, raw);
  const transition = transitionNamed(input.transition)!;
  return writeRequest(
    ctx,
    { requestId: input.requestId, version: input.version },
    (relation) => {
      if (!transition.by.includes(relation)) throw new Forbidden("transitionForbidden");
    },
    async (tx, request) => {
      if (!transition.from.includes(request.status)) throw new Conflict("transitionNotAllowed");
      const validatedAt = transition.records === "transmission" ? await lastValidation(tx, request) : request.updatedAt;
      const recorded = recordedFields(transition, input, { now: ctx.now(), timeZone: ctx.actor.timeZone, validatedAt });
      await checkGuards(tx, transition.guards ?? [], request, ctx.actor);

      const to = transition.to === "resume" ? request.resumeStatus! : transition.to;
      const set = {
        status: to,
        resumeStatus: to === "information_requested" ? request.status : null,
        ...recorded,
      };
      const transmittedAt = recorded.transmittedAt ?? request.transmittedAt;
      return {
        set,
        event: {
          action: transition.name,
          fromStatus: request.status,
          toStatus: to,
          visibility: eventVisibility(transmittedAt),
          data: compact({ text: input.text, foreignReference: recorded.foreignReference, channel: recorded.transmissionChannel, transmittedOn: input.transmittedOn }),
        },
        result: { status: to },
      };
    },
  );
}

/** When the request was last validated (a comment since then does not move it). */
async function lastValidation(tx: Db, request: RequestRow): Promise<Date> {
  const [row] = await tx
    .select({ at: max(requestEvents.at) })
    .from(requestEvents)
    .where(and(eq(requestEvents.requestId, request.id), eq(requestEvents.action, "validate")));
  return row?.at ?? request.updatedAt;
}

type Recorded = Partial<Pick<RequestRow, "foreignReference" | "transmittedAt" | "transmissionChannel">>;

/** Checks and returns what the move records: its required text, a foreign reference, a transmission. */
function recordedFields(
  transition: Transition,
  input: z.output<typeof transitionInput>,
  when: { now: Date; timeZone: string; validatedAt: Date },
): Recorded {
  const { now, timeZone, validatedAt } = when;
  if (transition.requires && !input.text) throw new Invalid("invalid", { text: [`${transition.requires}Required`] });
  if (transition.records === "foreignReference") {
    if (!input.foreignReference) throw new Invalid("invalid", { foreignReference: ["required"] });
    return { foreignReference: input.foreignReference };
  }
  if (transition.records === "transmission") {
    const fields: Record<string, string[]> = {};
    if (!input.channel) fields.channel = ["required"];
    if (!input.transmittedOn) fields.transmittedOn = ["required"];
    const localDate = (d: Date) => localIsoDate(d, timeZone);
    const today = localDate(now);
    if (input.transmittedOn > today) fields.transmittedOn = ["dateInFuture"];
    // The history must stay consistent: a request is not sent before it was validated.
    if (input.transmittedOn && input.transmittedOn < localDate(validatedAt)) fields.transmittedOn = ["dateBeforeValidation"];
    if (Object.keys(fields).length) throw new Invalid("invalid", fields);
    // Sent today: now. Recorded afterwards: midday of that day, as the hour is unknown
    // (but never before the validation).
    const midday = new Date(`${input.transmittedOn}T12:00:00Z`);
    const sentAt = input.transmittedOn === today ? now : midday < validatedAt ? validatedAt : midday;
    return { transmissionChannel: input.channel!, transmittedAt: sentAt };
  }
  return {};
}

function compact(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined && v !== null && v !== ""));
}
