import busboy from "next/dist/compiled/busboy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { originAllowed } from "@/lib/security/origin";
import { refusalResponse } from "@/lib/security/refusal-response";
import { refuseUnsafeRequest } from "@/lib/security/request-guard";
import { REQUEST_BODY_LIMIT_BYTES } from "@/lib/security/request-limits";

/**
 * What proxy.ts refuses before Next.js reads a request (lib/security/request-guard.ts), on
 * bodies built byte for byte as a browser or a hostile client sends them. Each of these reached
 * Next.js as a 500, or stored "../../etc/passwd.pdf" as "passwd.pdf".
 */

const HOST = "mla.test.example";
// Next.js's ids say which arguments an action uses (their first byte): 0x60 the first two, as
// (previous state, form) for useActionState; 0x40 the first, a form's own action; 0x00 none.
const ACTION_ID = "60" + "ab".repeat(20);
const FORM_ONLY_ACTION_ID = "40" + "ab".repeat(20);
const NO_ARGUMENT_ACTION_ID = "00" + "ab".repeat(20);
const BOUNDARY = "----formBoundaryHardening7MA4YW";

/** A server action's upload as React encodes it: the FormData's fields under "_1_", the arguments' root in "0". */
function uploadBody(fileName: string, root = '[null,"$K1"]'): Buffer {
  const part = (headers: string, content: string) => `--${BOUNDARY}\r\n${headers}\r\n\r\n${content}\r\n`;
  return Buffer.concat([
    Buffer.from(part('Content-Disposition: form-data; name="_1_type"', "annex")),
    Buffer.from(part(`Content-Disposition: form-data; name="_1_file"; filename="${fileName}"\r\nContent-Type: application/pdf`, "%PDF-1.4 test")),
    Buffer.from(part('Content-Disposition: form-data; name="0"', root)),
    Buffer.from(`--${BOUNDARY}--\r\n`),
  ]);
}

function post(body: Buffer | string, headers: Record<string, string> = {}, path = "/requests/1"): Request {
  const bytes = typeof body === "string" ? Buffer.from(body) : body;
  return new Request(`http://${HOST}${path}`, {
    method: "POST",
    headers: { host: HOST, origin: `https://${HOST}`, "content-length": String(bytes.length), ...headers },
    body: new Uint8Array(bytes),
  });
}

const action = (body: Buffer | string, contentType = `multipart/form-data; boundary=${BOUNDARY}`, headers: Record<string, string> = {}) =>
  post(body, { "next-action": ACTION_ID, "content-type": contentType, ...headers });

// Without APP_URL, the origin is checked against the Host header; one test sets it.
const appUrl = process.env.APP_URL;
beforeEach(() => {
  delete process.env.APP_URL;
});
afterEach(() => {
  if (appUrl === undefined) delete process.env.APP_URL;
  else process.env.APP_URL = appUrl;
});

const refusalOf = async (request: Request) => refuseUnsafeRequest(request, new URL(request.url).pathname);

describe("file names in an upload", () => {
  it.each([
    ["a NUL", "lettre\u0000.pdf"],
    ["a control character", "lettre\u0001.pdf"],
    ["DEL", "lettre\u007f.pdf"],
  ])("with %s: 400, before the framework's parser fails on it", async (_label, fileName) => {
    expect(await refusalOf(action(uploadBody(fileName)))).toEqual({ status: 400, message: "errors.requestUnreadable" });
  });

  it.each([
    ["climbing out of its folder", "../../etc/passwd.pdf"],
    ["absolute", "/etc/passwd.pdf"],
    ["with backslashes", "C:\\Users\\lettre.pdf"],
  ])("%s: 400 with the file name message, where the framework would have kept only its last segment", async (_label, fileName) => {
    expect(await refusalOf(action(uploadBody(fileName)))).toEqual({ status: 400, message: "documents.errors.fileNameInvalid" });
    expect(await frameworkFileName(uploadBody(fileName))).toBe(fileName.split(/[/\\]/).at(-1));
  });

  it("lets an ordinary upload through, and names the verb refuses (lib/documents/file-name.ts) reach it", async () => {
    expect(await refusalOf(action(uploadBody("Lettre de demande (version 2).pdf")))).toBeNull();
    expect(await refusalOf(action(uploadBody("facture\u202Efdp.exe.pdf")))).toBeNull();
  });
});

describe("malformed server action payloads", () => {
  it.each([
    ["text that is not JSON", "not json", "text/plain;charset=UTF-8"],
    ["arguments without a form, as JSON", '[null,1]', "text/plain;charset=UTF-8"],
    ["an unknown content type", "[]", "application/json"],
    ["a multipart body cut short", `--${BOUNDARY}\r\nContent-Disposition: form-data; name="0"\r\n\r\n[]`, `multipart/form-data; boundary=${BOUNDARY}`],
    ["a multipart body with another boundary", uploadBody("a.pdf").toString(), "multipart/form-data; boundary=somethingElse"],
    ["a multipart body whose arguments are not a list", uploadBody("a.pdf", "{}").toString(), `multipart/form-data; boundary=${BOUNDARY}`],
    ["a multipart body whose arguments do not end with a form", uploadBody("a.pdf", "[1,2]").toString(), `multipart/form-data; boundary=${BOUNDARY}`],
    ["a multipart body without its arguments", `--${BOUNDARY}\r\nContent-Disposition: form-data; name="_1_a"\r\n\r\nb\r\n--${BOUNDARY}--\r\n`, `multipart/form-data; boundary=${BOUNDARY}`],
  ])("%s: 400", async (_label, body, contentType) => {
    expect(await refusalOf(action(body, contentType))).toEqual({ status: 400, message: "errors.requestUnreadable" });
  });

  it("lets a form's arguments through, whatever the state before it", async () => {
    expect(await refusalOf(action(uploadBody("a.pdf", '[null,"$K1"]')))).toBeNull();
    expect(await refusalOf(action(uploadBody("a.pdf", '[{"ok":false,"message":"stale","values":{"a":"b"}},"$K1"]')))).toBeNull();
    expect(await refusalOf(action(uploadBody("a.pdf", '["$K1"]'), undefined, { "next-action": FORM_ONLY_ACTION_ID }))).toBeNull();
    // An action that uses none of its arguments reads none: whatever comes is left unread.
    expect(await refusalOf(action("[]", "text/plain;charset=UTF-8", { "next-action": NO_ARGUMENT_ACTION_ID }))).toBeNull();
    expect(await refusalOf(action(uploadBody("a.pdf", '["$K1"]'), undefined, { "next-action": NO_ARGUMENT_ACTION_ID }))).toBeNull();
  });

  it.each([
    ["a form's action given something else than a form", FORM_ONLY_ACTION_ID, '[{"a":1}]'],
    ["a form's action given nothing", FORM_ONLY_ACTION_ID, "[]"],
    ["the previous state and no form", ACTION_ID, "[null]"],
  ])("%s: 400", async (_label, id, root) => {
    expect(await refusalOf(action(uploadBody("a.pdf", root), undefined, { "next-action": id }))).toEqual({ status: 400, message: "errors.requestUnreadable" });
  });

  it("reads a form posted without JavaScript as the framework will, and refuses one it cannot read", async () => {
    const form = post(uploadBody("lettre.pdf"), { "content-type": `multipart/form-data; boundary=${BOUNDARY}` });
    expect(await refusalOf(form)).toBeNull();
    const broken = post("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb", { "content-type": "multipart/form-data; boundary=x" });
    expect(await refusalOf(broken)).toEqual({ status: 400, message: "errors.requestUnreadable" });
  });
});

describe("sizes", () => {
  it("refuses a body above the limit by its announced length, with 413, without reading it", async () => {
    const request = new Request(`http://${HOST}/requests/1`, {
      method: "POST",
      headers: { host: HOST, origin: `https://${HOST}`, "next-action": ACTION_ID, "content-length": String(31 * 1024 * 1024) },
      body: "never read",
    });
    expect(await refusalOf(request)).toEqual({ status: 413, message: "errors.requestTooLarge" });
    expect(REQUEST_BODY_LIMIT_BYTES).toBe(30 * 1024 * 1024);
  });

  it("refuses a body whose length is not announced (411)", async () => {
    const chunked = new Request(`http://${HOST}/requests/1`, {
      method: "POST",
      headers: { host: HOST, origin: `https://${HOST}`, "next-action": ACTION_ID, "transfer-encoding": "chunked" },
      body: "[]",
    });
    expect(await refusalOf(chunked)).toEqual({ status: 411, message: "errors.requestUnreadable" });
  });
});

describe("origins", () => {
  const target = { host: HOST, forwardedHost: null };

  it("refuses another site's POST and a null origin with 403; reads are let through", async () => {
    for (const origin of ["https://evil.example", "null", "not a url", `https://${HOST}.evil.example`]) {
      expect(await refusalOf(action("[]", "text/plain", { origin }))).toEqual({ status: 403, message: "errors.originRefused" });
    }
    const read = new Request(`http://${HOST}/requests`, { headers: { host: HOST, origin: "https://evil.example" } });
    expect(await refusalOf(read)).toBeNull();
  });

  it("accepts the host the request was sent to, or the one the reverse proxy forwarded; no origin at all is not a browser's", () => {
    expect(originAllowed(`https://${HOST}`, target, null)).toBe(true);
    expect(originAllowed("https://mla.ministere.example", { host: "127.0.0.1:3000", forwardedHost: "mla.ministere.example" }, null)).toBe(true);
    expect(originAllowed(null, target, null)).toBe(true);
  });

  it("with APP_URL set, accepts only its origin, whatever Host and X-Forwarded-Host say", async () => {
    process.env.APP_URL = "https://mla.ministere.example/";
    const form = uploadBody("a.pdf");
    expect(await refusalOf(action(form, undefined, { origin: "https://mla.ministere.example" }))).toBeNull();
    const forged = action(form, undefined, { origin: "https://evil.example", host: "evil.example", "x-forwarded-host": "evil.example" });
    expect(await refusalOf(forged)).toEqual({ status: 403, message: "errors.originRefused" });
    expect(await refusalOf(action(form, undefined, { origin: `https://${HOST}` }))).toEqual({ status: 403, message: "errors.originRefused" });
  });

  it("lets the identity provider post its answer back to Auth.js", async () => {
    const callback = post("code=1&state=2", { origin: "https://sso.example", "content-type": "application/x-www-form-urlencoded" }, "/api/auth/callback/oidc");
    expect(await refusalOf(callback)).toBeNull();
  });
});

describe("the answer", () => {
  it("is plain text in the visitor's language, their choice first", async () => {
    const refusal = { status: 413 as const, message: "errors.requestTooLarge" };
    const english = await refusalResponse(refusal, { headers: new Headers({ "accept-language": "en-GB,en" }), cookies: new Map() });
    expect(english.status).toBe(413);
    expect(english.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await english.text()).toBe("This submission is larger than 30 MB and was not received. Send fewer or smaller files at once.");
    const chosen = new Map([["mla_locale", { value: "fr" }]]);
    const french = await refusalResponse({ status: 400, message: "documents.errors.fileNameInvalid" }, { headers: new Headers({ "accept-language": "en" }), cookies: chosen });
    expect(await french.text()).toMatch(/^Le nom du fichier/);
  });
});

/** The file name Next.js's own parser hands to a server action (it does not keep paths). */
function frameworkFileName(body: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const parser = busboy({ headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}` }, defParamCharset: "utf8" });
    parser.on("file", (_name, stream, info) => {
      stream.resume();
      resolve(info.filename);
    });
    parser.on("error", reject);
    parser.end(body);
  });
}
