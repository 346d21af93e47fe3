"use client";

import { useActionState } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { ActionState } from "@/app/_lib/action-state";
import { RequestVersionFields } from "@/app/_components/request-version-fields";
import type { MeasureDetails } from "@/lib/requests/measure-details";
import type { DeliveryView } from "@/lib/requests/deliveries";
import { failureFor, RequestPageFormAlert } from "./form-alert";
import { measureAction } from "./actions";
import { DETAIL_FORM_FIELDS, MeasureFields, ReportFields } from "./measure-fields";
import { DeliveryForm, MeasureDeadline, MeasureDeliveries, MeasureDetailsList, type DeliverableDocument, type MeasureDeadlineView } from "./measure-parts";
import { SubmitButton, useIsLatestAnswer } from "./pending-writes";
import { RemoveItemForm } from "./remove-item-form";

export interface MeasureItem {
  id: string;
  type: string;
  description: string;
  /** Why the evidence is in the requested State (the checklist asks it of every measure). */
  justification: string;
  status: string;
  resultNote: string;
  /** The type's structured details (lib/requests/measure-details.ts). */
  details: MeasureDetails;
  /** The measure's own clock (a date it set, or its type's default length), once the request is sent. */
  deadline: MeasureDeadlineView | null;
  deliveries: DeliveryView[];
}

interface Props {
  requestId: string;
  version: number;
  measures: MeasureItem[];
  canEdit: boolean;
  canReport: boolean;
  /** The evidence documents the requested side may still deliver (each on its own measure, or on any). */
  deliverable: DeliverableDocument[];
}

const INLINE_FIELDS = ["type", "description", "justification", "status", "resultNote", ...DETAIL_FORM_FIELDS] as const;
const DELIVERY_FIELDS = ["deliveredOn", "note", "documentIds", "final"] as const;
const SETTLED = ["returned", "not_executable"];

/**
 * The measures asked: the drafter adds, edits and removes them, each with its type's
 * details; the requested side reports on each and records what it delivers, in parts.
 */
export function MeasuresSection({ requestId, version, measures, canEdit, canReport, deliverable }: Props) {
  const t = useTranslations();
  const [state, formAction] = useActionState<ActionState, FormData>(measureAction, null);
  const latest = useIsLatestAnswer(state);
  const nonce = state?.values?.nonce ?? "";
  const reload = `/requests/${requestId}`;
  const removal = { action: formAction, requestId, version };
  const shownBelow = (s: ActionState) => {
    const intent = s?.values?.intent;
    const listed = measures.some((m) => m.id === s?.values?.measureId);
    return (intent === "add" && canEdit) || ((intent === "edit") && canEdit && listed) || ((intent === "report" || intent === "deliver") && canReport && listed);
  };

  return (
    <div className="stack">
      {state?.ok && latest && (
        <p role="status" className="alert alert-success">
          {t(`requestPage.measures.done.${state.message}`)}
        </p>
      )}
      {/* Failures that no form below shows (a removal, a measure gone meanwhile) are shown here. */}
      <RequestPageFormAlert state={shownBelow(state) ? null : state} reloadHref={reload} />
      {measures.length === 0 ? (
        <p className="muted">{t("requestPage.measures.empty")}</p>
      ) : (
        <ol className="rp-measures">
          {measures.map((measure, index) => {
            const number = index + 1;
            const typeLabel = t.has(`measureTypes.${measure.type}`) ? t(`measureTypes.${measure.type}`) : measure.type;
            const names = { number, type: typeLabel };
            const editFailure = failureFor(state, "edit", "measureId", measure.id);
            const reportFailure = failureFor(state, "report", "measureId", measure.id);
            const deliverFailure = failureFor(state, "deliver", "measureId", measure.id);
            const id = `measure-${measure.id}`;
            return (
              <li key={`${measure.id}-${nonce}`} className="rp-measure" data-measure={measure.type}>
                <div className="rp-item-head">
                  <h3 id={`${id}-title`}>{t("requestPage.measures.heading", names)}</h3>
                  <span className={`badge rp-measure-status rp-measure-${measure.status}`}>
                    {t(`measureStatuses.${measure.status}`)}
                  </span>
                </div>
                {measure.deadline && <MeasureDeadline deadline={measure.deadline} />}
                <dl className="facts">
                  <dt>{t("fields.description")}</dt>
                  <dd className="rp-text">{measure.description}</dd>
                  <MeasureDetailsList type={measure.type} details={measure.details} />
                  <dt>{t("checklists.measureLink.label")}</dt>
                  <dd className="rp-text">{measure.justification || <span className="muted">{t("checklists.measureLink.none")}</span>}</dd>
                  <dt>{t("fields.resultNote")}</dt>
                  <dd className="rp-text">{measure.resultNote || <span className="muted">{t("requestPage.measures.noResult")}</span>}</dd>
                </dl>
                {measure.deliveries.length > 0 && <MeasureDeliveries deliveries={measure.deliveries} />}
                {canEdit && (
                  <div className="rp-row-actions">
                    <details className="rp-details" open={Boolean(editFailure)}>
                      <summary>{t("requestPage.measures.edit", names)}</summary>
                      <form action={formAction} className="stack rp-subform" noValidate>
                        <RequestVersionFields requestId={requestId} version={version} />
                        <input type="hidden" name="intent" value="edit" />
                        <input type="hidden" name="measureId" value={measure.id} />
                        <RequestPageFormAlert state={editFailure} inlineFields={INLINE_FIELDS} reloadHref={reload} />
                        <MeasureFields id={`${id}-edit`} values={editFailure?.values ?? measure} fields={editFailure?.fields} />
                        <div>
                          <SubmitButton className="button primary">{t("requestPage.measures.save", names)}</SubmitButton>
                        </div>
                      </form>
                    </details>
                    <RemoveItemForm kind="measures" id={measure.id} names={names} {...removal} />
                  </div>
                )}
                {canReport && (
                  <form action={formAction} className="stack rp-subform" aria-label={t("requestPage.measures.reportNamed", names)} noValidate>
                    <RequestVersionFields requestId={requestId} version={version} />
                    <input type="hidden" name="intent" value="report" />
                    <input type="hidden" name="measureId" value={measure.id} />
                    <RequestPageFormAlert state={reportFailure} inlineFields={INLINE_FIELDS} reloadHref={reload} />
                    <ReportFields id={`${id}-report`} values={reportFailure?.values ?? measure} fields={reportFailure?.fields} />
                    <div>
                      <SubmitButton className="button primary" aria-label={t("requestPage.measures.reportNamed", names)}>
                        {t("requestPage.measures.report")}
                      </SubmitButton>
                    </div>
                  </form>
                )}
                {canReport && !SETTLED.includes(measure.status) && (
                  <DeliveryForm
                    id={`${id}-deliver`}
                    names={names}
                    action={formAction}
                    requestId={requestId}
                    version={version}
                    measureId={measure.id}
                    documents={deliverable.filter((d) => d.measureId === null || d.measureId === measure.id)}
                    failure={deliverFailure}
                    alert={<RequestPageFormAlert state={deliverFailure} inlineFields={DELIVERY_FIELDS} reloadHref={reload} />}
                  />
                )}
              </li>
            );
          })}
        </ol>
      )}
      {canEdit && (
        <form key={`add-${nonce}`} action={formAction} className="stack rp-subform" aria-labelledby="measure-add-title" noValidate>
          <h3 id="measure-add-title">{t("requestPage.measures.addTitle")}</h3>
          <RequestVersionFields requestId={requestId} version={version} />
          <input type="hidden" name="intent" value="add" />
          <RequestPageFormAlert state={failureFor(state, "add")} inlineFields={INLINE_FIELDS} reloadHref={reload} />
          <MeasureFields id="measure-add" values={failureFor(state, "add")?.values ?? {}} fields={failureFor(state, "add")?.fields} />
          <div>
            <SubmitButton className="button primary">{t("requestPage.measures.add")}</SubmitButton>
          </div>
        </form>
      )}
    </div>
  );
}
