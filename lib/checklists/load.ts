import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { checklistRules, checklistWaivers, documents, measures, users } from "@/db/schema";
import type { RequestRow } from "@/lib/requests/write";
import { evaluateChecklist, type ChecklistFacts, type ChecklistItem, type Rule } from "./evaluate";

/**
 * Reads what the checklist of a request is computed from, on a database handle or inside a
 * caller's transaction (the transmission gate evaluates under the request's row lock, so
 * the answer cannot change between the check and the move). No access check here: callers
 * check the actor's relation to the request first.
 */

/** The active rules, in the order administrators gave them. */
export async function loadChecklistRules(db: Db): Promise<Rule[]> {
  return db
    .select({
      key: checklistRules.key,
      labelFr: checklistRules.labelFr,
      labelEn: checklistRules.labelEn,
      reasonFr: checklistRules.reasonFr,
      reasonEn: checklistRules.reasonEn,
      countryCode: checklistRules.countryCode,
      legalBasis: checklistRules.legalBasis,
      exceptLegalBasis: checklistRules.exceptLegalBasis,
      measureType: checklistRules.measureType,
      documentType: checklistRules.documentType,
      documentLanguage: checklistRules.documentLanguage,
      field: checklistRules.field,
    })
    .from(checklistRules)
    .where(eq(checklistRules.active, true))
    .orderBy(asc(checklistRules.position), asc(checklistRules.key));
}

type RequestFacts = Pick<
  RequestRow,
  "id" | "requestedCountryCode" | "legalBasis" | "summaryOfFacts" | "offencesAndPenalties" | "legalBasisDetail" | "contactPoint"
>;

export async function loadChecklistFacts(db: Db, request: RequestFacts): Promise<ChecklistFacts> {
  const [measureRows, documentRows, waiverRows] = await Promise.all([
    db.select({ type: measures.type, justification: measures.justification }).from(measures).where(eq(measures.requestId, request.id)),
    db
      .select({ id: documents.id, type: documents.type, language: documents.language, checklistItemKey: documents.checklistItemKey })
      .from(documents)
      // Only what the requested authority will receive can satisfy an item: an internal
      // document stays on the requesting side and proves nothing about the request sent.
      .where(and(eq(documents.requestId, request.id), eq(documents.current, true), eq(documents.visibility, "shared"))),
    db
      .select({ waiver: checklistWaivers, name: users.name })
      .from(checklistWaivers)
      .innerJoin(users, eq(users.id, checklistWaivers.waivedBy))
      .where(eq(checklistWaivers.requestId, request.id)),
  ]);
  return {
    requestedCountryCode: request.requestedCountryCode,
    legalBasis: request.legalBasis,
    fields: {
      summaryOfFacts: request.summaryOfFacts,
      offencesAndPenalties: request.offencesAndPenalties,
      legalBasisDetail: request.legalBasisDetail,
      contactPoint: request.contactPoint,
    },
    measures: measureRows,
    documents: documentRows,
    waivers: waiverRows.map(({ waiver, name }) => ({
      itemKey: waiver.itemKey,
      reason: waiver.reason,
      waivedBy: { id: waiver.waivedBy, name },
      waivedAt: waiver.waivedAt,
    })),
  };
}

/** The request's checklist as it stands in this database (or transaction). */
export async function loadChecklist(db: Db, request: RequestFacts): Promise<ChecklistItem[]> {
  const [rules, facts] = await Promise.all([loadChecklistRules(db), loadChecklistFacts(db, request)]);
  return evaluateChecklist(rules, facts);
}
