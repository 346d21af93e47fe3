import { and, count, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  cases, checklistWaivers, comments, documentContents, documents, measureDeliveries, measures, requestEvents, requestPersons, requests, retentionErasures,
} from "@/db/schema";
import { appendEvent } from "@/lib/audit/append";
import { eventVisibility, lockRequest } from "@/lib/requests/write";
import { SYSTEM_ACTOR } from "@/lib/users/system";
import { dueForErasure } from "./due";

const ERASED = "";

/**
 * Erases one request's personal data, all or nothing, if it is still due (the lock taken
 * first, so that a legal hold set meanwhile wins). What goes: the facts, reasons and contact,
 * the measures' descriptions and results, the persons, the comments, the documents' bytes
 * and names, the waivers' reasons, every event's payload, and the case's title once none of
 * its requests keeps data. What stays — the audit skeleton and the statistics: reference,
 * countries, unit, basis, urgency, measure types and outcomes, states and their dates, each
 * document's type, size and digest, and every event's action, author, time and hash (the chain
 * still verifies: lib/audit/hash.ts). The erasure is the last event of the request's trail and
 * is entered in the register (retention_erasures). Returns false when nothing was due.
 */
export async function eraseRequest(db: Db, requestId: string, now: Date, months: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    const request = await lockRequest(tx, requestId);
    const [due] = await dueForErasure(tx, now, months, requestId);
    if (!due) return false;

    const counted = async (query: Promise<{ n: number }[]>) => (await query)[0]?.n ?? 0;
    const [persons, documentsErased, commentsErased] = await Promise.all([
      counted(tx.select({ n: count() }).from(requestPersons).where(eq(requestPersons.requestId, requestId))),
      counted(tx.select({ n: count() }).from(documents).where(and(eq(documents.requestId, requestId), isNull(documents.erasedAt)))),
      counted(tx.select({ n: count() }).from(comments).where(eq(comments.requestId, requestId))),
    ]);

    await tx
      .update(requests)
      .set({
        summaryOfFacts: ERASED,
        offencesAndPenalties: ERASED,
        urgencyReasons: ERASED,
        confidentialityReasons: ERASED,
        contactPoint: ERASED,
        erasedAt: now,
      })
      .where(eq(requests.id, requestId));
    // A measure's details name accounts, places and people (lib/requests/measure-details.ts); a delivery's note too.
    await tx.update(measures).set({ description: ERASED, justification: ERASED, resultNote: ERASED, details: {} }).where(eq(measures.requestId, requestId));
    await tx.update(measureDeliveries).set({ note: ERASED }).where(eq(measureDeliveries.requestId, requestId));
    await tx.delete(requestPersons).where(eq(requestPersons.requestId, requestId));
    await tx.delete(comments).where(eq(comments.requestId, requestId));
    await tx.update(checklistWaivers).set({ reason: ERASED }).where(eq(checklistWaivers.requestId, requestId));
    const requestDocuments = tx.select({ id: documents.id }).from(documents).where(eq(documents.requestId, requestId));
    await tx.delete(documentContents).where(sql`${documentContents.documentId} in (${requestDocuments})`);
    await tx.update(documents).set({ originalName: ERASED, erasedAt: now }).where(and(eq(documents.requestId, requestId), isNull(documents.erasedAt)));
    const events = await tx
      .update(requestEvents)
      .set({ data: {}, erasedAt: now })
      .where(and(eq(requestEvents.requestId, requestId), isNull(requestEvents.erasedAt)))
      .returning({ id: requestEvents.id });

    const record = { persons, documents: documentsErased, comments: commentsErased, events: events.length };
    await appendEvent(tx, request, SYSTEM_ACTOR, now, {
      action: "personalDataErased",
      visibility: eventVisibility(request.transmittedAt),
      data: { ...record, policyMonths: months, closedAt: due.closedAt.toISOString() },
    });
    await tx.insert(retentionErasures).values({ requestId, reference: request.reference, closedAt: due.closedAt, erasedAt: now, policyMonths: months, ...record });
    await eraseCaseIfDone(tx, request.caseId, now);
    return true;
  });
}

/** A case's title may name the suspect: it goes with the last of its requests' data. */
async function eraseCaseIfDone(tx: Db, caseId: string, now: Date): Promise<void> {
  const [left] = await tx
    .select({ n: count() })
    .from(requests)
    .where(and(eq(requests.caseId, caseId), isNull(requests.erasedAt)));
  if ((left?.n ?? 0) > 0) return;
  await tx.update(cases).set({ title: ERASED, hardDateLabel: null, erasedAt: now, updatedAt: now }).where(eq(cases.id, caseId));
}
