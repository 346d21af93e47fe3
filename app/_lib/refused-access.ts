import "server-only";
import { headers } from "next/headers";
import { database } from "@/db";
import { currentActor } from "@/lib/auth/session";
import { isRefusal, recordRefusedAccess } from "@/lib/security/record";
import type { RefusalSurface } from "@/lib/security/vocabulary";

/**
 * The header carrying a page's own path, when the proxy sets it (Next.js hands a page neither
 * its URL nor its route). Without it a page's refusal is recorded without a path.
 */
export const PATH_HEADER = "x-mla-path";

/**
 * Records a 404 or 403 answered to the signed-in actor (lib/security/record.ts), with where it
 * happened: a route's path, the page a form was posted from (its Referer, same-origin only),
 * or a page's path. Never throws and never delays the answer's meaning: recording is best effort.
 */
export async function noteRefusedAccess(surface: RefusalSurface, error: unknown, path?: string): Promise<void> {
  if (!isRefusal(error)) return;
  try {
    const actor = await currentActor();
    await recordRefusedAccess(database().db, actor, new Date(), { surface, path: path ?? (await whereFrom(surface)), error });
  } catch (failure) {
    console.error(`[security] could not note a refused access: ${failure instanceof Error ? failure.name : "error"}`);
  }
}

async function whereFrom(surface: RefusalSurface): Promise<string> {
  const request = await headers();
  if (surface === "action") {
    const referer = request.get("referer");
    if (referer) return `${URL.canParse(referer) ? new URL(referer).pathname : "?"} (action)`;
  }
  return request.get(PATH_HEADER) ?? "";
}
