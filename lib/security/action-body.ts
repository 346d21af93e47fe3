import type { Writable } from "node:stream";
import busboy from "next/dist/compiled/busboy";
import { extractInfoFromServerReferenceId, mightBeServerReferenceId } from "next/dist/shared/lib/server-reference-info";
import { REQUEST_BODY_LIMIT_BYTES } from "./request-limits";

/** Why a body is refused before Next.js reads it: a key under `errors.` or `documents.errors.`. */
export type BodyRefusal = "requestUnreadable" | "fileNameInvalid";

/**
 * Reads a POST's body the way Next.js will, to refuse with a 400 what would make it fail
 * with a 500: a server action's multipart form that its parser (busboy) cannot read — a file
 * name holding a NUL or another control character, a broken boundary — or whose arguments are
 * not what the action takes; a form posted without JavaScript that the platform's FormData
 * parser cannot read. It also refuses a file name carrying a path, which the parser would
 * otherwise cut to its last segment ("../../etc/passwd.pdf" stored as "passwd.pdf") before
 * lib/documents/file-name.ts could refuse it.
 * Returns null when the body is readable. Runs on POSTs only, after the size check.
 */
export async function refuseUnreadableBody(request: Request): Promise<BodyRefusal | null> {
  const contentType = request.headers.get("content-type") ?? "";
  const multipart = /^multipart\/form-data/i.test(contentType);
  const actionId = request.headers.get("next-action");
  if (actionId === null) return multipart ? readPlainForm(request) : null;
  const fits = (root: string | undefined) => root !== undefined && argumentsFit(root, actionId);
  if (multipart) return readActionForm(request, contentType, fits);
  return fits(await request.text()) ? null : "requestUnreadable";
}

async function readPlainForm(request: Request): Promise<BodyRefusal | null> {
  try {
    await request.formData();
    return null;
  } catch {
    return "requestUnreadable";
  }
}

/** The same parser and settings as Next.js's server action handler, but keeping paths in file names. */
function readActionForm(request: Request, contentType: string, fits: (root: string | undefined) => boolean): Promise<BodyRefusal | null> {
  return new Promise((resolve) => {
    let refusal: BodyRefusal | null = null;
    let root: string | undefined;
    let done = false;
    const finish = (answer: BodyRefusal | null) => {
      done = true;
      resolve(answer);
    };
    const parser = busboy({
      headers: { "content-type": contentType },
      preservePath: true,
      defParamCharset: "utf8",
      limits: { fieldSize: REQUEST_BODY_LIMIT_BYTES },
    });
    parser.on("file", (_name, stream, info) => {
      if (/[/\\]/.test(info.filename)) refusal ??= "fileNameInvalid";
      stream.resume();
    });
    parser.on("field", (name, value) => {
      if (name === "0") root = value;
    });
    parser.on("error", () => finish("requestUnreadable"));
    parser.on("close", () => finish(refusal ?? (fits(root) ? null : "requestUnreadable")));
    void pump(request, parser, () => done).catch(() => finish("requestUnreadable"));
  });
}

/** Feeds the body to the parser at its pace (a 30 MB upload is not held twice), until it is done. */
async function pump(request: Request, parser: Writable, stopped: () => boolean): Promise<void> {
  const reader = request.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    if (stopped()) return reader.cancel();
    if (!parser.write(value)) await settled(parser, ["drain", "close", "error"]);
  }
  if (!stopped()) parser.end();
}

/** Waits for the first of these events, then stops listening to all of them. */
function settled(emitter: Writable, events: string[]): Promise<void> {
  return new Promise((resolve) => {
    const go = () => {
      for (const event of events) emitter.off(event, go);
      resolve();
    };
    for (const event of events) emitter.on(event, go);
  });
}

/**
 * Whether React's list of arguments (the reply's root, field "0") is what the action takes.
 * Every server action of this app is a form's: its last argument is the FormData, after the
 * previous state when useActionState calls it. Its id says which arguments it uses (Next.js's
 * client sends only those): the last one it uses must be a form, sent by reference ("$K1");
 * anything else, the action would fail on. Arguments it does not use are never read, whatever
 * they are. (An action taking another kind of last argument would be refused here: keep its
 * inputs in the form.) An id that is not a server action's is left to Next.js (404).
 */
function argumentsFit(root: string, actionId: string): boolean {
  if (!mightBeServerReferenceId(actionId) || !/^[0-9a-f]+$/.test(actionId)) return true;
  const { usedArgs, hasRestArgs } = extractInfoFromServerReferenceId(actionId);
  let args: unknown;
  try {
    args = JSON.parse(root);
  } catch {
    return false;
  }
  if (!Array.isArray(args)) return false;
  // None in this app: which of its arguments are which cannot be told from its id.
  if (hasRestArgs) return true;
  const lastUsed = usedArgs.lastIndexOf(true);
  return lastUsed < 0 || isFormReference(args[lastUsed]);
}

const isFormReference = (arg: unknown) => typeof arg === "string" && /^\$K[0-9a-f]+$/.test(arg);
