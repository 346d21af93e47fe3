import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { legalHolds, requests, users } from "@/db/schema";
import { closings, erasureDue } from "./due";
import { loadRetentionPolicy } from "./policy";

export interface RequestRetention {
  months: number;
  /** When it was closed (refused, withdrawn); null while open. */
  closedAt: Date | null;
  /** When the job will erase it; null while open, on hold or once erased. */
  erasureDueAt: Date | null;
  /** The magistrate's decision to keep it: the requesting side's own business. */
  hold: { setAt: Date; setBy: string; reason: string } | null;
  erasedAt: Date | null;
}

/**
 * A request's place in the retention policy, for its page: when its data will be erased, and
 * the legal hold that prevents it. The dates come from the job's own expression (due.ts).
 */
export async function loadRequestRetention(
  db: Db,
  request: { id: string; erasedAt: Date | null },
  options: { seeHold: boolean },
): Promise<RequestRetention> {
  const policy = await loadRetentionPolicy(db);
  // The requested side is shown the erasure only: when and whether is the requesting side's business.
  if (!options.seeHold) return { months: policy.months, closedAt: null, erasureDueAt: null, hold: null, erasedAt: request.erasedAt };
  const closed = closings(db);
  const [[closing], [hold]] = await Promise.all([
    db
      .select({ closedAt: closed.closedAt, dueAt: erasureDue(closed.closedAt, policy.months).mapWith(requests.createdAt) })
      .from(closed)
      .innerJoin(requests, eq(requests.id, closed.requestId))
      .where(eq(closed.requestId, request.id)),
    db
      .select({ setAt: legalHolds.setAt, setBy: users.name, reason: legalHolds.reason })
      .from(legalHolds)
      .innerJoin(users, eq(users.id, legalHolds.setBy))
      .where(eq(legalHolds.requestId, request.id)),
  ]);
  return {
    months: policy.months,
    closedAt: closing?.closedAt ?? null,
    erasureDueAt: closing && !hold && !request.erasedAt ? closing.dueAt : null,
    hold: hold ?? null,
    erasedAt: request.erasedAt,
  };
}
