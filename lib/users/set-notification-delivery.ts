import { eq } from "drizzle-orm";
import { z } from "zod";
import { users } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { NOTIFICATION_DELIVERIES } from "@/lib/notifications/vocabulary";
import { parseInput } from "@/lib/validation/parse";

const input = z.object({ delivery: z.enum(NOTIFICATION_DELIVERIES, { error: "invalidChoice" }) });

/** Everyone chooses for themselves how notifications reach them besides the bell. */
export async function setNotificationDelivery(ctx: Ctx, raw: z.input<typeof input>): Promise<void> {
  const { delivery } = parseInput(input, raw);
  await ctx.db.update(users).set({ notificationDelivery: delivery, updatedAt: ctx.now() }).where(eq(users.id, ctx.actor.id));
}

/** The actor's own choice, for the form. */
export async function notificationDelivery(ctx: Ctx) {
  const [row] = await ctx.db.select({ delivery: users.notificationDelivery }).from(users).where(eq(users.id, ctx.actor.id));
  return row?.delivery ?? "immediate";
}
