import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { userTotp, users } from "@/db/schema";
import type { Role } from "@/lib/access/roles";
import { secondFactorRequired } from "./second-factor";

/**
 * What an account must do before it may use anything else: choose its own password when an
 * administrator set it, then set up a second factor when its role requires one. Read on
 * every request with the actor (lib/auth/session.ts), so a role change applies at once.
 */
export type SetupStep = "changePassword" | "enrolSecondFactor";

export async function pendingSetupStep(
  db: Db,
  account: { id: string; role: Role },
  session: { viaSso: boolean },
): Promise<SetupStep | null> {
  const [row] = await db
    .select({ mustChangePassword: users.mustChangePassword, secret: userTotp.secret })
    .from(users)
    .leftJoin(userTotp, eq(userTotp.userId, users.id))
    .where(eq(users.id, account.id));
  if (!row) return null;
  if (row.mustChangePassword) return "changePassword";
  // A single sign-on identity carries its provider's own second factor.
  if (!session.viaSso && secondFactorRequired(account.role) && !row.secret) return "enrolSecondFactor";
  return null;
}
