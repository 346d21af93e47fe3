import { Link } from "@/app/_components/link";
import { getLocale, getTranslations } from "next-intl/server";
import { inLocale } from "@/lib/i18n/locale";
import type { RequestView } from "@/lib/requests/get-request";
import { RequestStatusBadge } from "@/app/_components/requests-status-badge";

/**
 * Who asks whom for what, under which references, and how this request relates to others;
 * then the page's contents (`contents`), so that what to do now comes right after.
 */
export async function RequestPageHeader({ view, contents }: { view: RequestView; contents?: React.ReactNode }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const { request } = view;
  const country = inLocale(locale, { fr: view.requestedCountryFr, en: view.requestedCountryEn });
  const parent = view.related.find((r) => r.kind === "parent");
  const supplementary = view.related.filter((r) => r.kind === "supplementary");
  const urgent = request.urgency !== "normal";

  return (
    <header className="rp-header">
      <p className="rp-eyebrow">{t("requestPage.eyebrow")}</p>
      <div className="rp-title-row">
        <h1>{request.reference}</h1>
        <span>
          <span className="visually-hidden">{t("requestPage.header.statusPrefix")} </span>
          <RequestStatusBadge status={request.status} />
        </span>
        <span className={`badge ${urgent ? "rp-urgent" : "badge-muted"}`}>
          <span className="visually-hidden">{t("requestPage.header.urgencyPrefix")} </span>
          {t(`urgencies.${request.urgency}`)}
        </span>
        {request.confidential && <span className="badge rp-confidential">{t("requestPage.header.confidential")}</span>}
        {view.can.editDraft && (
          <Link href={`/requests/${request.id}/edit`} className="button rp-push">
            {t("requestPage.header.editDraft")}
          </Link>
        )}
      </div>
      <dl className="rp-facts">
        <div className="rp-fact rp-fact-wide">
          <dt>{t("requestPage.header.requested")}</dt>
          <dd>
            {country}
            {request.requestedAuthority && <> — {request.requestedAuthority}</>}
          </dd>
        </div>
        <div className="rp-fact">
          <dt>{t("requestPage.header.requestingUnit")}</dt>
          <dd>{view.requestingUnitName}</dd>
        </div>
        <div className="rp-fact">
          <dt>{t("fields.foreignReference")}</dt>
          <dd>{request.foreignReference || <span className="muted">{t("requestPage.header.notYetKnown")}</span>}</dd>
        </div>
        <div className="rp-fact rp-fact-wide">
          <dt>{t("requestPage.header.case")}</dt>
          <dd>
            {view.can.viewCase ? (
              <Link href={`/cases/${request.caseId}`}>{view.caseReference}</Link>
            ) : (
              view.caseReference
            )}
            {view.caseTitle && <> — {view.caseTitle}</>}
          </dd>
        </div>
        <div className="rp-fact">
          <dt>{t("requestPage.header.createdBy")}</dt>
          <dd>{view.createdByName}</dd>
        </div>
        {parent && (
          <div className="rp-fact">
            <dt>{t("requestPage.header.parent")}</dt>
            <dd>
              <RelatedLink related={parent} />
            </dd>
          </div>
        )}
        {supplementary.length > 0 && (
          <div className="rp-fact">
            <dt>{t("requestPage.header.supplementary")}</dt>
            <dd>
              <ul className="rp-inline-list">
                {supplementary.map((r) => (
                  <li key={r.id}>
                    <RelatedLink related={r} />
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      {contents}
    </header>
  );
}

function RelatedLink({ related }: { related: RequestView["related"][number] }) {
  return (
    <>
      <Link href={`/requests/${related.id}`}>{related.reference}</Link> <RequestStatusBadge status={related.status} />
    </>
  );
}
