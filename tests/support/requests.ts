import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { measures, requestEvents, requests, users } from "@/db/schema";
import type { Role } from "@/lib/access/roles";
import { checklistFor } from "@/lib/checklists/checklist-for";
import { waiveChecklistItem } from "@/lib/checklists/waive";
import type { Ctx } from "@/lib/context";
import { createCase } from "@/lib/requests/create-case";
import { createRequest, type CreateRequestInput } from "@/lib/requests/create-request";
import { addMeasure } from "@/lib/requests/draft-parts";
import { reportMeasure } from "@/lib/requests/report-measure";
import { transitionRequest, type TransitionInput } from "@/lib/requests/transition-request";
import type { RequestStatus } from "@/lib/requests/vocabulary";
import { setManagerScope } from "@/lib/users/manager-scope";
import { actorFor, FIXED_NOW, makeUser, unitId } from "./factories";

/**
 * Requests for integration tests, made only through the domain verbs: a status is reached
 * by the moves a user would make, never by writing the status column.
 */

/** The day of FIXED_NOW in Paris, the drafting unit's calendar: a valid transmission date. */
export const TODAY = "2026-03-02";

/** The three people who make the moves of a FR-PARIS-MINORS → PH request. */
export interface Parties {
  magistrate: Ctx;
  manager: Ctx;
  officer: Ctx;
}

/** And the fourth who stands in a relation to it, but makes no move of the table. */
export interface SuiteParties extends Parties {
  /** A manager of a Philippine unit whose scope receives the requests sent to the Philippines. */
  requestedManager: Ctx;
}

export async function userCtx(db: Db, role: Role, unitCode?: string | null, now: Date = FIXED_NOW): Promise<Ctx> {
  const user = await makeUser(db, { role, unitCode });
  return { actor: await actorFor(db, user), db, now: () => now };
}

/**
 * A magistrate and a manager of FR-PARIS-MINORS, a liaison officer of the Philippines, and
 * a Philippine manager receiving the requests sent to the Philippines.
 */
export async function makeParties(db: Db): Promise<SuiteParties> {
  // One after the other: the first user seeds the reference data.
  const magistrate = await userCtx(db, "magistrate");
  const manager = await userCtx(db, "manager");
  const officer = await userCtx(db, "liaison_officer");
  const requestedManager = await withManagerScope(await userCtx(db, "manager", "PH-DOJ-OOC"), { countryCodes: ["PH"] });
  return { magistrate, manager, officer, requestedManager };
}

/**
 * Gives a manager a scope beyond their own unit (through the administrators' verb) and
 * returns them as their next request sees them (the actor is re-read).
 */
export async function withManagerScope(manager: Ctx, scope: { unitCodes?: string[]; countryCodes?: string[] }): Promise<Ctx> {
  const admin = await userCtx(manager.db, "admin");
  const unitIds = await Promise.all((scope.unitCodes ?? []).map((code) => unitId(manager.db, code)));
  await setManagerScope(admin, { userId: manager.actor.id, unitIds, countryCodes: scope.countryCodes ?? [] });
  return reloaded(manager);
}

/** The same person as their next request sees them (role, unit and scope re-read by loadActor). */
export async function reloaded(ctx: Ctx): Promise<Ctx> {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, ctx.actor.id));
  if (!user) throw new Error(`no user ${ctx.actor.id}`);
  return { ...ctx, actor: await actorFor(ctx.db, user) };
}

let caseNumber = 0;

/** A case of the actor's unit with a reference unique within this test file. */
export async function makeCase(ctx: Ctx, overrides: Partial<Parameters<typeof createCase>[1]> = {}): Promise<{ id: string }> {
  caseNumber += 1;
  return createCase(ctx, {
    reference: `PARQUET-26-${String(caseNumber).padStart(5, "0")}`,
    title: "Live-streamed abuse ordered from Paris",
    offences: "Complicité de viols sur mineurs (C. pén. art. 222-23)",
    ...overrides,
  });
}

/** Every field the review needs, for a FR → PH request under reciprocity. */
export const COMPLETE_FIELDS = {
  requestedCountryCode: "PH",
  requestedAuthority: "Department of Justice — Office of Cybercrime",
  legalBasis: "reciprocity",
  legalBasisDetail: "No bilateral treaty: France undertakes to grant reciprocity for a request of the same kind.",
  channel: "central_authority",
  urgency: "normal",
  summaryOfFacts: "A Paris resident paid for live-streamed abuse of children in Pampanga.",
  offencesAndPenalties: "Art. 222-23 and 227-23 of the French Criminal Code: up to 20 years.",
  contactPoint: "Parquet de Paris, section des mineurs, +33 1 00 00 00 00",
} as const satisfies Omit<CreateRequestInput, "caseId">;

export interface RequestHandle {
  id: string;
  reference: string;
  /** The version the next write must carry. */
  version: number;
  measureIds: string[];
}

/**
 * A complete draft (fields and one measure) of a new case, ready to submit. `fields`
 * overrides the request's fields; `measures: 0` leaves it without any.
 */
export async function draftRequest(
  magistrate: Ctx,
  options: { fields?: Partial<CreateRequestInput>; caseId?: string; measures?: number } = {},
): Promise<RequestHandle> {
  const caseId = options.caseId ?? (await makeCase(magistrate)).id;
  const created = await createRequest(magistrate, { ...COMPLETE_FIELDS, ...options.fields, caseId });
  const handle: RequestHandle = { ...created, version: 1, measureIds: [] };
  for (let i = 0; i < (options.measures ?? 1); i++) {
    const { id } = await addMeasure(magistrate, {
      requestId: handle.id,
      version: handle.version,
      type: "money_transfer_records",
      description: "Remittances from the suspect to Pampanga, 2023–2025",
      justification: "The transfers were paid out in cash at outlets in Pampanga: the records are held there.",
    });
    handle.version += 1;
    handle.measureIds.push(id);
  }
  return handle;
}

/** The text and records any move may need: extra ones are ignored by moves that need none. */
export const MOVE_DETAILS = {
  text: "Because the file says so.",
  foreignReference: "DOJ-OOC-2026-0042",
  channel: "central_authority",
  transmittedOn: TODAY,
} as const satisfies Partial<TransitionInput>;

/** Makes one move with every detail supplied, and advances the handle's version. */
export async function move(ctx: Ctx, handle: RequestHandle, transition: TransitionInput["transition"]): Promise<void> {
  await transitionRequest(ctx, { ...MOVE_DETAILS, requestId: handle.id, version: handle.version, transition });
  handle.version += 1;
}

/** How the test requests' documents went: outside the application, as before it was in use. */
export const WAIVER_REASON = "Lettre signée, traduction et annexes transmises par le BEPI hors application.";

/**
 * A manager of the requesting unit waives every checklist item still missing (the
 * documents: test requests have every field filled in), so that the request may be
 * transmitted; advances the handle's version once per waiver.
 */
export async function waiveMissingItems(manager: Ctx, handle: RequestHandle, reason: string = WAIVER_REASON): Promise<void> {
  for (const itemKey of (await checklistFor(manager, handle.id)).missing) {
    await waiveChecklistItem(manager, { requestId: handle.id, version: handle.version, itemKey, reason });
    handle.version += 1;
  }
}

const RETURNED_NOTE = "Records sent.";

/** The requested side records every measure not yet returned as returned (the same report twice is refused). */
export async function returnAllMeasures(officer: Ctx, handle: RequestHandle): Promise<void> {
  const returned = await officer.db
    .select({ id: measures.id })
    .from(measures)
    .where(and(eq(measures.requestId, handle.id), eq(measures.status, "returned"), eq(measures.resultNote, RETURNED_NOTE)));
  for (const measureId of handle.measureIds.filter((id) => !returned.some((r) => r.id === id))) {
    await reportMeasure(officer, { requestId: handle.id, measureId, version: handle.version, status: "returned", resultNote: RETURNED_NOTE });
    handle.version += 1;
  }
}

export interface RouteOptions {
  /** Where an information request is asked from (default transmitted). */
  questionFrom?: "transmitted" | "acknowledged" | "in_execution" | "partially_executed";
  /** Where a withdrawal happens (default transmitted, so that the requested side sees it). */
  withdrawFrom?: RequestStatus;
  /** Where a refusal happens (default transmitted). */
  refuseFrom?: RequestStatus;
}

/** The moves that lead from a fresh draft to `status`. */
function routeTo(status: RequestStatus, options: RouteOptions): RequestStatus[] {
  const path: RequestStatus[] = ["draft", "in_review", "validated", "transmitted", "acknowledged", "in_execution", "partially_executed", "executed", "closed"];
  const upTo = (s: RequestStatus) => path.slice(1, path.indexOf(s) + 1);
  switch (status) {
    case "information_requested":
      return [...upTo(options.questionFrom ?? "transmitted"), "information_requested"];
    case "refused":
      return [...upTo(options.refuseFrom ?? "transmitted"), "refused"];
    case "withdrawn":
      return [...upTo(options.withdrawFrom ?? "transmitted"), "withdrawn"];
    default:
      return upTo(status);
  }
}

/** Who makes the move into each status, and under which name. */
const MOVE_INTO: Record<Exclude<RequestStatus, "draft">, { by: keyof Parties; transition: TransitionInput["transition"] }> = {
  in_review: { by: "magistrate", transition: "submit" },
  validated: { by: "manager", transition: "validate" },
  transmitted: { by: "magistrate", transition: "transmit" },
  acknowledged: { by: "officer", transition: "acknowledge" },
  in_execution: { by: "officer", transition: "startExecution" },
  information_requested: { by: "officer", transition: "requestInformation" },
  partially_executed: { by: "officer", transition: "reportPartialExecution" },
  executed: { by: "officer", transition: "reportExecution" },
  closed: { by: "magistrate", transition: "close" },
  refused: { by: "officer", transition: "refuse" },
  withdrawn: { by: "magistrate", transition: "withdraw" },
};

/**
 * A request of a new case driven to `status` through the real verbs. Measures are
 * returned just before the requested side reports (partial) execution.
 */
export async function requestIn(status: RequestStatus, parties: Parties, options: RouteOptions = {}): Promise<RequestHandle> {
  const handle = await draftRequest(parties.magistrate);
  await advance(handle, status, parties, options);
  return handle;
}

/** Drives a draft made by the caller (with its persons, comments, documents) to `status`, as requestIn does. */
export async function advance(handle: RequestHandle, status: RequestStatus, parties: Parties, options: RouteOptions = {}): Promise<void> {
  let returned = false;
  for (const next of routeTo(status, options)) {
    if ((next === "partially_executed" || next === "executed") && !returned) {
      await returnAllMeasures(parties.officer, handle);
      returned = true;
    }
    const { by, transition } = MOVE_INTO[next as Exclude<RequestStatus, "draft">];
    // The transmission gate: what the checklist still misses is waived by the manager first.
    if (transition === "transmit") await waiveMissingItems(parties.manager, handle);
    await move(parties[by], handle, transition);
  }
}

/** The request row as stored: what a refused write must leave untouched. */
export async function storedRequest(db: Db, requestId: string) {
  const [row] = await db.select().from(requests).where(eq(requests.id, requestId));
  if (!row) throw new Error(`no request ${requestId}`);
  return row;
}

/** The request's audit events in order. */
export async function eventsOf(db: Db, requestId: string) {
  return db.select().from(requestEvents).where(eq(requestEvents.requestId, requestId)).orderBy(requestEvents.seq);
}
