import { and, count, desc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { notifications } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { parseInput } from "@/lib/validation/parse";
import { noticeOf, noticeText } from "./notify";

/** Everyone has their own notifications and sees no one else's. */
const mine = (ctx: Ctx) => eq(notifications.userId, ctx.actor.id);

export async function unreadCount(ctx: Ctx): Promise<number> {
  const [row] = await ctx.db.select({ n: count() }).from(notifications).where(and(mine(ctx), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** The latest notifications, each with its sentence in the reader's language. */
export async function listNotifications(ctx: Ctx, limit = 100) {
  const rows = await ctx.db.select().from(notifications).where(mine(ctx)).orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(limit);
  return rows.map((n) => ({
    id: n.id,
    requestId: n.requestId,
    reference: String(n.data.reference ?? ""),
    createdAt: n.createdAt,
    read: n.readAt !== null,
    kind: n.kind,
    text: noticeText(noticeOf(n), ctx.actor.locale).sentence,
  }));
}

const markInput = z.union([z.object({ all: z.literal(true) }), z.object({ id: z.coerce.number().int().positive() })]);

/** Marks one (or all) of the actor's own notifications read; another user's id simply matches nothing. */
export async function markNotificationsRead(ctx: Ctx, raw: z.input<typeof markInput>): Promise<void> {
  const input = parseInput(markInput, raw);
  await ctx.db
    .update(notifications)
    .set({ readAt: ctx.now() })
    .where(and(mine(ctx), isNull(notifications.readAt), "id" in input ? eq(notifications.id, input.id) : undefined));
}
