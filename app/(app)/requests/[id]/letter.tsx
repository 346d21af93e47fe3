import { getTranslations } from "next-intl/server";
import { database } from "@/db";
import { REQUESTING_SIDE } from "@/lib/access/request-access";
import { availableDocuments, documentFactsOf, LETTER_FORMATS, type LetterDocument } from "@/lib/letters/availability";
import { letterLanguagesFor } from "@/lib/letters/languages";
import type { RequestView } from "@/lib/requests/get-request";

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
  return (
    <div className="stack">
      {documents.map((document) => {
        const { name, help } = DOCUMENT_TEXTS[document];
        return (
          <div key={document} data-document={document}>
            <h3>{t(name)}</h3>
            <ul className="rp-inline-list">
              {languages.map((language) => (
                <li key={language}>
                  <span lang={language}>{t(`languages.${language}`)}</span>
                  {LETTER_FORMATS.map((format) => (
                    <span key={format}>
                      {" · "}
                      <a
                        href={`/api/requests/${request.id}/letter?kind=${document}&format=${format}&lang=${language}`}
                        download
                        hrefLang={language}
                        aria-label={t("download", { document: t(name), language: t(`languages.${language}`), format: t(`formats.${format}`) })}
                        data-language={language}
                        data-format={format}
                      >
                        {t(`formats.${format}`)}
                      </a>
                    </span>
                  ))}
                </li>
              ))}
            </ul>
            {help && requestingSide && <p className="help">{t(help)}</p>}
          </div>
        );
      })}
      <p className="help">{requestingSide ? t("help") : t("helpRequested")}</p>
      <p className="help">{t("helpFormats")}</p>
      <p className="help">{t("freeTextNote")}</p>
    </div>
  );
}
