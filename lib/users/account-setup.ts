import { eq, sql } from "drizzle-orm";
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

/** What the setup depends on: read with the actor itself (lib/users/actor.ts, `loadSession`). */
export interface SetupFacts {
  mustChangePassword: boolean;
  hasSecondFactor: boolean;
}

export function setupStepOf(facts: SetupFacts, role: Role, session: { viaSso: boolean }): SetupStep | null {
  if (facts.mustChangePassword) return "changePassword";
  // A single sign-on identity carries its provider's own second factor.
  if (!session.viaSso && secondFactorRequired(role) && !facts.hasSecondFactor) return "enrolSecondFactor";
  return null;
}

/** The same, read from the database on its own. */
export async function pendingSetupStep(
  db: Db,
  account: { id: string; role: Role },
  session: { viaSso: boolean },
): Promise<SetupStep | null> {
  const [row] = await db.select(setupColumns).from(users).leftJoin(userTotp, eq(userTotp.userId, users.id)).where(eq(users.id, account.id));
  return row ? setupStepOf(row, account.role, session) : null;
}

/** The columns of `SetupFacts`, on `users` left-joined with `user_totp`. */
export const setupColumns = {
  mustChangePassword: users.mustChangePassword,
  hasSecondFactor: sql<boolean>`${userTotp.secret} is not null`,
};
