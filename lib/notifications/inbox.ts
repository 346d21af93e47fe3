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

/** How many notifications the page shows at once, the latest first. */
export const INBOX_LIMIT = 100;

/**
 * The notifications page: the latest INBOX_LIMIT notifications (or the unread ones only),
 * whether older ones lie beyond, and how many are unread in all — so that a reader with months
 * of notifications still finds every one waiting for them.
 */
export async function notificationInbox(ctx: Ctx, { unreadOnly = false }: { unreadOnly?: boolean } = {}) {
  const [items, unread] = await Promise.all([listNotifications(ctx, INBOX_LIMIT + 1, { unreadOnly }), unreadCount(ctx)]);
  return { items: items.slice(0, INBOX_LIMIT), more: items.length > INBOX_LIMIT, unread };
}

/** The latest notifications (unread ones only, if asked), each with its sentence in the reader's language. */
export async function listNotifications(ctx: Ctx, limit = INBOX_LIMIT, { unreadOnly = false }: { unreadOnly?: boolean } = {}) {
  const rows = await ctx.db
    .select()
    .from(notifications)
    .where(and(mine(ctx), unreadOnly ? isNull(notifications.readAt) : undefined))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
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
