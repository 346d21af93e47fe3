import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { requestEvents, requests } from "@/db/schema";
import type { Actor } from "@/lib/access/actor";
import { summariseEvent } from "@/lib/dashboard/summaries";
import type { RequestEventAction } from "@/lib/requests/events";
import type { RequestStatus, Visibility } from "@/lib/requests/vocabulary";
import { canonicalHash, eventHash } from "./hash";

export interface NewEvent {
  action: RequestEventAction;
  fromStatus?: RequestStatus | null;
  toStatus?: RequestStatus | null;
  visibility: Visibility;
  data?: Record<string, unknown>;
}

/** The chain head of a request, read from its row, which the caller has locked (FOR UPDATE). */
export interface ChainHead {
  id: string;
  headSeq: number;
  headHash: string;
}

/**
 * Appends one event to a request's hash chain and moves the chain head (and the request's
 * lastEventAt), in the caller's transaction. The caller must hold the request row's lock so
 * that appends are serial.
 */
export async function appendEvent(tx: Db, head: ChainHead, actor: Actor, at: Date, event: NewEvent): Promise<ChainHead & { eventId: number }> {
  const data = event.data ?? {};
  const row = {
    requestId: head.id,
    seq: head.headSeq + 1,
    at,
    actorId: actor.id,
    actorRole: actor.role,
    action: event.action,
    fromStatus: event.fromStatus ?? null,
    toStatus: event.toStatus ?? null,
    visibility: event.visibility,
    data,
    dataHash: canonicalHash(data),
    prevHash: head.headHash,
  };
  const hash = eventHash(row);
  const [inserted] = await tx.insert(requestEvents).values({ ...row, hash }).returning({ id: requestEvents.id });
  // The latest instant of the trail, whatever the order in which two clocks wrote it.
  const lastEventAt = sql`greatest(${requests.lastEventAt}, ${at.toISOString()}::timestamptz)`;
  await tx.update(requests).set({ headSeq: row.seq, headHash: hash, lastEventAt }).where(eq(requests.id, head.id));
  // The dashboard's summaries of the trail move with it, under the same lock.
  await summariseEvent(tx, row);
  return { id: head.id, headSeq: row.seq, headHash: hash, eventId: inserted!.id };
}
