import { and, desc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { requestEvents, requests, users } from "@/db/schema";
import { relationTo, visibleTo } from "@/lib/access/request-access";
import type { Ctx } from "@/lib/context";
import { NotFound } from "@/lib/errors";
import { isUuid } from "@/lib/validation/ids";
import { parseInput } from "@/lib/validation/parse";
import type { RequestEventAction } from "./events";
import { version } from "./schemas";

const latestChangeInput = z.object({
  requestId: z.uuid(),
  /** The version the viewer's page showed. */
  since: version,
});

export interface LatestChange {
  /** Who made it, by name (as the timeline names them). */
  by: string;
  /** The viewer themself, from another window or form. */
  byViewer: boolean;
  /** A key under `eventActions.`. */
  action: RequestEventAction;
  at: Date;
}

/**
 * What changed a request since the version a viewer's page showed, for the answer to a
 * stale write: the write that made the current version (every write stamps the row's
 * `updatedAt` and `updatedBy` with its event's instant and actor, lib/requests/write.ts).
 * Out of scope is 404, as for getRequest. Null when nothing changed since, or when the
 * change is the other side's internal business (visibleTo): then the viewer is only told
 * that the request changed.
 */
export async function latestChange(ctx: Ctx, raw: z.input<typeof latestChangeInput>): Promise<LatestChange | null> {
  // An id that cannot exist answers as one out of scope does (getRequest).
  if (!isUuid(raw.requestId)) throw new NotFound();
  const input = parseInput(latestChangeInput, raw);
  const [request] = await ctx.db.select().from(requests).where(eq(requests.id, input.requestId));
  if (!request) throw new NotFound();
  const relation = relationTo(ctx.actor, request);
  if (!relation) throw new NotFound();
  if (request.version <= input.since) return null;

  const [event] = await ctx.db
    .select({ action: requestEvents.action, at: requestEvents.at, actorId: requestEvents.actorId, actorName: users.name })
    .from(requestEvents)
    .innerJoin(users, eq(users.id, requestEvents.actorId))
    .where(
      and(
        eq(requestEvents.requestId, request.id),
        eq(requestEvents.at, request.updatedAt),
        eq(requestEvents.actorId, request.updatedBy),
        inArray(requestEvents.visibility, visibleTo(relation)),
      ),
    )
    .orderBy(desc(requestEvents.seq))
    .limit(1);
  if (!event) return null;
  return { by: event.actorName, byViewer: event.actorId === ctx.actor.id, action: event.action, at: event.at };
}
