import { Invalid } from "@/lib/errors";

/** Long enough for any real name; a longer one is pasted text, not a name. */
export const MAX_FILE_NAME_LENGTH = 200;

/**
 * Control characters (C0, DEL, C1) and the bidirectional overrides that can disguise an
 * extension ("invoice\u202Efdp.exe" reads as "invoiceexe.pdf").
 */
const HIDDEN_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const refuse = (key: string): never => {
  throw new Invalid("invalid", { file: [key] });
};

/**
 * The uploader's file name, checked: it is shown beside the document and never used as a
 * path, yet a name with path characters, hidden characters or no extension is a mistake or
 * an attack, and is refused rather than silently rewritten. Returns the name (NFC) and its
 * extension in lower case. (Next.js's parser of server actions would cut a path to its last
 * segment, and fails on a control character, before this runs: proxy.ts refuses both first,
 * with a 400 — lib/security/action-body.ts.)
 */
export function checkFileName(raw: string): { name: string; extension: string } {
  const name = raw.normalize("NFC");
  if (name.trim() === "") refuse("fileRequired");
  if (name.length > MAX_FILE_NAME_LENGTH) refuse("fileNameTooLong");
  if (/[/\\]/.test(name) || name.includes("..") || HIDDEN_CHARACTERS.test(name) || name !== name.trim()) {
    refuse("fileNameInvalid");
  }
  const dot = name.lastIndexOf(".");
  if (dot <= 0 || dot === name.length - 1) refuse("fileNameNoExtension");
  return { name, extension: name.slice(dot + 1).toLowerCase() };
}
