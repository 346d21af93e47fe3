import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { database } from "@/db";
import type { Actor } from "@/lib/access/actor";
import { systemClock, type Ctx } from "@/lib/context";
import { loadActor } from "@/lib/users/actor";
import { auth } from "./config";

/**
 * The signed-in actor for this request, or null. The session token only names the user;
 * everything else is re-read from the database (once per request, thanks to `cache`).
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = (await auth()) as { uid?: unknown; sv?: unknown } | null;
  if (typeof session?.uid !== "string" || typeof session.sv !== "number") return null;
  return loadActor(database().db, session.uid, session.sv);
});

/** The actor, or a redirect to the login page for anonymous, disabled or revoked sessions. */
export async function requireActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/login");
  return actor;
}

/** The context every domain verb takes (docs/architecture.md): this actor, the app's database, the system clock. */
export function contextFor(actor: Actor): Ctx {
  return { actor, db: database().db, now: systemClock };
}

/** The verb context for the signed-in actor, or a redirect to the login page. */
export async function requestContext(): Promise<Ctx> {
  return contextFor(await requireActor());
}
