import type { z } from "zod";
import { comments } from "@/db/schema";
import { storedVisibility } from "@/lib/access/request-access";
import { isTransmitted } from "@/lib/access/request-rules";
import type { Ctx } from "@/lib/context";
import { Invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { commentInput } from "./schemas";
import { writeRequest } from "./write";

/**
 * Adds to a request's thread. The requesting side chooses internal or shared; the
 * requested side's comments are always shared; nothing is shared before transmission.
 * A comment does not change the request, so it never conflicts with an edit.
 */
export async function addComment(ctx: Ctx, raw: z.input<typeof commentInput>): Promise<{ id: string }> {
  const input = parseInput(commentInput, raw);
  return writeRequest(
    ctx,
    { requestId: input.requestId, version: null },
    "comment",
    async (tx, request, relation) => {
      const visibility = storedVisibility(relation, input.visibility);
      if (visibility === "shared" && !isTransmitted(request)) throw new Invalid("invalid", { visibility: ["sharedBeforeTransmission"] });
      const [created] = await tx
        .insert(comments)
        .values({ requestId: request.id, authorId: ctx.actor.id, body: input.body, visibility, createdAt: ctx.now() })
        .returning({ id: comments.id });
      return {
        event: { action: "commented", visibility, data: { commentId: created!.id } },
        result: { id: created!.id },
      };
    },
  );
}
