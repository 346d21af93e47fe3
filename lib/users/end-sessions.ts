import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { isUuid } from "@/lib/validation/ids";

/**
 * Signing out ends the account's sessions on the server: the session version is bumped, so
 * every token issued before (a copied cookie, another browser) is refused by loadActor.
 * Only a token that is still valid can do this: an old copied one changes nothing.
 * Returns whether sessions were ended.
 */
export async function endSessions(db: Db, userId: string, sessionVersion: number): Promise<boolean> {
  if (!isUuid(userId)) return false;
  const ended = await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(and(eq(users.id, userId), eq(users.sessionVersion, sessionVersion)))
    .returning({ id: users.id });
  return ended.length > 0;
}
