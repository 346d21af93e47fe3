import { Invalid } from "@/lib/errors";
import { detectContentType, type AcceptedContentType } from "./content";
import { checkFileName } from "./file-name";
import { sha256Hex } from "./integrity";

/**
 * Next.js refuses a server action's body above 30 MB (next.config.ts) before any code of
 * ours runs: the files of one submission together stay below, with room for the form's
 * other fields. The upload form checks it before sending; the verb holds to it as well.
 */
export const UPLOAD_MAX_TOTAL_BYTES = 29 * 1024 * 1024;

/** Enough for a letter, its translations and annexes at once; more is a folder, not a submission. */
export const MAX_FILES_PER_UPLOAD = 20;

/** A file that passed every check, ready to be stored. */
export interface CheckedFile {
  name: string;
  contentType: AcceptedContentType;
  bytes: Uint8Array;
  sha256: string;
}

/**
 * Checks one uploaded file — its name, its size, what its bytes are — before anything is
 * written. A refusal is Invalid with the reason under `file` (keys under `documents.errors.`).
 */
export async function checkFile(fileName: unknown, bytes: unknown, maxBytes: number): Promise<CheckedFile> {
  const name = typeof fileName === "string" ? fileName : "";
  if (!(bytes instanceof Uint8Array)) throw new Invalid("invalid", { file: ["fileRequired"] });
  if (bytes.length === 0 && name === "") throw new Invalid("invalid", { file: ["fileRequired"] });
  // A NUL is a hidden character like any other (checkFileName refuses those).
  const checked = checkFileName(name);
  if (bytes.length === 0) throw new Invalid("invalid", { file: ["fileEmpty"] });
  if (bytes.length > maxBytes) throw new Invalid("invalid", { file: ["fileTooLarge"] });
  const contentType = await detectContentType(bytes, checked.extension);
  return { name: checked.name, contentType, bytes, sha256: sha256Hex(bytes) };
}
