import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { database } from "@/db";
import type { Actor } from "@/lib/access/actor";
import { systemClock, type Ctx } from "@/lib/context";
import { env } from "@/lib/env";
import { setupStepOf, type SetupStep } from "@/lib/users/account-setup";
import { loadSession } from "@/lib/users/actor";
import { endSessions } from "@/lib/users/end-sessions";
import { auth, updateSession } from "./config";
import { dropRenewal, grantRenewal } from "./session-renewal";
import { CHUNKED, readSessionToken, type SessionIdentifiers } from "./session-token";

/** A valid session: its actor, and what the account must still do before using anything else. */
export interface SignedIn {
  actor: Actor;
  setupStep: SetupStep | null;
}

/** The session token's identifiers; everything else is read from the database. */
async function sessionToken(): Promise<SessionIdentifiers | null> {
  const secret = env().AUTH_SECRET;
  // Without AUTH_SECRET (allowed outside production), Auth.js's own secret lookup decides: it reads the cookie then.
  const identifiers = secret ? await readSessionToken(await cookies(), secret, Date.now()) : CHUNKED;
  if (identifiers !== CHUNKED) return identifiers;
  const session = (await auth()) as { uid?: unknown; sv?: unknown; sso?: unknown } | null;
  if (typeof session?.uid !== "string" || typeof session.sv !== "number") return null;
  return { uid: session.uid, sv: session.sv, sso: session.sso === true };
}

/** This request's session, re-read from the database (once per request, thanks to `cache`), or null. */
export const currentSession = cache(async (): Promise<SignedIn | null> => {
  const token = await sessionToken();
  if (!token) return null;
  const session = await loadSession(database().db, token.uid, token.sv);
  if (!session) return null;
  return { actor: session.actor, setupStep: setupStepOf(session.setup, session.actor.role, { viaSso: token.sso }) };
});

/**
 * The signed-in actor for this request, or null. An account that must first change its
 * password or set up its second factor counts as not signed in here (route handlers answer
 * it as anonymous); pages send it to /account through `requireActor`.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await currentSession();
  return session && !session.setupStep ? session.actor : null;
});

/** The actor, or a redirect: to the login page without a valid session, to /account while its setup is pending. */
export async function requireActor(): Promise<Actor> {
  const session = await currentSession();
  if (!session) redirect("/login");
  if (session.setupStep) redirect("/account");
  return session.actor;
}

/** The context every domain verb takes (docs/architecture.md): this actor, the app's database, the system clock. */
export function contextFor(actor: Actor): Ctx {
  return { actor, db: database().db, now: systemClock };
}

/** The verb context for the signed-in actor, or a redirect (see `requireActor`). Every page and server action starts here. */
export async function requestContext(): Promise<Ctx> {
  return contextFor(await requireActor());
}

/**
 * For the account page, its actions and the layout around it only: a valid session even
 * while its setup is pending (that page is where the setup is done).
 */
export async function accountContext(): Promise<Ctx & { setupStep: SetupStep | null }> {
  const session = await currentSession();
  if (!session) redirect("/login");
  return { ...contextFor(session.actor), setupStep: session.setupStep };
}

/** After a password change: this browser's token carries the new session version, other sessions stay ended. */
export async function renewSession(userId: string, sessionVersion: number): Promise<void> {
  const renewal = grantRenewal(userId, sessionVersion);
  try {
    await updateSession({ renewal } as Parameters<typeof updateSession>[0]);
  } finally {
    dropRenewal(renewal);
  }
}

/**
 * Signing out ends every session of the account on the server (a copied cookie stops
 * working too), when the token is still valid. The caller then clears the cookie.
 */
export async function endCurrentSessions(): Promise<void> {
  const token = await sessionToken();
  if (token) await endSessions(database().db, token.uid, token.sv);
}
