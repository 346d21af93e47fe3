import type { ReactNode } from "react";
import { useFormatter } from "@/lib/i18n/formatter";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { ActionState } from "@/app/_lib/action-state";
import { FieldErrors } from "@/app/_components/field-errors";
import { RequestVersionFields } from "@/app/_components/request-version-fields";
import { CALENDAR_DATE, calendarDate } from "@/lib/dates";
import { detailEntries, type MeasureDetails } from "@/lib/requests/measure-details";
import type { DeliveryView } from "@/lib/requests/deliveries";
import { LIMITS } from "@/lib/requests/schemas";
import { MEASURE_TYPES, type MeasureType } from "@/lib/requests/vocabulary";
import { SubmitButton } from "./pending-writes";

/** A measure's own clock as the page shows it beside the measure. */
export interface MeasureDeadlineView {
  /** The date field the measure set ("hearingDate"…), or null for its type's default length. */
  dateField: string | null;
  /** The day it falls due (YYYY-MM-DD). */
  dueOn: string;
  state: "running" | "paused" | "met" | "breached" | "stopped";
  daysLeft: number | null;
}

export interface DeliverableDocument {
  id: string;
  name: string;
  measureId: string | null;
}

function useCalendarDate() {
  const format = useFormatter();
  return (iso: string) => format.dateTime(calendarDate(iso), CALENDAR_DATE);
}

/** "Date of the hearing: 12 May 2026 — 10 days left": the measure's date, as a deadline of the request. */
export function MeasureDeadline({ deadline }: { deadline: MeasureDeadlineView }) {
  const t = useTranslations();
  const date = useCalendarDate()(deadline.dueOn);
  const what = deadline.dateField
    ? t("requestPage.measures.deadline", { label: t(`measureDetails.${deadline.dateField}`), date })
    : t("requestPage.measures.defaultDeadline", { date });
  const state =
    deadline.state === "running" && deadline.daysLeft !== null
      ? t("requestPage.measures.deadlineState.running", { days: deadline.daysLeft })
      : t(`requestPage.measures.deadlineState.${deadline.state}`, { days: 0 });
  return (
    <p className={`rp-measure-deadline dl-${deadline.state}`} data-measure-deadline={deadline.dueOn}>
      <strong>{what}</strong> — <span className={`badge dl-state-${deadline.state}`}>{state}</span>
    </p>
  );
}

/** The type's details, as terms of the measure's list: only those filled in. */
export function MeasureDetailsList({ type, details }: { type: string; details: MeasureDetails }) {
  const t = useTranslations();
  const date = useCalendarDate();
  if (!(MEASURE_TYPES as readonly string[]).includes(type)) return null;
  return detailEntries(type as MeasureType, details).map(({ field, value }) => {
    const list = Array.isArray(value) ? value : [];
    let shown: ReactNode;
    switch (field.kind) {
      case "flag":
        shown = t("requestPage.measures.details.yes");
        break;
      case "date":
        shown = <time dateTime={String(value)}>{date(String(value))}</time>;
        break;
      case "categories":
        shown = list.map((c) => t(`dataCategories.${c}`)).join(", ");
        break;
      case "recording":
        shown = t(`recordingModes.${String(value)}`);
        break;
      case "list":
        shown = (
          <ul className={field.name === "questions" ? "rp-questions" : "rq-plain"}>
            {list.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
        );
        break;
      default:
        shown = String(value);
    }
    return [
      <dt key={`${field.name}-t`}>{t(`measureDetails.${field.name}`)}</dt>,
      <dd key={`${field.name}-d`} className="rp-text" data-detail={field.name}>
        {shown}
      </dd>,
    ];
  });
}

/** What the requested side delivered, part by part: the day, the note, the documents. */
export function MeasureDeliveries({ deliveries }: { deliveries: DeliveryView[] }) {
  const t = useTranslations("requestPage.measures.deliveries");
  const date = useCalendarDate();
  return (
    <div className="rp-deliveries">
      <h4>{t("title")}</h4>
      <ol>
        {deliveries.map((delivery) => (
          <li key={delivery.id} data-delivery={delivery.deliveredOn}>
            <p>
              <strong>{t("item", { date: date(delivery.deliveredOn) })}</strong>
              {delivery.final && <span className="badge rp-measure-returned"> {t("final")}</span>}
            </p>
            {delivery.note && <p className="rp-text">{delivery.note}</p>}
            {delivery.documents.length === 0 ? (
              <p className="muted small">{t("noDocument")}</p>
            ) : (
              <ul className="rq-plain">
                {delivery.documents.map((document) => (
                  <li key={document.id}>
                    <a href={`/api/documents/${document.id}`}>{document.name}</a>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The requested side records a delivery: its day, a note, the evidence documents, and whether it is the last. */
export function DeliveryForm({
  id,
  names,
  action,
  requestId,
  version,
  measureId,
  documents,
  failure,
  alert,
}: {
  id: string;
  names: { number: number; type: string };
  action: (form: FormData) => void;
  requestId: string;
  version: number;
  measureId: string;
  documents: DeliverableDocument[];
  failure: ActionState;
  alert: ReactNode;
}) {
  const t = useTranslations();
  const values = failure?.values ?? {};
  const fields = failure?.fields ?? {};
  const ticked = (values.documentIds ?? "").split(",");
  return (
    <details className="rp-details" open={Boolean(failure)}>
      <summary>{t("requestPage.measures.deliveries.formSummary")}</summary>
      <form action={action} className="stack rp-subform" aria-label={t("requestPage.measures.deliveries.formNamed", names)} noValidate>
        <RequestVersionFields requestId={requestId} version={version} />
        <input type="hidden" name="intent" value="deliver" />
        <input type="hidden" name="measureId" value={measureId} />
        {alert}
        <div className="form-grid">
          <div className="field">
            <label htmlFor={`${id}-on`}>{t("requestPage.fields.deliveredOn")}</label>
            <input id={`${id}-on`} name="deliveredOn" type="date" required defaultValue={values.deliveredOn} aria-describedby={`${id}-on-errors`} aria-invalid={fields.deliveredOn ? true : undefined} />
            <FieldErrors id={`${id}-on-errors`} keys={fields.deliveredOn} />
          </div>
          <div className="field rq-wide">
            <label htmlFor={`${id}-note`}>{t("requestPage.fields.note")}</label>
            <textarea id={`${id}-note`} name="note" rows={2} maxLength={LIMITS.long} defaultValue={values.note} aria-describedby={`${id}-note-errors`} />
            <FieldErrors id={`${id}-note-errors`} keys={fields.note} />
          </div>
        </div>
        <fieldset className="field" aria-describedby={`${id}-documents-errors`}>
          <legend>{t("requestPage.measures.deliveries.documentsLegend")}</legend>
          {documents.length === 0 ? (
            <p className="help">{t("requestPage.measures.deliveries.noDeliverable")}</p>
          ) : (
            documents.map((document) => (
              <div key={document.id} className="rq-check">
                <input id={`${id}-doc-${document.id}`} name="documentIds" type="checkbox" value={document.id} defaultChecked={ticked.includes(document.id)} />
                <label htmlFor={`${id}-doc-${document.id}`}>{document.name}</label>
              </div>
            ))
          )}
          <FieldErrors id={`${id}-documents-errors`} keys={fields.documentIds} />
        </fieldset>
        <div className="field rq-check">
          <input id={`${id}-final`} name="final" type="checkbox" defaultChecked={values.final === "on"} aria-describedby={`${id}-final-help`} />
          <label htmlFor={`${id}-final`}>{t("requestPage.measures.deliveries.finalLabel")}</label>
          <p id={`${id}-final-help`} className="help">
            {t("requestPage.measures.deliveries.finalHelp")}
          </p>
        </div>
        <div>
          <SubmitButton className="button primary" aria-label={t("requestPage.measures.deliveries.formNamed", names)}>
            {t("requestPage.measures.deliveries.submit")}
          </SubmitButton>
        </div>
      </form>
    </details>
  );
}
