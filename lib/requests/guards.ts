import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { measures } from "@/db/schema";
import type { Actor } from "@/lib/access/actor";
import { missingItemKeys } from "@/lib/checklists/evaluate";
import { loadChecklist } from "@/lib/checklists/load";
import { Forbidden, Invalid, type FieldIssues } from "@/lib/errors";
import type { Guard } from "./transitions";
import type { RequestRow } from "./write";

/** What a foreign authority needs before it can act (docs/legal.md, "What a well-formed request contains"). */
const REQUIRED_FOR_REVIEW = ["requestedAuthority", "summaryOfFacts", "offencesAndPenalties", "contactPoint"] as const;

type Check = (tx: Db, request: RequestRow, actor: Actor) => Promise<void>;

async function measureStatuses(tx: Db, requestId: string) {
  return (await tx.select({ status: measures.status }).from(measures).where(eq(measures.requestId, requestId))).map(
    (m) => m.status,
  );
}

const CHECKS: Record<Guard, Check> = {
  async draftComplete(tx, request) {
    const fields: FieldIssues = {};
    for (const key of REQUIRED_FOR_REVIEW) if (!request[key].trim()) fields[key] = ["required"];
    if (request.urgency !== "normal" && !request.urgencyReasons.trim()) fields.urgencyReasons = ["urgencyReasonsRequired"];
    if ((await measureStatuses(tx, request.id)).length === 0) fields.measures = ["atLeastOneMeasure"];
    if (Object.keys(fields).length) throw new Invalid("draftIncomplete", fields);
  },
  async notDrafter(_tx, request, actor) {
    // Four-eyes: whoever drafted a request never validates it.
    if (request.createdBy === actor.id) throw new Forbidden("notDrafter");
  },
  async checklistComplete(tx, request) {
    // The transmission gate (docs/product.md, "Checklists and documents"): evaluated under the request's row lock, so nothing
    // changes between the check and the move. `checklist` lists item keys (not message
    // keys): the page names them with the rules' labels.
    const missing = missingItemKeys(await loadChecklist(tx, request));
    if (missing.length) throw new Invalid("checklistIncomplete", { checklist: missing });
  },
  async someMeasureReturned(tx, request) {
    // A measure delivered in part has returned evidence too (lib/requests/deliver-measure.ts).
    const statuses = await measureStatuses(tx, request.id);
    if (!statuses.some((s) => s === "returned" || s === "partially_returned")) throw new Invalid("noMeasureReturned");
  },
  async allMeasuresSettled(tx, request) {
    const statuses = await measureStatuses(tx, request.id);
    if (statuses.some((s) => s !== "returned" && s !== "not_executable")) throw new Invalid("measuresOutstanding");
  },
};

export async function checkGuards(tx: Db, guards: readonly Guard[], request: RequestRow, actor: Actor): Promise<void> {
  for (const guard of guards) await CHECKS[guard](tx, request, actor);
}
