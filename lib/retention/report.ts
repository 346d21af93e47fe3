import { and, desc, eq, gt, inArray, isNull, lte } from "drizzle-orm";
import { legalHolds, requests, retentionErasures, users } from "@/db/schema";
import { assertCan } from "@/lib/access/policy";
import type { Ctx } from "@/lib/context";
import { FINAL_STATUSES } from "@/lib/requests/vocabulary";
import { closings, dueForErasure, erasureDue, instant, type Closed } from "./due";
import { loadRetentionPolicy, type RetentionPolicy } from "./policy";

/** How far ahead the report looks for the erasures to come. */
export const UPCOMING_DAYS = 60;
const REGISTER_ROWS = 100;

export interface RetentionReport {
  policy: RetentionPolicy;
  /** What the next run erases: the job's own selection (due.ts). */
  due: Closed[];
  /** Past the period but kept by a magistrate's decision. */
  held: (Closed & { heldSince: Date; heldBy: string })[];
  /** What falls due within UPCOMING_DAYS, and when. */
  upcoming: (Closed & { dueAt: Date })[];
  /** The latest erasures, newest first. */
  erased: (typeof retentionErasures.$inferSelect)[];
}

/**
 * The dry run for administrators: what the retention job would erase now, what a legal hold
 * keeps, what comes next, and what was erased. References and dates only — no case content,
 * and not the hold's reasons, which are the magistrate's.
 */
export async function retentionReport(ctx: Ctx): Promise<RetentionReport> {
  assertCan(ctx.actor, "retention.manage");
  const now = ctx.now();
  const policy = await loadRetentionPolicy(ctx.db);
  const closed = closings(ctx.db);
  const finalNotErased = and(inArray(requests.status, [...FINAL_STATUSES]), isNull(requests.erasedAt));
  const closedAt = closed.closedAt;
  const soon = new Date(now.getTime() + UPCOMING_DAYS * 86_400_000);

  const [due, held, upcoming, erased] = await Promise.all([
    dueForErasure(ctx.db, now, policy.months),
    ctx.db
      .select({ id: requests.id, reference: requests.reference, closedAt, heldSince: legalHolds.setAt, heldBy: users.name })
      .from(requests)
      .innerJoin(closed, eq(closed.requestId, requests.id))
      .innerJoin(legalHolds, eq(legalHolds.requestId, requests.id))
      .innerJoin(users, eq(users.id, legalHolds.setBy))
      .where(and(finalNotErased, lte(erasureDue(closedAt, policy.months), instant(now))))
      .orderBy(closedAt),
    ctx.db
      .select({ id: requests.id, reference: requests.reference, closedAt, dueAt: erasureDue(closedAt, policy.months).mapWith(requests.createdAt) })
      .from(requests)
      .innerJoin(closed, eq(closed.requestId, requests.id))
      .leftJoin(legalHolds, eq(legalHolds.requestId, requests.id))
      .where(
        and(
          finalNotErased,
          isNull(legalHolds.requestId),
          gt(erasureDue(closedAt, policy.months), instant(now)),
          lte(erasureDue(closedAt, policy.months), instant(soon)),
        ),
      )
      .orderBy(closedAt),
    ctx.db.select().from(retentionErasures).orderBy(desc(retentionErasures.erasedAt), desc(retentionErasures.id)).limit(REGISTER_ROWS),
  ]);
  return { policy, due, held, upcoming, erased };
}
