import { fileTypeFromBuffer } from "file-type";
import { Invalid } from "@/lib/errors";

/**
 * The kinds of file a request may carry (docs/product.md, "Checklists and documents"), by the content type detected from the
 * bytes, with the extensions a file of that kind may be named with. Plain text has no
 * magic number: it is recognised as valid UTF-8 without NUL bytes.
 */
export const ACCEPTED_CONTENT = [
  { contentType: "application/pdf", extensions: ["pdf"] },
  { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extensions: ["docx"] },
  { contentType: "application/vnd.oasis.opendocument.text", extensions: ["odt"] },
  { contentType: "image/jpeg", extensions: ["jpg", "jpeg"] },
  { contentType: "image/png", extensions: ["png"] },
  { contentType: "text/plain", extensions: ["txt"] },
] as const;

export type AcceptedContentType = (typeof ACCEPTED_CONTENT)[number]["contentType"];

/** For the file picker's `accept` attribute. */
export const ACCEPTED_EXTENSIONS = ACCEPTED_CONTENT.flatMap((c) => c.extensions.map((e) => `.${e}`));

const refuse = (key: string): never => {
  throw new Invalid("invalid", { file: [key] });
};

/**
 * What the bytes are, whatever the name claims: refused unless on the allow-list and
 * named with a matching extension (a renamed executable, a PDF named .docx). DOCX and
 * ODT are ZIP containers: file-type reads their `[Content_Types].xml` / `mimetype`
 * entries, which is why it is given the whole file, not only its first bytes.
 */
export async function detectContentType(bytes: Uint8Array, extension: string): Promise<AcceptedContentType> {
  const detected = await fileTypeFromBuffer(bytes);
  const contentType = detected ? detected.mime : isPlainText(bytes) ? "text/plain" : undefined;
  const accepted = ACCEPTED_CONTENT.find((c) => c.contentType === contentType);
  if (!accepted) return refuse("fileTypeNotAllowed");
  if (!(accepted.extensions as readonly string[]).includes(extension)) refuse("fileExtensionMismatch");
  return accepted.contentType;
}

function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The extension a download of this content type is named with. */
export function extensionFor(contentType: string): string {
  return ACCEPTED_CONTENT.find((c) => c.contentType === contentType)?.extensions[0] ?? "bin";
}

/** The Content-Type header of a download: text is declared UTF-8 so that browsers do not guess. */
export function downloadContentType(contentType: string): string {
  return contentType === "text/plain" ? "text/plain; charset=utf-8" : contentType;
}
