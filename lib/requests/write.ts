import { asc, eq, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { requests } from "@/db/schema";
import { relationTo, type Relation } from "@/lib/access/request-access";
import { assertMayNow, isTransmitted, type RequestRule } from "@/lib/access/request-rules";
import { appendEvent, type NewEvent } from "@/lib/audit/append";
import { refreshDeadlines } from "@/lib/deadlines/refresh";
import type { Ctx } from "@/lib/context";
import { Conflict, NotFound } from "@/lib/errors";
import { notifyEvent } from "@/lib/notifications/on-event";
import { loadRequestFacts } from "./facts";

export type RequestRow = typeof requests.$inferSelect;

/** Reads a request and locks its row until the transaction ends: writers to one request queue here. */
export async function lockRequest(tx: Db, requestId: string): Promise<RequestRow> {
  const [row] = await tx.select().from(requests).where(eq(requests.id, requestId)).for("update");
  if (!row) throw new NotFound();
  return row;
}

/**
 * lockRequest for a write, which refreshes the deadlines of the request and of its parent and
 * copies them onto their rows (lib/deadlines/refresh.ts): both rows are locked at once, in id
 * order as the deadline job locks its pages, so that a write and the job queue for them instead
 * of each holding one while waiting for the other.
 */
async function lockRequestAndParent(tx: Db, requestId: string): Promise<RequestRow> {
  const parentId = sql`(select ${requests.parentRequestId} from ${requests} where ${requests.id} = ${requestId})`;
  const rows = await tx
    .select()
    .from(requests)
    .where(or(eq(requests.id, requestId), eq(requests.id, parentId)))
    .orderBy(asc(requests.id))
    .for("update");
  const row = rows.find((r) => r.id === requestId);
  if (!row) throw new NotFound();
  return row;
}

export interface RequestWrite<T> {
  /** Columns to change on the request row (besides version, updatedBy, updatedAt). */
  set?: Partial<typeof requests.$inferInsert>;
  event: NewEvent;
  result: T;
}

/**
 * The one shape of every write to a request (docs/architecture.md): in one transaction, lock
 * the row, check the actor's relation (404 out of scope), compare the version the client
 * read (409 when stale), check the rule (lib/access/request-rules.ts) or let `authorize`
 * refuse (403, or 409 for the wrong state), do the work, bump the version and append the
 * audit event — all or nothing.
 *
 * `version` is null for writes that cannot conflict with an edit (a comment).
 */
export async function writeRequest<T>(
  ctx: Ctx,
  target: { requestId: string; version: number | null },
  authorize: RequestRule | ((relation: Relation, request: RequestRow) => void),
  work: (tx: Db, request: RequestRow, relation: Relation) => Promise<RequestWrite<T>>,
): Promise<T> {
  return ctx.db.transaction(async (tx) => {
    const request = await lockRequestAndParent(tx, target.requestId);
    const relation = relationTo(ctx.actor, request);
    if (!relation) throw new NotFound();
    // Stale first: whoever acted on an old page is told to reload, whatever else changed since.
    if (target.version !== null && target.version !== request.version) throw new Conflict("stale");
    // What the retention job erased is a closed record: its trail ends with the erasure.
    if (request.erasedAt) throw new Conflict("requestErased");
    if (typeof authorize === "string") assertMayNow(relation, authorize, await loadRequestFacts(tx, request));
    else authorize(relation, request);

    const { set, event, result } = await work(tx, request, relation);
    const now = ctx.now();
    // A comment (no version) is not a change to the request: it leaves version and "last updated" alone.
    if (target.version !== null || set) {
      await tx
        .update(requests)
        .set({ ...set, version: sql`${requests.version} + 1`, updatedBy: ctx.actor.id, updatedAt: now })
        .where(eq(requests.id, request.id));
    }
    const { eventId } = await appendEvent(tx, request, ctx.actor, now, event);
    // Whoever now holds the ball is told, with the request as this write left it.
    await notifyEvent(tx, { ...request, ...set }, { ...event, id: eventId }, { actor: ctx.actor, relation }, now);
    // A parent's preservation clock stops when its follow-up is transmitted.
    const affected = [request.id, request.parentRequestId].filter((id): id is string => Boolean(id));
    await refreshDeadlines(tx, affected, now);
    return result;
  });
}

/** Drafting and internal discussion stay on the requesting side; from transmission on, events are shared. */
export function eventVisibility(transmittedAt: Date | null): "internal" | "shared" {
  return isTransmitted({ transmittedAt }) ? "shared" : "internal";
}
