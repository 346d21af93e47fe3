import { randomBytes } from "node:crypto";
import { request as httpRequest } from "node:http";

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
      body,
    },
    timeoutMs,
  );
}

export function getPage(baseUrl: string, page: string, cookie: string, timeoutMs: number): Promise<Answer> {
  return send(`${baseUrl}${page}`, { headers: { cookie } }, timeoutMs);
}

/**
 * One request on a connection of its own, redirects not followed. Not a kept-alive socket:
 * pg_ctl runs synchronously in this process, and while it blocks the event loop the server
 * may close an idle socket (its keep-alive timeout) that the next request is then written on,
 * to be reset before the app ever read it — a browser sends such a request again, and it is
 * not the app's silence that (b) looks for.
 */
function send(url: string, init: { method?: string; headers: Record<string, string>; body?: Buffer }, timeoutMs: number): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve) => {
    let settled = false;
    const done = (answer: Omit<Answer, "ms">) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...answer, ms: performance.now() - started });
    };
    const failed = (error: Error & { code?: string }) => done({ status: 0, body: "", error: `${error.name}: ${error.code ?? error.message}` });
    const headers = init.body ? { ...init.headers, "content-length": String(init.body.length) } : init.headers;
    const request = httpRequest(url, { method: init.method ?? "GET", headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => done({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      response.on("error", failed);
    });
    const timer = setTimeout(() => {
      failed(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { name: "TimeoutError" }));
      request.destroy();
    }, timeoutMs);
    request.on("error", failed);
    request.end(init.body);
  });
}

/** The action's answer, from the RSC payload: its `ok` and `message`. */
export function actionOutcome(answer: Answer): { ok: boolean; message?: string } | null {
  if (answer.status !== 200) return null;
  const ok = /"ok":(true|false)/.exec(answer.body);
  if (!ok) return null;
  const message = /"message":"([^"]*)"/.exec(answer.body)?.[1];
  return { ok: ok[1] === "true", message };
}
