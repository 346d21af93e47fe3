"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/app/_lib/action-state";
import { FieldErrors } from "@/app/_components/field-errors";
import { failureFor, RequestPageFormAlert } from "@/app/_components/request-page-form-alert";
import { MEASURE_STATUSES, MEASURE_TYPES } from "@/lib/requests/vocabulary";
import { measureAction } from "./actions";

export interface MeasureItem {
  id: string;
  type: string;
  description: string;
  /** Why the evidence is in the requested State (the checklist asks it of every measure). */
  justification: string;
  status: string;
  resultNote: string;
}

interface Props {
  requestId: string;
  version: number;
  measures: MeasureItem[];
  canEdit: boolean;
  canReport: boolean;
}

const INLINE_FIELDS = ["type", "description", "justification", "status", "resultNote"] as const;

/** The measures asked: the drafter adds, edits and removes them; the requested side reports on each. */
export function MeasuresSection({ requestId, version, measures, canEdit, canReport }: Props) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState<ActionState, FormData>(measureAction, null);
  const nonce = state?.values?.nonce ?? "";
  const hidden = (
    <>
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
  const reload = `/requests/${requestId}`;
  const shownBelow = (s: ActionState) => {
    const intent = s?.values?.intent;
    const listed = measures.some((m) => m.id === s?.values?.measureId);
    return (intent === "add" && canEdit) || (intent === "edit" && canEdit && listed) || (intent === "report" && canReport && listed);
  };

  return (
    <div className="stack">
      {state?.ok && (
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
            const id = `measure-${measure.id}`;
            return (
              <li key={`${measure.id}-${nonce}`} className="rp-measure">
                <div className="rp-item-head">
                  <h3 id={`${id}-title`}>{t("requestPage.measures.heading", names)}</h3>
                  <span className={`badge rp-measure-status rp-measure-${measure.status}`}>
                    {t(`measureStatuses.${measure.status}`)}
                  </span>
                </div>
                <dl className="facts">
                  <dt>{t("requestPage.fields.description")}</dt>
                  <dd className="rp-text">{measure.description}</dd>
                  <dt>{t("checklists.measureLink.label")}</dt>
                  <dd className="rp-text">{measure.justification || <span className="muted">{t("checklists.measureLink.none")}</span>}</dd>
                  <dt>{t("requestPage.fields.resultNote")}</dt>
                  <dd className="rp-text">{measure.resultNote || <span className="muted">{t("requestPage.measures.noResult")}</span>}</dd>
                </dl>
                {canEdit && (
                  <div className="rp-row-actions">
                    <details className="rp-details" open={Boolean(editFailure)}>
                      <summary>{t("requestPage.measures.edit", names)}</summary>
                      <form action={formAction} className="stack rp-subform" noValidate>
                        {hidden}
                        <input type="hidden" name="intent" value="edit" />
                        <input type="hidden" name="measureId" value={measure.id} />
                        <RequestPageFormAlert state={editFailure} inlineFields={INLINE_FIELDS} reloadHref={reload} />
                        <MeasureFields
                          id={`${id}-edit`}
                          values={editFailure?.values ?? measure}
                          fields={editFailure?.fields}
                        />
                        <div>
                          <button type="submit" className="button primary" disabled={pending}>
                            {t("requestPage.measures.save", names)}
                          </button>
                        </div>
                      </form>
                    </details>
                    <form action={formAction}>
                      {hidden}
                      <input type="hidden" name="intent" value="remove" />
                      <input type="hidden" name="measureId" value={measure.id} />
                      <button
                        type="submit"
                        className="button small danger"
                        disabled={pending}
                        aria-label={t("requestPage.measures.removeNamed", names)}
                      >
                        {t("requestPage.measures.remove")}
                      </button>
                    </form>
                  </div>
                )}
                {canReport && (
                  <form action={formAction} className="stack rp-subform" aria-label={t("requestPage.measures.reportNamed", names)} noValidate>
                    {hidden}
                    <input type="hidden" name="intent" value="report" />
                    <input type="hidden" name="measureId" value={measure.id} />
                    <RequestPageFormAlert state={reportFailure} inlineFields={INLINE_FIELDS} reloadHref={reload} />
                    <ReportFields id={`${id}-report`} values={reportFailure?.values ?? measure} fields={reportFailure?.fields} />
                    <div>
                      <button
                        type="submit"
                        className="button primary"
                        disabled={pending}
                        aria-label={t("requestPage.measures.reportNamed", names)}
                      >
                        {t("requestPage.measures.report")}
                      </button>
                    </div>
                  </form>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {canEdit && (
        <form key={`add-${nonce}`} action={formAction} className="stack rp-subform" aria-labelledby="measure-add-title" noValidate>
          <h3 id="measure-add-title">{t("requestPage.measures.addTitle")}</h3>
          {hidden}
          <input type="hidden" name="intent" value="add" />
          <RequestPageFormAlert state={failureFor(state, "add")} inlineFields={INLINE_FIELDS} reloadHref={reload} />
          <MeasureFields id="measure-add" values={failureFor(state, "add")?.values ?? {}} fields={failureFor(state, "add")?.fields} />
          <div>
            <button type="submit" className="button primary" disabled={pending}>
              {t("requestPage.measures.add")}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}


function MeasureFields({
  id,
  values,
  fields = {},
}: {
  id: string;
  values: { type?: string; description?: string; justification?: string };
  fields?: Record<string, string[]>;
}) {
  const t = useTranslations();
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-type`}>{t("requestPage.fields.type")}</label>
        <select id={`${id}-type`} name="type" defaultValue={values.type ?? ""} aria-describedby={`${id}-type-errors`}>
          <option value="" disabled>
            {t("requestPage.chooseOne")}
          </option>
          {MEASURE_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`measureTypes.${type}`)}
            </option>
          ))}
        </select>
        <FieldErrors id={`${id}-type-errors`} keys={fields.type} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>{t("requestPage.fields.description")}</label>
        <textarea
          id={`${id}-description`}
          name="description"
          rows={3}
          required
          maxLength={2000}
          defaultValue={values.description}
          aria-invalid={fields.description ? true : undefined}
          aria-describedby={`${id}-description-help ${id}-description-errors`}
        />
        <p id={`${id}-description-help`} className="help">
          {t("requestPage.measures.descriptionHelp")}
        </p>
        <FieldErrors id={`${id}-description-errors`} keys={fields.description} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-justification`}>{t("checklists.measureLink.label")}</label>
        <textarea
          id={`${id}-justification`}
          name="justification"
          rows={2}
          maxLength={2000}
          defaultValue={values.justification}
          aria-invalid={fields.justification ? true : undefined}
          aria-describedby={`${id}-justification-help ${id}-justification-errors`}
        />
        <p id={`${id}-justification-help`} className="help">
          {t("checklists.measureLink.help")}
        </p>
        <FieldErrors id={`${id}-justification-errors`} keys={fields.justification} />
      </div>
    </>
  );
}

function ReportFields({ id, values, fields = {} }: { id: string; values: { status?: string; resultNote?: string }; fields?: Record<string, string[]> }) {
  const t = useTranslations();
  return (
    <div className="rp-field-row">
      <div className="field">
        <label htmlFor={`${id}-status`}>{t("requestPage.fields.status")}</label>
        <select id={`${id}-status`} name="status" defaultValue={values.status} aria-describedby={`${id}-status-errors`}>
          {MEASURE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`measureStatuses.${status}`)}
            </option>
          ))}
        </select>
        <FieldErrors id={`${id}-status-errors`} keys={fields.status} />
      </div>
      <div className="field rp-grow">
        <label htmlFor={`${id}-note`}>{t("requestPage.fields.resultNote")}</label>
        <textarea
          id={`${id}-note`}
          name="resultNote"
          rows={3}
          maxLength={20000}
          defaultValue={values.resultNote}
          aria-invalid={fields.resultNote ? true : undefined}
          aria-describedby={`${id}-note-errors`}
        />
        <FieldErrors id={`${id}-note-errors`} keys={fields.resultNote} />
      </div>
    </div>
  );
}
