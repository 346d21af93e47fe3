import { alias } from "drizzle-orm/pg-core";
import { and, asc, eq, getTableColumns, inArray } from "drizzle-orm";
import { cases, comments, countries, measures, requestEvents, requestPersons, requests, units, users } from "@/db/schema";
import { mayOnRequest, relationTo, requestScopeCondition, sideOf, visibleTo, type Relation } from "@/lib/access/request-access";
import { isTransmitted, mayNow, type RequestRule } from "@/lib/access/request-rules";
import type { Ctx } from "@/lib/context";
import { NotFound } from "@/lib/errors";
import { isUuid } from "@/lib/validation/ids";
import { computeClocks } from "@/lib/deadlines/compute";
import { loadClockInputs } from "@/lib/deadlines/load";
import { availableTransitions } from "./transitions";
import { eligibleHandlers, eligibleOwners } from "./assignees";
import { loadRequestFacts } from "./facts";
import { loadRequestRetention } from "@/lib/retention/status";
import { checklistOf } from "@/lib/checklists/checklist-for";
import { loadChecklist } from "@/lib/checklists/load";
import { loadDeliveries } from "./deliveries";
import { storedDetails } from "./measure-details";

// The copies of the deadline summary are the dashboard's (db/schema/requests.ts): the page reads
// the clocks, which keep the requesting side's hard-date risk from the requested side. The
// instant of the last event is the home page's; the page reads the events themselves.
const { nextDueAt: _nextDueAt, hardDateAtRisk: _hardDateAtRisk, lastEventAt: _lastEventAt, ...requestColumns } = getTableColumns(requests);

/**
 * One request as this actor may see it: out of scope is 404; internal comments and
 * events are left out for the requested side; minor victims appear by pseudonym unless
 * the actor has need to know.
 */
export async function getRequest(ctx: Ctx, requestId: string) {
  if (!isUuid(requestId)) throw new NotFound();
  const creator = alias(users, "creator");
  const [row] = await ctx.db
    .select({
      request: requestColumns,
      caseReference: cases.reference,
      caseTitle: cases.title,
      caseHardDate: cases.hardDate,
      requestingUnitName: units.name,
      requestingCountryCode: units.countryCode,
      requestedCountryFr: countries.nameFr,
      requestedCountryEn: countries.nameEn,
      createdByName: creator.name,
    })
    .from(requests)
    .innerJoin(cases, eq(cases.id, requests.caseId))
    .innerJoin(units, eq(units.id, requests.requestingUnitId))
    .innerJoin(countries, eq(countries.code, requests.requestedCountryCode))
    .innerJoin(creator, eq(creator.id, requests.createdBy))
    .where(eq(requests.id, requestId));
  if (!row) throw new NotFound();
  const relation = relationTo(ctx.actor, row.request);
  if (!relation) throw new NotFound();

  const seeInternal = mayOnRequest(relation, "seeInternal");
  const visible = visibleTo(relation);
  const side = sideOf(relation);
  const [measureRows, personRows, commentRows, eventRows, related, clockInputs, facts, inCharge, retention, checklistItems, deliveries] = await Promise.all([
    ctx.db.select().from(measures).where(eq(measures.requestId, requestId)).orderBy(asc(measures.position)),
    ctx.db.select().from(requestPersons).where(eq(requestPersons.requestId, requestId)).orderBy(asc(requestPersons.pseudonym)),
    ctx.db
      .select({ comment: comments, authorName: users.name, authorRole: users.role })
      .from(comments)
      .innerJoin(users, eq(users.id, comments.authorId))
      .where(and(eq(comments.requestId, requestId), inArray(comments.visibility, visible)))
      .orderBy(asc(comments.createdAt)),
    ctx.db
      .select({ event: requestEvents, actorName: users.name })
      .from(requestEvents)
      .innerJoin(users, eq(users.id, requestEvents.actorId))
      .where(and(eq(requestEvents.requestId, requestId), inArray(requestEvents.visibility, visible)))
      .orderBy(asc(requestEvents.seq)),
    relatedRequests(ctx, row.request),
    loadClockInputs(ctx.db, [requestId]),
    loadRequestFacts(ctx.db, row.request),
    personInCharge(ctx, side === "requesting" ? row.request.ownerId : row.request.assigneeId),
    // A legal hold and its reasons are the requesting side's decision.
    loadRequestRetention(ctx.db, row.request, { seeHold: seeInternal }),
    // The requesting side's preparation of its request (lib/checklists): not the requested side's.
    mayOnRequest(relation, "viewChecklist") ? loadChecklist(ctx.db, row.request) : null,
    loadDeliveries(ctx.db, requestId, relation),
  ]);
  const may = (rule: RequestRule) => mayNow(relation, rule, facts);
  // Whom a manager may put in charge, on their own side.
  const candidates = may("assignOwner")
    ? await eligibleOwners(ctx.db, row.request)
    : may("assignHandler")
      ? await eligibleHandlers(ctx.db, row.request)
      : [];
  const clocks = computeClocks(clockInputs.get(requestId)!, ctx.now());

  const status = row.request.status;
  return {
    ...row,
    // Who is in charge on the other side is that side's own business.
    request: side === "requesting" ? { ...row.request, assigneeId: null } : row.request,
    side,
    /** The viewer's side's person in charge: the owner (requesting side) or the handler (requested side). */
    inCharge,
    candidates,
    // The case's title is the requesting side's internal label; its reference is in the letter.
    caseTitle: seeInternal ? row.caseTitle : null,
    caseHardDate: seeInternal ? row.caseHardDate : null,
    relation,
    measures: measureRows.map((m) => ({ ...m, details: storedDetails(m.type, m.details), deliveries: deliveries.byMeasure.get(m.id) ?? [] })),
    /** The documents the requested side may still deliver on a measure (each measure takes those of its own or of none). */
    deliverableDocuments: mayNow(relation, "reportMeasures", facts) ? deliveries.deliverable : [],
    persons: personRows.map((p) => personView(p, relation)),
    /** A child at risk is named: the request is urgent, and both sides are told (lib/requests/child-at-risk.ts). */
    childAtRisk: personRows.some((p) => p.childAtRisk),
    comments: commentRows.map(({ comment, authorName, authorRole }) => ({ ...comment, authorName, authorRole })),
    events: eventRows.map(({ event, actorName }) => ({ ...event, actorName })),
    related,
    // The requesting side's internal review and its case's hard date are not the requested side's business.
    clocks:
      clocks.ok && !seeInternal
        ? { ...clocks, clocks: clocks.clocks.filter((c) => c.kind !== "review"), hardDateAtRisk: false }
        : clocks,
    retention,
    checklist: checklistItems ? checklistOf(checklistItems, relation, row.request, facts) : null,
    // Nothing moves on a request whose data was erased.
    transitions: row.request.erasedAt ? [] : availableTransitions(status, relation),
    // The same rules the verbs enforce (lib/access/request-rules.ts).
    can: {
      editDraft: mayNow(relation, "editDraft", facts),
      comment: mayNow(relation, "comment", facts),
      shareComments: isTransmitted(row.request),
      reportMeasures: mayNow(relation, "reportMeasures", facts),
      createSupplementary: mayNow(relation, "createSupplementary", facts),
      viewCase: seeInternal,
      extendRecognition: mayNow(relation, "extendRecognition", facts),
      renewPreservation: mayNow(relation, "renewPreservation", facts),
      assignOwner: may("assignOwner"),
      assignHandler: may("assignHandler"),
      takeRequest: may("takeRequest"),
      placeLegalHold: may("placeLegalHold"),
      liftLegalHold: may("liftLegalHold"),
    },
  };
}

export type RequestView = Awaited<ReturnType<typeof getRequest>>;

function personView(person: typeof requestPersons.$inferSelect, relation: Relation) {
  const hidden = person.role === "victim" && !mayOnRequest(relation, "seeVictimIdentity");
  return hidden
    ? { ...person, identity: null, nationality: "", location: "", identityHidden: true }
    : { ...person, identityHidden: false };
}

/** The parent and supplementary requests, as far as the actor's scope reaches. */
async function relatedRequests(ctx: Ctx, request: Pick<typeof requests.$inferSelect, "id" | "parentRequestId">) {
  const ids = [request.parentRequestId].filter((id): id is string => Boolean(id));
  const children = await ctx.db
    .select({ id: requests.id })
    .from(requests)
    .where(and(eq(requests.parentRequestId, request.id), requestScopeCondition(ctx.actor)));
  const all = [...ids, ...children.map((c) => c.id)];
  if (all.length === 0) return [];
  const rows = await ctx.db
    .select({ id: requests.id, reference: requests.reference, status: requests.status, parentRequestId: requests.parentRequestId })
    .from(requests)
    .where(and(inArray(requests.id, all), requestScopeCondition(ctx.actor)));
  return rows.map((r) => ({ ...r, kind: r.id === request.parentRequestId ? ("parent" as const) : ("supplementary" as const) }));
}

async function personInCharge(ctx: Ctx, userId: string | null): Promise<{ id: string; name: string; active: boolean } | null> {
  if (!userId) return null;
  const [person] = await ctx.db.select({ id: users.id, name: users.name, active: users.active }).from(users).where(eq(users.id, userId));
  return person ?? null;
}
