"use server";

import { signOut } from "@/lib/auth/config";
import { endCurrentSessions } from "@/lib/auth/session";

/**
 * Needs no actor (signing out is always allowed). Ends the account's sessions on the server
 * first, so that the token cannot be replayed from a copy, then clears the cookie.
 */
export async function signOutAction(): Promise<void> {
  await endCurrentSessions();
  await signOut({ redirectTo: "/login" });
}
