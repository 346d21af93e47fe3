import { z } from "zod";
import { assertOnRequest } from "@/lib/access/request-access";
import type { Ctx } from "@/lib/context";
import { Conflict } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { requestFields, version } from "./schemas";
import { writeRequest, type RequestRow } from "./write";

const updateDraftInput = requestFields.and(z.object({ requestId: z.uuid(), version }));
export type UpdateDraftInput = z.input<typeof updateDraftInput>;

/** Editing is for the drafting unit's magistrates, and only while the request is a draft. */
export function assertDraftEditable(ctx: Ctx, request: RequestRow): void {
  assertOnRequest(ctx.actor, request, "editDraft");
  if (request.status !== "draft") throw new Conflict("notDraft");
}

/** Saves the draft's fields; the audit event lists the fields that changed. */
export async function updateDraft(ctx: Ctx, raw: UpdateDraftInput): Promise<void> {
  const { requestId, version: expected, ...fields } = parseInput(updateDraftInput, raw);
  await writeRequest(
    ctx,
    { requestId, version: expected },
    (_relation, request) => assertDraftEditable(ctx, request),
    async (_tx, request) => {
      if (fields.requestedCountryCode !== request.requestedCountryCode) {
        // The reference names the requested country: a different country is a different request.
        throw new Conflict("countryFixed");
      }
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
