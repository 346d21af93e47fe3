"use server";

import { signOut } from "@/lib/auth/config";

/** Ends the session cookie; needs no actor (signing out is always allowed). */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}
