import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { legalHolds, measures, requestEvents, requests } from "@/db/schema";
import type { RequestFacts } from "@/lib/access/request-rules";
import type { RequestEventAction } from "./events";

const EXTENDED: RequestEventAction = "recognitionExtended";

/** What the rules of lib/access/request-rules.ts read about a request, in one query. */
export async function loadRequestFacts(
  db: Db,
  request: { id: string; erasedAt: Date | null } & Pick<RequestFacts, "status" | "transmittedAt" | "legalBasis" | "assigneeId">,
): Promise<RequestFacts> {
  const [row] = await db
    .select({
      hasPreservation: sql<boolean>`exists (${db
        .select({ one: sql`1` })
        .from(measures)
        .where(and(eq(measures.requestId, requests.id), eq(measures.type, "expedited_preservation")))})`,
      recognitionExtended: sql<boolean>`exists (${db
        .select({ one: sql`1` })
        .from(requestEvents)
        .where(and(eq(requestEvents.requestId, requests.id), eq(requestEvents.action, EXTENDED)))})`,
      onLegalHold: sql<boolean>`exists (${db.select({ one: sql`1` }).from(legalHolds).where(eq(legalHolds.requestId, requests.id))})`,
    })
    .from(requests)
    .where(eq(requests.id, request.id));
  return {
    status: request.status,
    transmittedAt: request.transmittedAt,
    legalBasis: request.legalBasis,
    assigneeId: request.assigneeId,
    hasPreservation: row?.hasPreservation ?? false,
    recognitionExtended: row?.recognitionExtended ?? false,
    onLegalHold: row?.onLegalHold ?? false,
    erased: request.erasedAt !== null,
  };
}
