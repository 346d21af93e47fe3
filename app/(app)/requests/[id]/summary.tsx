import { getFormatter, getTranslations } from "next-intl/server";
import { CALENDAR_DATE, calendarDate } from "@/lib/dates";
import type { RequestView } from "@/lib/requests/get-request";

/** The body of the request as the foreign authority reads it: basis, channel, urgency, facts, contact. */
export async function RequestPageSummary({ view }: { view: RequestView }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const r = view.request;
  const notProvided = <span className="muted">{t("requestPage.summary.notProvided")}</span>;
  const text = (value: string | null) => (value?.trim() ? value : notProvided);

  return (
    <dl className="facts rp-summary">
      <dt>{t("requestPage.fields.legalBasis")}</dt>
      <dd>
        {t(`legalBases.${r.legalBasis}`)}
        {r.legalBasisDetail && <span className="rp-text rp-detail">{r.legalBasisDetail}</span>}
      </dd>
      <dt>{t("requestPage.fields.channel")}</dt>
      <dd>{t(`channels.${r.channel}`)}</dd>
      <dt>{t("requestPage.summary.transmission")}</dt>
      <dd>
        {r.transmittedAt ? (
          <>
            <time dateTime={r.transmittedAt.toISOString()}>{format.dateTime(r.transmittedAt, { dateStyle: "long" })}</time>
            {r.transmissionChannel && <> — {t(`channels.${r.transmissionChannel}`)}</>}
          </>
        ) : (
          <span className="muted">{t("requestPage.summary.notTransmitted")}</span>
        )}
      </dd>
      <dt>{t("requestPage.fields.urgency")}</dt>
      <dd>{t(`urgencies.${r.urgency}`)}</dd>
      {(r.urgency !== "normal" || r.urgencyReasons) && (
        <>
          <dt>{t("requestPage.fields.urgencyReasons")}</dt>
          <dd className="rp-text">{text(r.urgencyReasons)}</dd>
        </>
      )}
      <dt>{t("requestPage.fields.targetDate")}</dt>
      <dd>
        {r.targetDate ? (
          <time dateTime={r.targetDate}>{format.dateTime(calendarDate(r.targetDate), CALENDAR_DATE)}</time>
        ) : (
          notProvided
        )}
      </dd>
      <dt>{t("requestPage.fields.confidential")}</dt>
      <dd>{r.confidential ? t("requestPage.summary.confidentialYes") : t("requestPage.summary.confidentialNo")}</dd>
      {(r.confidential || r.confidentialityReasons) && (
        <>
          <dt>{t("requestPage.fields.confidentialityReasons")}</dt>
          <dd className="rp-text">{text(r.confidentialityReasons)}</dd>
        </>
      )}
      <dt>{t("requestPage.fields.summaryOfFacts")}</dt>
      <dd className="rp-text">{text(r.summaryOfFacts)}</dd>
      <dt>{t("requestPage.fields.offencesAndPenalties")}</dt>
      <dd className="rp-text">{text(r.offencesAndPenalties)}</dd>
      <dt>{t("requestPage.fields.contactPoint")}</dt>
      <dd className="rp-text">{text(r.contactPoint)}</dd>
    </dl>
  );
}
