import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { cases, countries, requestDeadlines, requests } from "@/db/schema";
import type { Actor } from "@/lib/access/actor";
import { assertCan } from "@/lib/access/policy";
import { managedUnitIds } from "@/lib/access/request-access";
import type { Ctx } from "@/lib/context";
import { NotFound } from "@/lib/errors";
import { requestSummaryColumns } from "./summary-columns";
import { isUuid } from "@/lib/validation/ids";


/** Cases belong to a unit: its magistrates, and the managers overseeing it, see them. */
function caseUnitIds(actor: Actor): string[] {
  if (actor.role === "magistrate") return actor.unitId ? [actor.unitId] : [];
  return managedUnitIds(actor);
}

export async function listCases(ctx: Ctx) {
  assertCan(ctx.actor, "cases.view");
  const unitIds = caseUnitIds(ctx.actor);
  if (unitIds.length === 0) return [];
  return ctx.db
    .select({ id: cases.id, reference: cases.reference, title: cases.title, hardDate: cases.hardDate, updatedAt: cases.updatedAt })
    .from(cases)
    .where(inArray(cases.unitId, unitIds))
    .orderBy(desc(cases.updatedAt));
}

/** A case and its requests; another unit's case does not exist for this actor (404). */
export async function getCase(ctx: Ctx, caseId: string) {
  assertCan(ctx.actor, "cases.view");
  if (!isUuid(caseId)) throw new NotFound();
  const unitIds = caseUnitIds(ctx.actor);
  if (unitIds.length === 0) throw new NotFound();
  const [kase] = await ctx.db.select().from(cases).where(and(eq(cases.id, caseId), inArray(cases.unitId, unitIds)));
  if (!kase) throw new NotFound();
  const caseRequests = await ctx.db
    .select({
      ...requestSummaryColumns,
      nextDueAt: requestDeadlines.nextDueAt,
      expectedCompletion: requestDeadlines.expectedCompletion,
      hardDateAtRisk: requestDeadlines.hardDateAtRisk,
    })
    .from(requests)
    .innerJoin(countries, eq(countries.code, requests.requestedCountryCode))
    .leftJoin(requestDeadlines, eq(requestDeadlines.requestId, requests.id))
    .where(eq(requests.caseId, caseId))
    .orderBy(asc(requests.reference));
  return { ...kase, requests: caseRequests };
}
