import { getTranslations } from "next-intl/server";
import { database } from "@/db";
import { REQUESTING_SIDE } from "@/lib/access/request-access";
import { letterLanguagesFor } from "@/lib/letters/languages";
import type { RequestView } from "@/lib/requests/get-request";

/**
 * Links to the request's formal letter, in French and in the requested country's working
 * language. The requesting side signs it and attaches it; the requested side reads it.
 */
export async function RequestPageLetter({ view }: { view: RequestView }) {
  const { request } = view;
  const [t, languages] = await Promise.all([
    getTranslations("letters"),
    letterLanguagesFor(database().db, { requestingCountryCode: view.requestingCountryCode, requestedCountryCode: request.requestedCountryCode }),
  ]);
  const requestingSide = REQUESTING_SIDE.includes(view.relation);
  return (
    <div className="stack">
      <ul className="rp-inline-list">
        {languages.map((language) => (
          <li key={language}>
            <a href={`/api/requests/${request.id}/letter?lang=${language}`} download hrefLang={language} data-letter={language}>
              {t("download", { language: t(`languages.${language}`) })}
            </a>
          </li>
        ))}
      </ul>
      <p className="help">{requestingSide ? t("help") : t("helpRequested")}</p>
      {requestingSide && request.legalBasis === "european_investigation_order" && <p className="help">{t("helpEio")}</p>}
      <p className="help">{t("freeTextNote")}</p>
    </div>
  );
}
