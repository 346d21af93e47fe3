import { createHash } from "node:crypto";

/** The SHA-256 of a document's bytes, in lower-case hex: computed at upload, re-checked at download. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
