import { and, eq, sql, type SQL } from "drizzle-orm";
import { countries, requestDeadlines, requests, units } from "@/db/schema";
import { relationTo, requestScopeCondition, sideOf } from "@/lib/access/request-access";
import type { Ctx } from "@/lib/context";
import { inLocale } from "@/lib/i18n/locale";
import type { RequestEventAction } from "@/lib/requests/events";
import { LIST_ORDER } from "@/lib/requests/list-requests";
import type { RequestStatus, Side } from "@/lib/requests/vocabulary";

/** How many items a home page section shows; its total says how many there are in all. */
export const WORK_LIMIT = 20;

/** One line of a home page section: enough to recognise the request and open it. */
export interface WorkItem {
  id: string;
  reference: string;
  status: RequestStatus;
  /** The side the actor works on for this request (a manager may stand on either). */
  side: Side;
  /** The requested country, in the actor's language. */
  countryName: string;
  /** The requesting unit, shown to the requested side only (the requesting side knows its own). */
  requestingUnitName: string | null;
  nextDueAt: Date | null;
  /** Why the clocks could not be computed, if so. */
  deadlineError: string | null;
  overdue: boolean;
  /** "New since my last visit": the latest event the actor may read, made by someone else. */
  latest?: { action: RequestEventAction; at: Date };
}

export interface WorkList {
  items: WorkItem[];
  total: number;
}

/** The columns every section reads; the query joins countries, units and (left) request_deadlines. */
export const workColumns = {
  id: requests.id,
  reference: requests.reference,
  status: requests.status,
  requestingUnitId: requests.requestingUnitId,
  requestedCountryCode: requests.requestedCountryCode,
  transmittedAt: requests.transmittedAt,
  countryNameFr: countries.nameFr,
  countryNameEn: countries.nameEn,
  requestingUnitName: units.name,
  nextDueAt: requestDeadlines.nextDueAt,
  deadlineError: requestDeadlines.error,
  // Counted before LIMIT: the section's total in the same query.
  total: sql<number>`count(*) over ()`.mapWith(Number),
};

/** A row of `workColumns`, as `toWorkItem` reads it. */
interface WorkRow {
  id: string;
  reference: string;
  status: RequestStatus;
  requestingUnitId: string;
  requestedCountryCode: string;
  transmittedAt: Date | null;
  countryNameFr: string;
  countryNameEn: string;
  requestingUnitName: string;
  nextDueAt: Date | null;
  deadlineError: string | null;
}

export function toWorkItem(ctx: Ctx, row: WorkRow): WorkItem {
  // Every row comes from a query ANDed with the actor's scope: the relation exists.
  const relation = relationTo(ctx.actor, row);
  const side = relation ? sideOf(relation) : "requesting";
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    side,
    countryName: inLocale(ctx.actor.locale, { fr: row.countryNameFr, en: row.countryNameEn }),
    requestingUnitName: side === "requested" ? row.requestingUnitName : null,
    nextDueAt: row.nextDueAt,
    deadlineError: row.deadlineError,
    overdue: row.nextDueAt !== null && row.nextDueAt < ctx.now(),
  };
}

/**
 * The requests of a section: the actor's scope AND the section's condition, soonest
 * deadline first (no running clock last), at most WORK_LIMIT of them, with the total.
 */
export async function workList(ctx: Ctx, condition: SQL): Promise<WorkList> {
  const rows = await ctx.db
    .select(workColumns)
    .from(requests)
    .innerJoin(countries, eq(countries.code, requests.requestedCountryCode))
    .innerJoin(units, eq(units.id, requests.requestingUnitId))
    .leftJoin(requestDeadlines, eq(requestDeadlines.requestId, requests.id))
    .where(and(requestScopeCondition(ctx.actor), condition))
    .orderBy(...LIST_ORDER.due_asc)
    .limit(WORK_LIMIT);
  return { items: rows.map((row) => toWorkItem(ctx, row)), total: rows[0]?.total ?? 0 };
}
