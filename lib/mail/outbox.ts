import { desc } from "drizzle-orm";
import { mailOutbox } from "@/db/schema";
import { assertCan } from "@/lib/access/policy";
import type { Ctx } from "@/lib/context";

/** The outgoing e-mail queue, for administrators (mails name references and deadlines, not case content). */
export async function listOutbox(ctx: Ctx, limit = 200) {
  assertCan(ctx.actor, "outbox.view");
  return ctx.db.select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id)).limit(limit);
}
