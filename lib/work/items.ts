import { and, asc, count, eq, type SQL } from "drizzle-orm";
import { unionAll } from "drizzle-orm/pg-core";
import { literalLimit } from "@/db/literal-limit";
import { countries, requestDeadlines, requests, units } from "@/db/schema";
import { relationTo, requestScopeParts, sideOf } from "@/lib/access/request-access";
import type { Ctx } from "@/lib/context";
import { inLocale } from "@/lib/i18n/locale";
import type { RequestEventAction } from "@/lib/requests/events";
import { boundedTotal, COUNT_LIMIT } from "@/lib/requests/list-requests";
import type { RequestStatus, Side, Urgency } from "@/lib/requests/vocabulary";

/** How many items a home page section shows; its total says how many there are in all. */
export const WORK_LIMIT = 20;

/** One line of a home page section: enough to recognise the request and open it. */
export interface WorkItem {
  id: string;
  reference: string;
  status: RequestStatus;
  /** Shown on the line when not normal: what to take first among requests due alike. */
  urgency: Urgency;
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
  /** At most COUNT_LIMIT (the request list's); `exact` is false when there are more. */
  total: number;
  exact: boolean;
}

/** The columns every section reads; the query joins countries, units and (left) request_deadlines. */
export const workColumns = {
  id: requests.id,
  reference: requests.reference,
  status: requests.status,
  urgency: requests.urgency,
  requestingUnitId: requests.requestingUnitId,
  requestedCountryCode: requests.requestedCountryCode,
  transmittedAt: requests.transmittedAt,
  countryNameFr: countries.nameFr,
  countryNameEn: countries.nameEn,
  requestingUnitName: units.name,
  // The request's copy of its summary's date: the one the sections filter and sort on.
  nextDueAt: requests.nextDueAt,
  deadlineError: requestDeadlines.error,
};

/** A row of `workColumns`, as `toWorkItem` reads it. */
interface WorkRow {
  id: string;
  reference: string;
  status: RequestStatus;
  urgency: Urgency;
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
    urgency: row.urgency,
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
 *
 * Read per part of the scope (a unit, a receiving country: requestScopeParts) from the
 * requests' own copy of their next due date, through the index of that part in due order
 * (migration 0026), whose columns answer every section's condition: each part's first rows
 * and its count come from the index alone, and the count stops past COUNT_LIMIT, however many
 * requests the part holds.
 * Only the rows shown are joined for display. The conditions read the copy too (conditions.ts).
 */
export async function workList(ctx: Ctx, condition: SQL): Promise<WorkList> {
  const parts = requestScopeParts(ctx.actor).map((part) => and(part, condition)!);
  const [first, second, ...others] = parts;
  if (!first) return { items: [], total: 0, exact: true };
  const firstRows = (where: SQL) =>
    ctx.db
      .select({ id: requests.id, nextDueAt: requests.nextDueAt })
      .from(requests)
      .where(where)
      .orderBy(...WORK_ORDER)
      .limit(literalLimit(WORK_LIMIT));
  // Each part counted no further than the list counts (its "more than 1,000").
  const matching = (where: SQL) => ctx.db.select({ id: requests.id }).from(requests).where(where).limit(literalLimit(COUNT_LIMIT + 1));
  const page = (second ? unionAll(firstRows(first), firstRows(second), ...others.map(firstRows)) : firstRows(first)).as("page");
  const counted = (second ? unionAll(matching(first), matching(second), ...others.map(matching)) : matching(first)).as("matching");
  const [rows, [counts]] = await Promise.all([
    ctx.db
      .select(workColumns)
      .from(page)
      .innerJoin(requests, eq(requests.id, page.id))
      .innerJoin(countries, eq(countries.code, requests.requestedCountryCode))
      .innerJoin(units, eq(units.id, requests.requestingUnitId))
      .leftJoin(requestDeadlines, eq(requestDeadlines.requestId, requests.id))
      .orderBy(asc(page.nextDueAt), asc(page.id))
      .limit(literalLimit(WORK_LIMIT)),
    ctx.db.select({ n: count() }).from(counted),
  ]);
  const { count: total, exact } = boundedTotal(counts?.n ?? 0, rows.length);
  return { items: rows.map((row) => toWorkItem(ctx, row)), total, exact };
}

/** Soonest due first; PostgreSQL puts a missing date after every other ascending (no running clock last). */
const WORK_ORDER = [asc(requests.nextDueAt), asc(requests.id)];
