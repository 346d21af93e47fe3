/** What a document is to the request (docs/product.md, "Domain"); the checklist rules refer to these types. */
export const DOCUMENT_TYPES = [
  "request_letter",
  "translation",
  "eio_form",
  "annex",
  "reciprocity_undertaking",
  "acknowledgement",
  "returned_evidence",
  "other",
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** Languages a document can be in (ISO 639-1); the requested countries' working languages among them. */
export const DOCUMENT_LANGUAGES = ["fr", "en", "es", "ro", "mg", "fil"] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

/**
 * What is sent to the requested authority: the upload form proposes "shared" for these and
 * "internal" for the rest (working annexes). The uploader decides; the verb defaults to internal.
 */
export const SHARED_BY_DEFAULT: readonly DocumentType[] = ["request_letter", "translation", "eio_form", "reciprocity_undertaking"];
