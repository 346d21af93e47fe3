import { refuseUnreadableBody } from "./action-body";
import { originAllowed, pinnedOrigins } from "./origin";
import { REQUEST_BODY_LIMIT_BYTES } from "./request-limits";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** A request refused before Next.js reads it: its status and the message key (under `errors.` or `documents.errors.`). */
export interface Refusal {
  status: 400 | 403 | 411 | 413;
  message: string;
}

/**
 * What the proxy refuses of a request that changes something, each with a 4xx where Next.js
 * would answer 500 or, worse, go ahead: another site's origin (403); a body it would cut at
 * its buffering limit and then fail to parse (413), or whose length it cannot know in advance
 * (411); a body it cannot read (400, lib/security/action-body.ts). Reads are let through.
 */
export async function refuseUnsafeRequest(request: Request, pathname: string): Promise<Refusal | null> {
  if (SAFE_METHODS.has(request.method)) return null;
  const { headers } = request;
  // The identity provider may post its answer back (OIDC form_post); Auth.js checks its state.
  const fromIdentityProvider = pathname.startsWith("/api/auth/callback/");
  const target = { host: headers.get("host"), forwardedHost: headers.get("x-forwarded-host") };
  if (!fromIdentityProvider && !originAllowed(headers.get("origin"), target, pinnedOrigins(process.env.APP_URL))) {
    return { status: 403, message: "errors.originRefused" };
  }
  const length = headers.get("content-length");
  if (length === null) {
    if (headers.has("transfer-encoding")) return { status: 411, message: "errors.requestUnreadable" };
  } else if (!/^\d+$/.test(length)) {
    return { status: 400, message: "errors.requestUnreadable" };
  } else if (Number(length) > REQUEST_BODY_LIMIT_BYTES) {
    return { status: 413, message: "errors.requestTooLarge" };
  }
  const unreadable = await refuseUnreadableBody(request);
  if (unreadable === "fileNameInvalid") return { status: 400, message: "documents.errors.fileNameInvalid" };
  if (unreadable) return { status: 400, message: "errors.requestUnreadable" };
  return null;
}
