import { eq } from "drizzle-orm";
import { z } from "zod";
import { units } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { Conflict } from "@/lib/errors";
import { assertLegalBasisOffered } from "@/lib/reference/directory";
import { parseInput } from "@/lib/validation/parse";
import { assertUrgencyFitsChildren } from "./child-at-risk";
import { requestFields, version } from "./schemas";
import { writeRequest } from "./write";

const updateDraftInput = requestFields.and(z.object({ requestId: z.uuid(), version }));
export type UpdateDraftInput = z.input<typeof updateDraftInput>;

/** Saves the draft's fields; the audit event lists the fields that changed. */
export async function updateDraft(ctx: Ctx, raw: UpdateDraftInput): Promise<void> {
  const { requestId, version: expected, ...fields } = parseInput(updateDraftInput, raw);
  await writeRequest(
    ctx,
    { requestId, version: expected },
    "editDraft",
    async (tx, request) => {
      if (fields.requestedCountryCode !== request.requestedCountryCode) {
        // The reference names the requested country: a different country is a different request.
        throw new Conflict("countryFixed");
      }
      const [unit] = await tx.select({ countryCode: units.countryCode }).from(units).where(eq(units.id, request.requestingUnitId));
      await assertLegalBasisOffered(tx, { from: unit!.countryCode, to: request.requestedCountryCode, basis: fields.legalBasis });
      await assertUrgencyFitsChildren(tx, requestId, fields.urgency);
      const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter(
        (key) => String(fields[key] ?? "") !== String(request[key] ?? ""),
      );
      return {
        set: fields,
        event: { action: "updated", visibility: "internal", data: { fields: changed } },
        result: undefined,
      };
    },
  );
}
