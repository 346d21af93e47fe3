import { and, count, desc, eq, gte, ilike, lt, or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { unionAll } from "drizzle-orm/pg-core";
import { z } from "zod";
import { auditLog, requestEvents, requests, securityEvents, users } from "@/db/schema";
import { assertCan } from "@/lib/access/policy";
import type { Ctx } from "@/lib/context";
import { checkPeriod, emptyToUndefined, populationFilterShape, startOfDayIn } from "@/lib/requests/request-filters";
import { parseInput } from "@/lib/validation/parse";
import { reviewScope } from "./review-scope";

/**
 * The audit review (docs/product.md, "Security"): the request trails, the general log and
 * the security events as one list, newest first, filtered and paginated in SQL within the
 * actor's scope (review-scope.ts), so a filter narrows it and never widens it.
 *
 * Never case content, whoever reads: each entry is an action, its author, its time and the
 * ids and references it concerns — never an event's data (comments, facts, names, a
 * document's file name). The only values read out of a log entry's data are a download's
 * document type and version, which are vocabulary, not content.
 */

export const REVIEW_PAGE_SIZE = 50;
export const REVIEW_SOURCES = ["request", "log", "security"] as const;
export type ReviewSource = (typeof REVIEW_SOURCES)[number];

/** A search text; blank means "any". */
const text = (max: number) =>
  z.preprocess((v) => emptyToUndefined(typeof v === "string" ? v.trim() : v), z.string().max(max).optional());

export const reviewFilters = z
  .object({
    /** A part of the author's name or e-mail address (or of the address a failed sign-in typed). */
    actor: text(200),
    /** A part of a request's reference. */
    reference: text(100),
    /** One action of the trails or one kind of security event. */
    action: z.preprocess(emptyToUndefined, z.string().trim().regex(/^[A-Za-z]{1,64}$/, { error: "invalidChoice" }).optional()),
    from: populationFilterShape.from,
    to: populationFilterShape.to,
    page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(10_000).default(1)),
  })
  .superRefine(checkPeriod);
export type ReviewFilterInput = z.input<typeof reviewFilters>;
export type ReviewFilters = z.output<typeof reviewFilters>;
export const REVIEW_FILTER_KEYS = ["actor", "reference", "action", "from", "to"] as const;

const DAY_MS = 86_400_000;

/** Escapes LIKE wildcards so that a search for "100%" looks for that text. */
function contains(value: string): string {
  return `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A column or expression of one trail, as a text column of the union. */
const asText = (expr: SQL | AnyColumn, name: string) => sql<string | null>`(${expr})::text`.as(name);

/** The columns every trail contributes to the union, in the same order and types. */
function entryColumns(source: ReviewSource, e: {
  id: AnyColumn; at: AnyColumn; actorId: SQL | AnyColumn; actorRole: SQL | AnyColumn; action: SQL | AnyColumn;
  fromStatus?: AnyColumn; toStatus?: AnyColumn; subjectType?: SQL | AnyColumn; subjectId?: SQL | AnyColumn;
  documentType?: SQL; documentVersion?: SQL; email?: AnyColumn; reason?: AnyColumn; surface?: AnyColumn; path?: AnyColumn; status?: AnyColumn;
}) {
  const none = sql`null`;
  return {
    source: sql<ReviewSource>`${source}::text`.as("source"),
    id: sql<number>`${e.id}`.mapWith(Number).as("id"),
    at: sql<Date>`${e.at}`.mapWith(requestEvents.at).as("at"),
    actorId: asText(e.actorId, "actor_id"),
    actorName: asText(users.name, "actor_name"),
    actorRole: asText(e.actorRole, "actor_role"),
    action: sql<string>`(${e.action})::text`.as("action"),
    requestId: asText(requests.id, "request_id"),
    reference: asText(requests.reference, "reference"),
    fromStatus: asText(e.fromStatus ?? none, "from_status"),
    toStatus: asText(e.toStatus ?? none, "to_status"),
    subjectType: asText(e.subjectType ?? none, "subject_type"),
    subjectId: asText(e.subjectId ?? none, "subject_id"),
    documentType: asText(e.documentType ?? none, "document_type"),
    documentVersion: asText(e.documentVersion ?? none, "document_version"),
    email: asText(e.email ?? none, "email"),
    reason: asText(e.reason ?? none, "reason"),
    surface: asText(e.surface ?? none, "surface"),
    path: asText(e.path ?? none, "path"),
    status: asText(e.status ?? none, "status"),
  };
}

/** The filters as a condition on one trail (joined with `users` and `requests`). */
function filterCondition(f: ReviewFilters, timeZone: string, trail: { at: AnyColumn; action: SQL | AnyColumn; typedEmail?: AnyColumn }): SQL | undefined {
  const actor = f.actor ? contains(f.actor) : undefined;
  return and(
    actor ? or(ilike(users.name, actor), ilike(users.email, actor), trail.typedEmail ? ilike(trail.typedEmail, actor) : undefined) : undefined,
    f.reference ? ilike(requests.reference, contains(f.reference)) : undefined,
    f.action ? eq(sql`(${trail.action})::text`, f.action) : undefined,
    f.from ? gte(trail.at, startOfDayIn(f.from, timeZone)) : undefined,
    f.to ? lt(trail.at, new Date(startOfDayIn(f.to, timeZone).getTime() + DAY_MS)) : undefined,
  );
}

/** The three trails as one subquery, each within the actor's scope and the filters. */
function reviewUnion(ctx: Ctx, f: ReviewFilters) {
  const scope = reviewScope(ctx.actor);
  const tz = ctx.actor.timeZone;
  const events = ctx.db
    .select(entryColumns("request", requestEvents))
    .from(requestEvents)
    .innerJoin(requests, eq(requests.id, requestEvents.requestId))
    .leftJoin(users, eq(users.id, requestEvents.actorId))
    .where(and(scope.requestEvents, filterCondition(f, tz, requestEvents)));
  const downloaded = sql`${auditLog.data}->>'requestId'`;
  const log = ctx.db
    .select(
      entryColumns("log", {
        ...auditLog,
        documentType: sql`${auditLog.data}->>'documentType'`,
        documentVersion: sql`${auditLog.data}->>'version'`,
      }),
    )
    .from(auditLog)
    // Only a download names a request (in its data); every other entry has none.
    .leftJoin(requests, and(eq(auditLog.subjectType, "document"), eq(sql`${requests.id}::text`, downloaded)))
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(scope.auditLog, filterCondition(f, tz, auditLog)));
  const security = ctx.db
    .select(
      entryColumns("security", {
        id: securityEvents.id, at: securityEvents.at, actorId: securityEvents.userId, actorRole: users.role, action: securityEvents.kind,
        subjectType: sql`case when ${securityEvents.documentId} is null then null else 'document' end`, subjectId: securityEvents.documentId,
        email: securityEvents.email, reason: securityEvents.reason, surface: securityEvents.surface, path: securityEvents.path, status: securityEvents.status,
      }),
    )
    .from(securityEvents)
    .leftJoin(requests, eq(requests.id, securityEvents.requestId))
    .leftJoin(users, eq(users.id, securityEvents.userId))
    .where(and(scope.securityEvents, filterCondition(f, tz, { at: securityEvents.at, action: securityEvents.kind, typedEmail: securityEvents.email })));
  return unionAll(events, log, security).as("review");
}

/** One page of the review, newest first, with the total and the filters as understood. */
export async function listAuditReview(ctx: Ctx, raw: ReviewFilterInput = {}) {
  assertCan(ctx.actor, "audit.review");
  const filters = parseInput(reviewFilters, raw);
  const review = reviewUnion(ctx, filters);
  const [entries, [total]] = await Promise.all([
    ctx.db
      .select()
      .from(review)
      .orderBy(desc(review.at), desc(review.source), desc(review.id))
      .limit(REVIEW_PAGE_SIZE)
      .offset((filters.page - 1) * REVIEW_PAGE_SIZE),
    ctx.db.select({ n: count() }).from(review),
  ]);
  return { entries, total: total?.n ?? 0, page: filters.page, pageSize: REVIEW_PAGE_SIZE, filters };
}

export type ReviewEntry = Awaited<ReturnType<typeof listAuditReview>>["entries"][number];
