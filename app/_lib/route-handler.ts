import "server-only";
import { NextResponse } from "next/server";
import { contextFor, currentActor } from "@/lib/auth/session";
import type { Ctx } from "@/lib/context";
import { translatorFor, type Translate } from "@/lib/i18n/translator";
import { noteRefusedAccess } from "./refused-access";
import { errorResponse, signInRequiredResponse } from "./route-errors";

/** What a route's answer works with: the verb context of the signed-in actor, and their translator. */
export interface SignedInCall {
  ctx: Ctx;
  t: Translate;
}

export interface SignedInRouteOptions {
  /**
   * Without a usable session: `"401"` (the default) for files fetched by a script or a
   * download link; `"login"` for a link a person opens in the browser, sent to sign in.
   */
  anonymous?: "401" | "login";
}

/**
 * The one way a route handler runs a verb: resolve the signed-in actor (re-read from the
 * database, so a disabled or revoked account is anonymous), build the verb context, answer,
 * and turn any refusal or failure into a translated plain-text response (see route-errors);
 * a 404 or 403 is also recorded as a refused access (the audit review).
 */
export async function signedInRoute(
  request: Request,
  answer: (call: SignedInCall) => Promise<Response>,
  options: SignedInRouteOptions = {},
): Promise<Response> {
  const actor = await currentActor();
  if (!actor) {
    return options.anonymous === "login"
      ? NextResponse.redirect(new URL("/login", request.url))
      : signInRequiredResponse(request.headers.get("accept-language"));
  }
  try {
    return await answer({ ctx: contextFor(actor), t: translatorFor(actor.locale) });
  } catch (error) {
    const path = new URL(request.url).pathname;
    await noteRefusedAccess("route", error, path);
    return errorResponse(error, actor.locale, path);
  }
}
