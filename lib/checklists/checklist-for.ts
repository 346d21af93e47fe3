import { eq } from "drizzle-orm";
import { requests } from "@/db/schema";
import { assertOnRequest, type Relation } from "@/lib/access/request-access";
import { mayNow, type RequestFacts } from "@/lib/access/request-rules";
import type { Ctx } from "@/lib/context";
import { uploadableTypes } from "@/lib/documents/rules";
import type { DocumentType } from "@/lib/documents/vocabulary";
import { NotFound } from "@/lib/errors";
import { loadRequestFacts } from "@/lib/requests/facts";
import type { RequestStatus } from "@/lib/requests/vocabulary";
import { isUuid } from "@/lib/validation/ids";
import { missingItemKeys, type ChecklistItem } from "./evaluate";
import { loadChecklist } from "./load";

export interface Checklist {
  items: ChecklistItem[];
  /** Items provided or waived. */
  done: number;
  total: number;
  /** Keys of the items that still block transmission. */
  missing: string[];
  /** Whether this actor may waive a missing item now (a manager, before transmission). */
  canWaive: boolean;
  /** The document types this actor may upload now: a missing item asking for one of them offers to provide it. */
  uploadableTypes: DocumentType[];
  /** Whether this actor may edit the request's fields now (a draft): a missing field item links to them. */
  canEditDraft: boolean;
}

/**
 * The checklist of a request for the requesting side. It is that side's preparation of its
 * request — which internal annex is missing, what a manager waived and why — so the
 * requested side is refused it (403, after the usual 404 for anything out of scope); it
 * receives the request and its documents, not the checklist.
 */
export async function checklistFor(ctx: Ctx, requestId: string): Promise<Checklist> {
  if (!isUuid(requestId)) throw new NotFound();
  const [request] = await ctx.db.select().from(requests).where(eq(requests.id, requestId));
  if (!request) throw new NotFound();
  const relation = assertOnRequest(ctx.actor, request, "viewChecklist");

  const [items, facts] = await Promise.all([loadChecklist(ctx.db, request), loadRequestFacts(ctx.db, request)]);
  return checklistOf(items, relation, request, facts);
}

/** The checklist from what a caller already read (the request page reads the facts once for all its rules). */
export function checklistOf(items: ChecklistItem[], relation: Relation, request: { status: RequestStatus }, facts: RequestFacts): Checklist {
  const missing = missingItemKeys(items);
  return {
    items,
    done: items.length - missing.length,
    total: items.length,
    missing,
    canWaive: mayNow(relation, "waiveChecklistItem", facts),
    uploadableTypes: uploadableTypes(relation, request.status),
    canEditDraft: mayNow(relation, "editDraft", facts),
  };
}
