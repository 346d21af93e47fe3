import { randomBytes } from "node:crypto";

/**
 * Requests as the browser sends them: a server action is a multipart POST to the page with
 * its id in `Next-Action` and, as body, React's encoding of `useActionState`'s arguments
 * [previous state, form data] — the form's fields under the prefix "_1_" and the root "0"
 * pointing at them (see tests/bench/http/server-action.ts). Built as one buffer, with its
 * length, as a browser's form submission is.
 */

export interface FilePart {
  name: string;
  contentType: string;
  bytes: Buffer;
}

export interface Answer {
  /** HTTP status, or 0 when no answer came (connection refused or reset, timeout). */
  status: number;
  body: string;
  /** Why no answer came. */
  error?: string;
  ms: number;
}

export function actionBody(fields: Record<string, string>, files: Record<string, FilePart> = {}): { body: Buffer; contentType: string } {
  const boundary = `----mla-faults-${randomBytes(8).toString("hex")}`;
  const chunks: Buffer[] = [];
  const header = (name: string, extra = "") => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"${extra}\r\n\r\n`);
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(header(`_1_${name}`), Buffer.from(value), Buffer.from("\r\n"));
  }
  for (const [name, file] of Object.entries(files)) {
    chunks.push(header(`_1_${name}`, `; filename="${file.name}"\r\nContent-Type: ${file.contentType}`), file.bytes, Buffer.from("\r\n"));
  }
  chunks.push(header("0"), Buffer.from(JSON.stringify([null, "$K1"])), Buffer.from(`\r\n--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

export async function postAction(
  baseUrl: string,
  request: { actionId: string; page: string; cookie: string; fields: Record<string, string>; files?: Record<string, FilePart> },
  timeoutMs: number,
): Promise<Answer> {
  const { body, contentType } = actionBody(request.fields, request.files);
  return send(
    `${baseUrl}${request.page}`,
    {
      method: "POST",
      headers: { "content-type": contentType, accept: "text/x-component", "next-action": request.actionId, origin: baseUrl, cookie: request.cookie },
      body: new Uint8Array(body),
    },
    timeoutMs,
  );
}

export function getPage(baseUrl: string, page: string, cookie: string, timeoutMs: number): Promise<Answer> {
  return send(`${baseUrl}${page}`, { headers: { cookie }, redirect: "manual" }, timeoutMs);
}

async function send(url: string, init: RequestInit, timeoutMs: number): Promise<Answer> {
  const started = performance.now();
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    const body = await response.text();
    return { status: response.status, body, ms: performance.now() - started };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return { status: 0, body: "", error: `${error instanceof Error ? error.name : "error"}${cause}`, ms: performance.now() - started };
  }
}

/** The action's answer, from the RSC payload: its `ok` and `message`. */
export function actionOutcome(answer: Answer): { ok: boolean; message?: string } | null {
  if (answer.status !== 200) return null;
  const ok = /"ok":(true|false)/.exec(answer.body);
  if (!ok) return null;
  const message = /"message":"([^"]*)"/.exec(answer.body)?.[1];
  return { ok: ok[1] === "true", message };
}
