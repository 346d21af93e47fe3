import { asc } from "drizzle-orm";
import { auditLog } from "@/db/schema";
import { assertCan } from "@/lib/access/policy";
import type { Ctx } from "@/lib/context";
import { Invalid, type FieldIssues } from "@/lib/errors";
import { REQUEST_EVENT_ACTIONS } from "@/lib/requests/events";
import { SECURITY_EVENT_KINDS } from "@/lib/security/vocabulary";
import { listAuditReview, type ReviewFilterInput } from "./review";

/**
 * The actions the review's filter offers, by trail. The general log's are read from the log
 * itself (its vocabulary grows with every administered part of the product); a manager's
 * scope holds only its downloads.
 */
export async function reviewActionOptions(ctx: Ctx): Promise<{ request: string[]; log: string[]; security: string[] }> {
  assertCan(ctx.actor, "audit.review");
  const log =
    ctx.actor.role === "admin"
      ? (await ctx.db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(asc(auditLog.action))).map((r) => r.action)
      : ["documentDownloaded"];
  return { request: [...REQUEST_EVENT_ACTIONS], log, security: [...SECURITY_EVENT_KINDS] };
}

/**
 * Everything the review page reads: the entries (or, for bad filters, the errors to show next
 * to them instead of entries for something else) and the filter's actions.
 */
export async function loadAuditReviewPage(ctx: Ctx, raw: ReviewFilterInput) {
  const [actions, result] = await Promise.all([
    reviewActionOptions(ctx),
    listAuditReview(ctx, raw).then(
      (review) => ({ review, errors: {} as FieldIssues }),
      (error: unknown) => {
        if (error instanceof Invalid) return { review: null, errors: error.fields };
        throw error;
      },
    ),
  ]);
  return { actions, ...result };
}
