import { randomBytes } from "node:crypto";
import { extractInfoFromServerReferenceId, omitUnusedArgs } from "next/dist/shared/lib/server-reference-info";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/cookie-names";

/**
 * The authorization matrix's HTTP client: pages, routes and server actions as a browser sends
 * them, with a session cookie or none, and each answer reduced to an outcome the matrix names
 * ("ok", "login", "notFound", "refused:<code>"…). No redirect is followed: where it leads is
 * the answer.
 */

/** A session cookie (`name=value`), or null for a visitor without one. */
export type Cookie = string | null;

export interface Answer {
  status: number;
  /** Where a redirect leads (path and query), or the path a server action redirects to. */
  location: string | null;
  body: string;
  /** The server action's returned state, when it returned one. */
  state: Record<string, unknown> | null;
  setCookies: string[];
}

function pathOfLocation(base: string, location: string | null): string | null {
  if (!location) return null;
  const url = new URL(location, base);
  return `${url.pathname}${url.search}`;
}

async function answerOf(base: string, response: Response, action: boolean): Promise<Answer> {
  const body = await response.text();
  const actionRedirect = response.headers.get("x-action-redirect");
  const location = actionRedirect ? actionRedirect.split(";")[0]! : pathOfLocation(base, response.headers.get("location"));
  return {
    status: response.status,
    location: location ? pathOfLocation(base, location) : null,
    body,
    state: action && response.status < 300 ? actionState(body) : null,
    setCookies: response.headers.getSetCookie(),
  };
}

export async function get(base: string, path: string, cookie: Cookie): Promise<Answer> {
  const response = await fetch(`${base}${path}`, {
    redirect: "manual",
    headers: { ...(cookie ? { cookie } : {}), "accept-language": "en-US,en" },
    signal: AbortSignal.timeout(30_000),
  });
  return answerOf(base, response, false);
}

export async function post(base: string, path: string, cookie: Cookie, body: string, contentType: string): Promise<Answer> {
  const response = await fetch(`${base}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: { ...(cookie ? { cookie } : {}), origin: base, "content-type": contentType, "accept-language": "en-US,en" },
    body,
    signal: AbortSignal.timeout(30_000),
  });
  return answerOf(base, response, false);
}

/** A file in a form: its name, type and bytes. */
export interface FormFile {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

export type FormFields = Record<string, string | readonly string[]>;

/**
 * A server action's POST as Next.js's client sends it: the arguments — `[state, form]` for a
 * `useActionState` form, `[form]` for a plain `<form action>` — with those the action does not
 * use left out (its id says which: omitUnusedArgs), then React's encoding (encodeReply): the
 * FormData under the prefix "_1_" and the arguments as part "0"; without a FormData, the
 * arguments alone as text. Posted to the page that shows the form, with the server's own Origin.
 */
export async function postAction(
  base: string,
  request: { path: string; actionId: string; cookie: Cookie; fields: FormFields; files?: Record<string, FormFile>; withState: boolean },
): Promise<Answer> {
  const args = omitUnusedArgs(request.withState ? [null, "$K1"] : ["$K1"], extractInfoFromServerReferenceId(request.actionId));
  const root = JSON.stringify(args);
  if (!args.includes("$K1")) return sendAction(base, request, root, "text/plain;charset=UTF-8");
  const boundary = `----mla-authz-${randomBytes(8).toString("hex")}`;
  const chunks: Buffer[] = [];
  const part = (disposition: string, contentType?: string) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; ${disposition}\r\n${contentType ? `Content-Type: ${contentType}\r\n` : ""}\r\n`);
  for (const [name, value] of Object.entries(request.fields)) {
    for (const one of typeof value === "string" ? [value] : value) {
      chunks.push(part(`name="_1_${name}"`), Buffer.from(one), Buffer.from("\r\n"));
    }
  }
  for (const [name, file] of Object.entries(request.files ?? {})) {
    chunks.push(part(`name="_1_${name}"; filename="${file.fileName}"`, file.contentType), file.bytes, Buffer.from("\r\n"));
  }
  chunks.push(part('name="0"'), Buffer.from(root), Buffer.from("\r\n"));
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return sendAction(base, request, Buffer.concat(chunks), `multipart/form-data; boundary=${boundary}`);
}

async function sendAction(base: string, request: { path: string; actionId: string; cookie: Cookie }, body: string | Buffer, contentType: string) {
  const response = await fetch(`${base}${request.path}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      ...(request.cookie ? { cookie: request.cookie } : {}),
      origin: base,
      accept: "text/x-component",
      "accept-language": "en-US,en",
      "next-action": request.actionId,
      "content-type": contentType,
    },
    body: typeof body === "string" ? body : new Uint8Array(body),
    signal: AbortSignal.timeout(30_000),
  });
  return answerOf(base, response, true);
}

/**
 * The state a server action returned, read from the RSC payload: the first object with one
 * of the keys an action state has (`ok`, `message`, `error`, `step`). Null for an action
 * that returns nothing.
 */
export function actionState(payload: string): Record<string, unknown> | null {
  const isState = (value: unknown): value is Record<string, unknown> =>
    typeof value === "object" && value !== null && !Array.isArray(value) && ["ok", "message", "error", "step"].some((k) => k in value);
  for (const line of payload.split("\n")) {
    const match = /^[0-9a-f]+:(.*)$/.exec(line);
    if (!match) continue;
    let value: unknown;
    try {
      value = JSON.parse(match[1]!);
    } catch {
      continue;
    }
    if (isState(value)) return value;
    if (typeof value === "object" && value !== null && "a" in value && isState((value as { a: unknown }).a)) return (value as { a: Record<string, unknown> }).a;
  }
  return null;
}

/** The session cookie among an answer's Set-Cookie headers, as a `Cookie` header value. */
export function sessionCookieOf(setCookies: readonly string[]): string | null {
  const found = setCookies.map((c) => c.split(";")[0]!).find((c) => SESSION_COOKIE_NAMES.some((name) => c.startsWith(`${name}=`)) && !c.endsWith("="));
  return found ?? null;
}

/**
 * Signs in through Auth.js's credentials endpoint, as the login form's action does: the CSRF
 * token first, then the e-mail, password and (for an account with a second factor) the code.
 * Returns the session cookie; throws with where Auth.js sent the sign-in otherwise.
 */
export async function signInOverHttp(base: string, email: string, password: string, code = ""): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers: { "accept-language": "en" } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]!).join("; ");
  const form = new URLSearchParams({ email, password, code, csrfToken, callbackUrl: `${base}/` });
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: csrfCookies, origin: base, "content-type": "application/x-www-form-urlencoded" },
    body: form.toString(),
  });
  await response.arrayBuffer();
  const cookie = sessionCookieOf(response.headers.getSetCookie());
  if (!cookie) throw new Error(`Signing in ${email} over HTTP failed: ${response.status} → ${response.headers.get("location")}`);
  return cookie;
}
