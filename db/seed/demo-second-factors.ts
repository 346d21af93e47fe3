import { inArray } from "drizzle-orm";
import type { Db } from "../client";
import { userTotp, users } from "../schema";
import { sealSecret } from "@/lib/users/secret-box";
import { DEMO_TOTP_SECRETS } from "./reference-data";

/**
 * The demo accounts whose role requires a second factor get theirs, once: an account whose
 * authenticator was replaced since keeps the new one. Sealed with this server's AUTH_SECRET.
 */
export async function seedDemoSecondFactors(db: Db, now = new Date()): Promise<void> {
  const accounts = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, Object.keys(DEMO_TOTP_SECRETS)));
  if (!accounts.length) return;
  await db
    .insert(userTotp)
    .values(accounts.map((a) => ({ userId: a.id, secret: sealSecret(DEMO_TOTP_SECRETS[a.email]!, a.id), confirmedAt: now, updatedAt: now })))
    .onConflictDoNothing({ target: userTotp.userId });
}
