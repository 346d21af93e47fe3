import { annexA } from "./annex-a";
import type { LetterDocument, LetterFormat } from "./availability";
import type { FormalDocument } from "./document";
import type { LetterLanguage } from "./languages";
import type { LetterView } from "./letter-view";
import { preservationRequest } from "./preservation-request";
import { reminderLetter } from "./reminder-letter";
import { renderDocx } from "./render-docx";
import { renderPdf } from "./render-pdf";
import { requestLetter } from "./request-letter";

/** What each document says (its content module), and how each format prints it: two writers of one content. */
const CONTENT: Record<LetterDocument, (letter: LetterView, language: LetterLanguage) => FormalDocument> = {
  letter: requestLetter,
  "annex-a": annexA,
  preservation: preservationRequest,
  reminder: reminderLetter,
};

const FILES: Record<LetterFormat, { contentType: string; render: (document: FormalDocument) => Promise<Buffer> }> = {
  pdf: { contentType: "application/pdf", render: renderPdf },
  docx: { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", render: renderDocx },
};

/** One document of a request as a file; the caller has checked that it applies (`whyNotAvailable`). */
export async function renderLetterDocument(letter: LetterView, document: LetterDocument, language: LetterLanguage, format: LetterFormat) {
  const file = FILES[format];
  const bytes = await file.render(CONTENT[document](letter, language));
  return { bytes, contentType: file.contentType, fileName: `${safeFileName(letter.reference)}_${document}_${language}.${format}` };
}

/** References are MLA-<year>-<cc>-<cc>-<nnnn>; anything else is replaced so the header stays valid. */
function safeFileName(reference: string): string {
  return reference.replace(/[^A-Za-z0-9._-]/g, "_");
}
