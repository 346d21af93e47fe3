import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { documents, measureDeliveries, measureDeliveryDocuments } from "@/db/schema";
import { visibleTo, type Relation } from "@/lib/access/request-access";
import type { DocumentType } from "@/lib/documents/vocabulary";

export interface DeliveredDocument {
  id: string;
  name: string;
  type: DocumentType;
}

export interface DeliveryView {
  id: string;
  deliveredOn: string;
  note: string;
  final: boolean;
  documents: DeliveredDocument[];
}

/** What the requested side may deliver as evidence: what it uploads for a measure. */
const EVIDENCE_TYPES: readonly DocumentType[] = ["returned_evidence", "other"];

/**
 * The deliveries of a request's measures, oldest first, each with the documents it
 * delivered that this side may see; and the current evidence documents not delivered yet,
 * which the requested side may name in its next delivery (lib/requests/deliver-measure.ts).
 */
export async function loadDeliveries(
  db: Db,
  requestId: string,
  relation: Relation,
): Promise<{ byMeasure: Map<string, DeliveryView[]>; deliverable: (DeliveredDocument & { measureId: string | null })[] }> {
  const visible = visibleTo(relation);
  const [rows, links, undelivered] = await Promise.all([
    db.select().from(measureDeliveries).where(eq(measureDeliveries.requestId, requestId)).orderBy(asc(measureDeliveries.deliveredOn), asc(measureDeliveries.recordedAt)),
    db
      .select({ deliveryId: measureDeliveryDocuments.deliveryId, id: documents.id, name: documents.originalName, type: documents.type })
      .from(measureDeliveryDocuments)
      .innerJoin(documents, eq(documents.id, measureDeliveryDocuments.documentId))
      .where(and(eq(documents.requestId, requestId), inArray(documents.visibility, visible)))
      .orderBy(asc(documents.uploadedAt)),
    db
      .select({ id: documents.id, name: documents.originalName, type: documents.type, measureId: documents.measureId })
      .from(documents)
      .leftJoin(measureDeliveryDocuments, eq(measureDeliveryDocuments.documentId, documents.id))
      .where(
        and(
          eq(documents.requestId, requestId),
          eq(documents.current, true),
          inArray(documents.visibility, visible),
          inArray(documents.type, [...EVIDENCE_TYPES]),
          isNull(measureDeliveryDocuments.deliveryId),
        ),
      )
      .orderBy(asc(documents.uploadedAt)),
  ]);
  const byMeasure = new Map<string, DeliveryView[]>();
  for (const row of rows) {
    const list = byMeasure.get(row.measureId) ?? [];
    list.push({
      id: row.id,
      deliveredOn: row.deliveredOn,
      note: row.note,
      final: row.final,
      documents: links.filter((l) => l.deliveryId === row.id).map(({ id, name, type }) => ({ id, name, type })),
    });
    byMeasure.set(row.measureId, list);
  }
  return { byMeasure, deliverable: undelivered };
}
