import { TZDate } from "@date-fns/tz";
import { and, eq, gt, gte, inArray, lt, lte, notInArray, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { measures, requestDeadlines, requests } from "@/db/schema";
import type { Actor } from "@/lib/access/actor";
import { actorSides, requestedScopeCondition, requestingScopeCondition } from "@/lib/access/request-access";
import { FINAL_STATUSES, LEGAL_BASES, MEASURE_TYPES, REQUEST_STATUSES, statusesWaitingOn, URGENCIES, type RequestStatus } from "./vocabulary";

/**
 * The filters that select requests, shared by the request list and the managers' dashboard:
 * one schema and one SQL condition for each, so that a figure on the dashboard and the list
 * it links to count exactly the same requests. Every condition narrows; the actor's scope
 * (lib/access/request-access.ts) is added by the caller and never replaced.
 */

const DAY_MS = 86_400_000;

/** "overdue", or due within this many days (read from the stored deadline summary). */
export const DUE_FILTERS = ["overdue", "7", "14", "30"] as const;
export type DueFilter = (typeof DUE_FILTERS)[number];

/** Open requests, or those waiting on one side (vocabulary.ts, BALL_IN_COURT). */
export const STAGES = ["open", "requested_side", "requesting_side"] as const;
export type Stage = (typeof STAGES)[number];

/** Age since creation, in days: [minDays, maxDays). */
export const AGE_BUCKETS = [
  { key: "lt30", minDays: 0, maxDays: 30 },
  { key: "30to90", minDays: 30, maxDays: 90 },
  { key: "90to180", minDays: 90, maxDays: 180 },
  { key: "180to365", minDays: 180, maxDays: 365 },
  { key: "gt365", minDays: 365, maxDays: null },
] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number]["key"];
const AGE_KEYS = AGE_BUCKETS.map((b) => b.key) as [AgeBucket, ...AgeBucket[]];

/** A period longer than this is a typing mistake, not a question anyone asks. */
export const MAX_PERIOD_YEARS = 20;
/** The days a period filter may name; the forms' date pickers offer the same range. */
export const FILTER_DAY_RANGE = { min: "1990-01-01", max: "2100-12-31" } as const;

/** Filters come from URLs and forms: empty strings mean "any". */
export const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyToUndefined, schema.optional());

const day = z.iso
  .date({ error: "invalidDate" })
  .refine((d) => d >= FILTER_DAY_RANGE.min && d <= FILTER_DAY_RANGE.max, { error: "dateOutOfRange" });

/** The filters that describe a population of requests (the dashboard's, and the list's too). */
/** A manager may send and receive requests: the requests of their units, or those sent to them. */
export const DIRECTIONS = ["outgoing", "incoming"] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const populationFilterShape = {
  direction: optional(z.enum(DIRECTIONS)),
  /** A requesting unit; it can only narrow the actor's scope. */
  unit: optional(z.uuid({ error: "invalidChoice" })),
  country: optional(z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, { error: "invalidChoice" })),
  legalBasis: optional(z.enum(LEGAL_BASES)),
  urgency: optional(z.enum(URGENCIES)),
  /** Requests asking for at least one measure of this type. */
  measureType: optional(z.enum(MEASURE_TYPES)),
  /** Created on or after this day (YYYY-MM-DD, in the viewer's time zone). */
  from: optional(day),
  /** Created on or before this day. */
  to: optional(day),
};

/** The list's own filters, beyond the population. */
export const selectionFilterShape = {
  status: optional(z.enum(REQUEST_STATUSES)),
  stage: optional(z.enum(STAGES)),
  age: optional(z.enum(AGE_KEYS)),
  caseId: optional(z.uuid()),
  due: optional(z.enum(DUE_FILTERS)),
  /** Open requests expected to finish after their case's hard date. */
  atRisk: optional(z.enum(["1"])),
};

/** Refuses an inverted or absurdly long period, on the `to` field (where the mistake shows). */
export function checkPeriod(value: { from?: string; to?: string }, ctx: z.RefinementCtx): void {
  const { from, to } = value;
  if (!from || !to) return;
  if (from > to) ctx.addIssue({ code: "custom", path: ["to"], message: "periodInverted" });
  else if (addYears(from, MAX_PERIOD_YEARS) < to) ctx.addIssue({ code: "custom", path: ["to"], message: "periodTooLong" });
}

function addYears(iso: string, years: number): string {
  return `${String(Number(iso.slice(0, 4)) + years).padStart(4, "0")}${iso.slice(4)}`;
}

export interface RequestFilterValues {
  direction?: Direction;
  unit?: string;
  country?: string;
  legalBasis?: (typeof LEGAL_BASES)[number];
  urgency?: (typeof URGENCIES)[number];
  measureType?: (typeof MEASURE_TYPES)[number];
  from?: string;
  to?: string;
  status?: (typeof REQUEST_STATUSES)[number];
  stage?: Stage;
  age?: AgeBucket;
  caseId?: string;
  due?: DueFilter;
  atRisk?: "1";
}

/** Where the clock and the calendar stand: "now" for deadlines and ages, a time zone for days. */
/** Who filters and when: "overdue", "created in" and the sides depend on them. */
export interface FilterContext {
  actor: Actor;
  now: Date;
}

/** The first instant of a calendar day in a time zone. */
export function startOfDayIn(iso: string, timeZone: string): Date {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(TZDate.tz(timeZone, y, m - 1, d).getTime());
}

/** The creation-date condition of a period; `to` includes its whole day. */
export function createdInPeriod(from: string | undefined, to: string | undefined, timeZone: string): SQL | undefined {
  return and(
    from ? gte(requests.createdAt, startOfDayIn(from, timeZone)) : undefined,
    to ? lt(requests.createdAt, new Date(startOfDayIn(to, timeZone).getTime() + DAY_MS)) : undefined,
  );
}

export function stageCondition(stage: Stage): SQL {
  if (stage === "open") return notInArray(requests.status, [...FINAL_STATUSES]);
  return inArray(requests.status, stageStatuses(stage));
}

/** Whether a request in `status` is in the stage: stageCondition's test, for rows counted by state. */
export function inStage(stage: Stage, status: RequestStatus): boolean {
  return stage === "open" ? !FINAL_STATUSES.includes(status) : stageStatuses(stage).includes(status);
}

function stageStatuses(stage: Exclude<Stage, "open">): RequestStatus[] {
  return statusesWaitingOn(stage === "requested_side" ? "requested" : "requesting");
}

/** Requests whose age at `now` falls in the bucket. */
export function ageCondition(bucket: AgeBucket, now: Date): SQL {
  const { minDays, maxDays } = AGE_BUCKETS.find((b) => b.key === bucket)!;
  return and(
    lte(requests.createdAt, new Date(now.getTime() - minDays * DAY_MS)),
    maxDays === null ? undefined : gt(requests.createdAt, new Date(now.getTime() - maxDays * DAY_MS)),
  )!;
}

/**
 * Where deadline conditions read the stored summary (lib/deadlines/refresh.ts): request_deadlines,
 * which the query must join (the list: its indexes serve the due filters and sort), or the
 * requests' own copies of the same columns (the dashboard: its covering index holds them).
 */
export type DeadlineSummary = Pick<typeof requestDeadlines | typeof requests, "nextDueAt" | "hardDateAtRisk">;

/** Requests whose next deadline is past, or falls within the next `due` days. */
export function dueCondition(due: DueFilter, now: Date, summary: DeadlineSummary = requestDeadlines): SQL {
  if (due === "overdue") return lt(summary.nextDueAt, now);
  const horizon = new Date(now.getTime() + Number(due) * DAY_MS);
  return and(gte(summary.nextDueAt, now), lte(summary.nextDueAt, horizon))!;
}

/**
 * Open requests expected to finish after their case's hard date. The hard date is the
 * requesting side's own (its case): within the actor's scope condition, which every caller
 * adds (as for every filter), only requests of that side are selected by it.
 */
export function atRiskCondition(actor: Actor, summary: DeadlineSummary = requestDeadlines): SQL {
  return and(
    // Like every filter, within the scope condition: for an actor who receives for no country
    // the scope is the requesting side already. Not said twice, which PostgreSQL would read
    // as two conditions and expect a fraction of the rows (a plan 3 times slower).
    actorSides(actor).requested ? requestingScopeCondition(actor) : undefined,
    // The column itself, not "= $1": a prepared statement's generic plan then still matches the
    // partial index on the requests at risk (migration 0022).
    sql`${summary.hardDateAtRisk}`,
    notInArray(requests.status, [...FINAL_STATUSES]),
  )!;
}

function directionCondition(direction: Direction, actor: Actor): SQL {
  return direction === "outgoing" ? requestingScopeCondition(actor) : requestedScopeCondition(actor);
}

/** Every filter given, as one condition on `requests` (left-joined with `request_deadlines`). */
export function requestFilterCondition(f: RequestFilterValues, { actor, now }: FilterContext): SQL | undefined {
  return and(
    f.direction ? directionCondition(f.direction, actor) : undefined,
    f.unit ? eq(requests.requestingUnitId, f.unit) : undefined,
    f.country ? eq(requests.requestedCountryCode, f.country) : undefined,
    f.legalBasis ? eq(requests.legalBasis, f.legalBasis) : undefined,
    f.urgency ? eq(requests.urgency, f.urgency) : undefined,
    f.measureType
      ? sql`exists (select 1 from ${measures} where ${measures.requestId} = ${requests.id} and ${measures.type} = ${f.measureType})`
      : undefined,
    createdInPeriod(f.from, f.to, actor.timeZone),
    f.status ? eq(requests.status, f.status) : undefined,
    f.stage ? stageCondition(f.stage) : undefined,
    f.age ? ageCondition(f.age, now) : undefined,
    f.caseId ? eq(requests.caseId, f.caseId) : undefined,
    f.due ? dueCondition(f.due, now) : undefined,
    f.atRisk ? atRiskCondition(actor) : undefined,
  );
}

/** The filters as URL parameters of the request list (what the dashboard links to). */
export const LIST_FILTER_KEYS = [
  "direction", "status", "stage", "country", "unit", "legalBasis", "urgency", "measureType", "from", "to", "age", "due", "atRisk", "caseId", "q",
] as const;
