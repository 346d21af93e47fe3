import { eq } from "drizzle-orm";
import { z } from "zod";
import { requests } from "@/db/schema";
import { assertOnRequest } from "@/lib/access/request-access";
import type { Ctx } from "@/lib/context";
import { Conflict, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { insertDraft } from "./create-request";

const input = z.object({ parentRequestId: z.uuid() });

/**
 * A supplementary request is a new draft linked to a transmitted request, not a
 * transition: it starts from the parent's parties, basis and facts, to be completed.
 */
export async function createSupplementaryRequest(ctx: Ctx, raw: z.input<typeof input>): Promise<{ id: string; reference: string }> {
  const { parentRequestId } = parseInput(input, raw);
  return ctx.db.transaction(async (tx) => {
    const [parent] = await tx.select().from(requests).where(eq(requests.id, parentRequestId));
    if (!parent) throw new NotFound();
    assertOnRequest(ctx.actor, parent, "createSupplementary");
    if (!parent.transmittedAt) throw new Conflict("parentNotTransmitted");
    return insertDraft(tx, ctx, {
      caseId: parent.caseId,
      parentRequestId: parent.id,
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
  });
}
