import { z } from "zod";
import type { Ctx } from "@/lib/context";
import { Invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { eligibleHandlers, eligibleOwners } from "./assignees";
import { version } from "./schemas";
import { writeRequest } from "./write";

/**
 * Who is in charge of a request: its owner on the requesting side, its handler on the
 * requested side. Each change is an audit event on that side's own trail (the other side
 * does not see it), and the new person is notified (lib/notifications).
 */

const target = z.object({ requestId: z.uuid(), version });
const assignInput = target.and(z.object({ userId: z.uuid({ error: "invalidChoice" }) }));
export type AssignInput = z.input<typeof assignInput>;

/** A manager of the requesting unit gives the request to another of its magistrates. */
export async function assignOwner(ctx: Ctx, raw: AssignInput): Promise<void> {
  const { requestId, version: v, userId } = parseInput(assignInput, raw);
  await writeRequest(ctx, { requestId, version: v }, "assignOwner", async (tx, request) => {
    const person = (await eligibleOwners(tx, request)).find((u) => u.id === userId);
    if (!person) throw new Invalid("invalid", { userId: ["assigneeOutOfScope"] });
    if (request.ownerId === userId) throw new Invalid("invalid", { userId: ["alreadyInCharge"] });
    return {
      set: { ownerId: userId },
      event: { action: "ownerAssigned", visibility: "internal", data: { userId, name: person.name } },
      result: undefined,
    };
  });
}

/** A manager of the requested side gives the request to an officer of the requested country. */
export async function assignHandler(ctx: Ctx, raw: AssignInput): Promise<void> {
  const { requestId, version: v, userId } = parseInput(assignInput, raw);
  await writeRequest(ctx, { requestId, version: v }, "assignHandler", async (tx, request) => {
    const person = (await eligibleHandlers(tx, request)).find((u) => u.id === userId);
    if (!person) throw new Invalid("invalid", { userId: ["assigneeOutOfScope"] });
    if (request.assigneeId === userId) throw new Invalid("invalid", { userId: ["alreadyInCharge"] });
    return {
      set: { assigneeId: userId },
      event: { action: "handlerAssigned", visibility: "requested_internal", data: { userId, name: person.name } },
      result: undefined,
    };
  });
}

/** An officer of the requested country takes a request nobody handles yet (409 when someone does). */
export async function takeRequest(ctx: Ctx, raw: z.input<typeof target>): Promise<void> {
  const { requestId, version: v } = parseInput(target, raw);
  await writeRequest(ctx, { requestId, version: v }, "takeRequest", async () => ({
    set: { assigneeId: ctx.actor.id },
    event: { action: "handlerAssigned", visibility: "requested_internal", data: { userId: ctx.actor.id, name: ctx.actor.name, taken: true } },
    result: undefined,
  }));
}
