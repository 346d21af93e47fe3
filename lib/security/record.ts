import type { Db } from "@/db/client";
import { securityEvents } from "@/db/schema";
import type { Actor } from "@/lib/access/actor";
import { Forbidden, NotFound } from "@/lib/errors";
import type { RefusalSurface, SignInFailureReason } from "./vocabulary";

type NewSecurityEvent = typeof securityEvents.$inferInsert;

/** The account a failed sign-in named, as the sign-in read it; undefined for an unknown address. */
export interface SignInAccount {
  id: string;
  unitId: string | null;
  active: boolean;
  passwordHash: string | null;
}

/**
 * Records a refused sign-in. Unlike the others this one is not swallowed on failure: the
 * sign-in is refused either way, and an attempt that cannot be recorded must not pass quietly.
 */
export async function recordFailedSignIn(
  db: Db,
  at: Date,
  attempt: { email: string; account?: SignInAccount; passwordOk: boolean; reason?: SignInFailureReason },
): Promise<void> {
  const { account } = attempt;
  const reason = attempt.reason ?? (!account ? "unknownAccount" : !attempt.passwordOk || !account.passwordHash ? "wrongPassword" : "disabled");
  await db.insert(securityEvents).values({
    at,
    kind: "signInFailed",
    userId: account?.id ?? null,
    unitId: account?.unitId ?? null,
    email: attempt.email.slice(0, 254),
    reason,
  });
}

/** The answers that refuse access: 404 (out of scope or absent, indistinguishable by design) and 403. */
export function isRefusal(error: unknown): error is NotFound | Forbidden {
  return error instanceof NotFound || error instanceof Forbidden;
}

/**
 * Records that a signed-in person was refused a page, a form or a download: who, where and
 * the answer — never what they asked for beyond the path (its query string may hold a search
 * of case content, so it is cut off). Anything else than a refusal, or no actor, records
 * nothing. Never throws: the refusal must be answered whatever happens here.
 */
export async function recordRefusedAccess(
  db: Db,
  actor: Actor | null,
  at: Date,
  refusal: { surface: RefusalSurface; path: string; error: unknown },
): Promise<void> {
  if (!actor || !isRefusal(refusal.error)) return;
  await insertQuietly(db, {
    at,
    kind: "accessRefused",
    userId: actor.id,
    unitId: actor.unitId,
    reason: refusal.error.code.slice(0, 60),
    surface: refusal.surface,
    path: pathOnly(refusal.path) || null,
    status: refusal.error.status,
  });
}

/** Records a document whose bytes no longer match their hash, found when `actor` downloaded it. Never throws. */
export async function recordIntegrityFailure(db: Db, actor: Actor, at: Date, document: { requestId: string; documentId: string }): Promise<void> {
  await insertQuietly(db, {
    at,
    kind: "integrityFailure",
    userId: actor.id,
    unitId: actor.unitId,
    status: 409,
    requestId: document.requestId,
    documentId: document.documentId,
  });
}

/** A path or an action name without query string or fragment, printable, of bounded length. */
export function pathOnly(where: string): string {
  const [path = ""] = where.split(/[?#]/, 1);
  return path.replace(/[\u0000-\u001f\u007f]/g, "").slice(0, 300);
}

async function insertQuietly(db: Db, row: NewSecurityEvent): Promise<void> {
  try {
    await db.insert(securityEvents).values(row);
  } catch (error) {
    console.error(`[security] could not record a ${row.kind} event: ${error instanceof Error ? error.name : "error"}`);
  }
}
