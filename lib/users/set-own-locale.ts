import { eq } from "drizzle-orm";
import { z } from "zod";
import { users } from "@/db/schema";
import { LOCALES } from "@/lib/access/roles";
import type { Ctx } from "@/lib/context";
import { parseInput } from "@/lib/validation/parse";

const input = z.object({ locale: z.enum(LOCALES) });

/** Every user may choose their own interface language (and it follows them to e-mails). */
export async function setOwnLocale(ctx: Ctx, raw: z.input<typeof input>): Promise<void> {
  const { locale } = parseInput(input, raw);
  await ctx.db.update(users).set({ locale, updatedAt: ctx.now() }).where(eq(users.id, ctx.actor.id));
}
