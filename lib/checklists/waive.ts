import { z } from "zod";
import { checklistWaivers } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { Conflict, Invalid } from "@/lib/errors";
import { LIMITS, version } from "@/lib/requests/schemas";
import { eventVisibility, writeRequest } from "@/lib/requests/write";
import { parseInput } from "@/lib/validation/parse";
import { loadChecklist } from "./load";

const waiverInput = z.object({
  requestId: z.uuid(),
  version,
  itemKey: z.string().trim().min(1).max(LIMITS.short),
  reason: z.string().trim().min(1, { error: "reasonRequired" }).max(LIMITS.medium),
});
export type WaiverInput = z.input<typeof waiverInput>;

/**
 * A manager of the requesting unit waives a checklist item that is missing, with the reason
 * (e.g. the translation was sent outside the application). Refusals: out of scope → 404;
 * stale version → 409; not a manager of the requesting unit → 403; already transmitted →
 * 409; no reason, or an item that does not apply to the request → 400; already waived or
 * already provided → 409. The waiver and its audit event are written together or not at all.
 */
export async function waiveChecklistItem(ctx: Ctx, raw: WaiverInput): Promise<void> {
  const input = parseInput(waiverInput, raw);
  await writeRequest(
    ctx,
    { requestId: input.requestId, version: input.version },
    "waiveChecklistItem",
    async (tx, request) => {
      const item = (await loadChecklist(tx, request)).find((i) => i.key === input.itemKey);
      if (!item) throw new Invalid("invalid", { itemKey: ["checklistItemNotApplicable"] });
      if (item.status === "waived") throw new Conflict("checklistItemAlreadyWaived");
      if (item.status === "provided") throw new Conflict("checklistItemProvided");
      await tx.insert(checklistWaivers).values({
        requestId: request.id,
        itemKey: item.key,
        reason: input.reason,
        waivedBy: ctx.actor.id,
        waivedAt: ctx.now(),
      });
      return {
        event: {
          action: "checklistItemWaived",
          visibility: eventVisibility(request.transmittedAt),
          // The labels as they read when waived: an administrator may reword the rule later.
          data: { itemKey: item.key, itemLabel: { fr: item.labelFr, en: item.labelEn }, reason: input.reason },
        },
        result: undefined,
      };
    },
  );
}
