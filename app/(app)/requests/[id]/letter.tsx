import { getTranslations } from "next-intl/server";
import { database } from "@/db";
import { REQUESTING_SIDE } from "@/lib/access/request-access";
import { availableDocuments, documentFactsOf, LETTER_FORMATS, type LetterDocument } from "@/lib/letters/availability";
import { letterLanguagesFor } from "@/lib/letters/languages";
import type { RequestView } from "@/lib/requests/get-request";
import { LetterLinks, type LetterEntry } from "./letter-view";

/** The message key of each document's name and of the help that goes with it. */
const DOCUMENT_TEXTS: Record<LetterDocument, { name: string; help: string | null }> = {
  letter: { name: "documents.letter", help: null },
  "annex-a": { name: "documents.annexA", help: "helpAnnexA" },
  preservation: { name: "documents.preservation", help: "helpPreservation" },
  reminder: { name: "documents.reminder", help: "helpReminder" },
};

/**
 * The documents of the request to sign, in French and in the requested country's working
 * language, each as a PDF to print and an editable DOCX: the letter always, and the EIO
 * form, the preservation request and the reminder when they apply (lib/letters/availability.ts).
 * The requesting side signs them and attaches them; the requested side reads them.
 */
export async function RequestPageLetter({ view }: { view: RequestView }) {
  const { request } = view;
  const [t, languages] = await Promise.all([
    getTranslations("letters"),
    letterLanguagesFor(database().db, { requestingCountryCode: view.requestingCountryCode, requestedCountryCode: request.requestedCountryCode }),
  ]);
  const requestingSide = REQUESTING_SIDE.includes(view.relation);
  const documents = availableDocuments(documentFactsOf(view));
  const entries = documents.map((document): LetterEntry => {
    const { name, help } = DOCUMENT_TEXTS[document];
    return {
      document,
      name: t(name),
      help: help && requestingSide ? t(help) : null,
      languages: languages.map((language) => ({
        language,
        name: t(`languages.${language}`),
        links: LETTER_FORMATS.map((format) => ({
          format,
          href: `/api/requests/${request.id}/letter?kind=${document}&format=${format}&lang=${language}`,
          text: t(`formats.${format}`),
          label: t("download", { document: t(name), language: t(`languages.${language}`), format: t(`formats.${format}`) }),
        })),
      })),
    };
  });
  return (
    <div className="stack">
      <LetterLinks documents={entries} />
      <p className="help">{requestingSide ? t("help") : t("helpRequested")}</p>
      <p className="help">{t("helpFormats")}</p>
      <p className="help">{t("freeTextNote")}</p>
    </div>
  );
}
