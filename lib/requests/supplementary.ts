import { z } from "zod";
import { relationTo } from "@/lib/access/request-access";
import { assertMayNow } from "@/lib/access/request-rules";
import { appendEvent } from "@/lib/audit/append";
import type { Ctx } from "@/lib/context";
import { NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { insertDraft } from "./create-request";
import { loadRequestFacts } from "./facts";
import { lockRequest } from "./write";

const input = z.object({ parentRequestId: z.uuid() });

/**
 * A supplementary request is a new draft linked to a transmitted request, not a
 * transition: it starts from the parent's parties, basis and facts, to be completed.
 */
export async function createSupplementaryRequest(ctx: Ctx, raw: z.input<typeof input>): Promise<{ id: string; reference: string }> {
  const { parentRequestId } = parseInput(input, raw);
  return ctx.db.transaction(async (tx) => {
    // Locked: the parent's own trail records the supplementary request below.
    const parent = await lockRequest(tx, parentRequestId);
    const relation = relationTo(ctx.actor, parent);
    if (!relation) throw new NotFound();
    assertMayNow(relation, "createSupplementary", await loadRequestFacts(tx, parent));
    const created = await insertDraft(tx, ctx, {
      caseId: parent.caseId,
      parentRequestId: parent.id,
      // Once sent, the supplement goes to the officer already handling its parent.
      assigneeId: parent.assigneeId,
      fields: {
        requestedCountryCode: parent.requestedCountryCode,
        requestedAuthority: parent.requestedAuthority,
        legalBasis: parent.legalBasis,
        legalBasisDetail: parent.legalBasisDetail,
        channel: parent.channel,
        urgency: parent.urgency,
        urgencyReasons: parent.urgencyReasons,
        targetDate: parent.targetDate,
        confidential: parent.confidential,
        confidentialityReasons: parent.confidentialityReasons,
        summaryOfFacts: parent.summaryOfFacts,
        offencesAndPenalties: parent.offencesAndPenalties,
        contactPoint: parent.contactPoint,
      },
    });
    await appendEvent(tx, parent, ctx.actor, ctx.now(), {
      action: "supplementaryCreated",
      visibility: "internal",
      data: { requestId: created.id, reference: created.reference },
    });
    return created;
  });
}
