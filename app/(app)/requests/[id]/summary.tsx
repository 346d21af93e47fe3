import { Fragment, type ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/get-formatter";
import { CALENDAR_DATE, calendarDate } from "@/lib/dates";
import { fieldLabelKey, type RequestField } from "@/lib/requests/field-labels";
import type { RequestView } from "@/lib/requests/get-request";

type Request = RequestView["request"];
type Translate = Awaited<ReturnType<typeof getTranslations>>;
type Format = Awaited<ReturnType<typeof getFormatter>>;

interface Render {
  t: Translate;
  format: Format;
  /** A free text as written, or "not provided". */
  text: (value: string | null) => ReactNode;
}

/**
 * One term of the summary: a field of the request, labelled by its one label (the form and the
 * checklist use the same), or a line that gathers several fields under a label of the page.
 */
export interface SummaryRow {
  field?: RequestField;
  /** The message key of the term. */
  label: string;
  /** Shown only when this holds (e.g. the reasons for urgency of an urgent request). */
  when?: (r: Request) => boolean;
  value: (r: Request, render: Render) => ReactNode;
  /** Free text kept as written (line breaks). */
  long?: boolean;
}

const fieldRow = (field: RequestField, rest: Omit<SummaryRow, "field" | "label">): SummaryRow => ({ field, label: fieldLabelKey(field), ...rest });

/** The body of the request as the foreign authority reads it, in the order of the letter. */
export const SUMMARY_ROWS: SummaryRow[] = [
  fieldRow("legalBasis", { value: (r, { t }) => t(`legalBases.${r.legalBasis}`) }),
  fieldRow("legalBasisDetail", { long: true, value: (r, { text }) => text(r.legalBasisDetail) }),
  fieldRow("channel", { value: (r, { t }) => t(`channels.${r.channel}`) }),
  {
    label: "requestPage.summary.transmission",
    value: (r, { t, format }) =>
      r.transmittedAt ? (
        <>
          <time dateTime={r.transmittedAt.toISOString()}>{format.dateTime(r.transmittedAt, { dateStyle: "long" })}</time>
          {r.transmissionChannel && <> — {t(`channels.${r.transmissionChannel}`)}</>}
        </>
      ) : (
        <span className="muted">{t("requestPage.summary.notTransmitted")}</span>
      ),
  },
  fieldRow("urgency", { value: (r, { t }) => t(`urgencies.${r.urgency}`) }),
  fieldRow("urgencyReasons", { when: (r) => r.urgency !== "normal" || Boolean(r.urgencyReasons), long: true, value: (r, { text }) => text(r.urgencyReasons) }),
  fieldRow("targetDate", {
    value: (r, { format, text }) =>
      r.targetDate ? <time dateTime={r.targetDate}>{format.dateTime(calendarDate(r.targetDate), CALENDAR_DATE)}</time> : text(null),
  }),
  fieldRow("confidential", {
    value: (r, { t }) => (r.confidential ? t("requestPage.summary.confidentialYes") : t("requestPage.summary.confidentialNo")),
  }),
  fieldRow("confidentialityReasons", {
    when: (r) => r.confidential || Boolean(r.confidentialityReasons),
    long: true,
    value: (r, { text }) => text(r.confidentialityReasons),
  }),
  fieldRow("summaryOfFacts", { long: true, value: (r, { text }) => text(r.summaryOfFacts) }),
  fieldRow("offencesAndPenalties", { long: true, value: (r, { text }) => text(r.offencesAndPenalties) }),
  fieldRow("contactPoint", { long: true, value: (r, { text }) => text(r.contactPoint) }),
];

/** The body of the request as the foreign authority reads it: basis, channel, urgency, facts, contact. */
export async function RequestPageSummary({ view }: { view: RequestView }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const r = view.request;
  const text = (value: string | null) => (value?.trim() ? value : <span className="muted">{t("requestPage.summary.notProvided")}</span>);
  return (
    <>
      {view.childAtRisk && (
        <p className="alert alert-error" data-child-at-risk>
          {t("requestPage.summary.childAtRisk")}
        </p>
      )}
      <dl className="facts rp-summary">
      {SUMMARY_ROWS.filter((row) => !row.when || row.when(r)).map((row) => (
        <Fragment key={row.label}>
          <dt>{t(row.label)}</dt>
          <dd className={row.long ? "rp-text" : undefined}>{row.value(r, { t, format, text })}</dd>
        </Fragment>
      ))}
      </dl>
    </>
  );
}
