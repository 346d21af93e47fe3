import { useState } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import { FieldErrors } from "@/app/_components/field-errors";
import { TranslatedOptions } from "@/app/_components/translated-options";
import { LIMITS } from "@/lib/requests/schemas";
import {
  DATA_CATEGORIES, MEASURE_DETAIL_FIELDS, RECORDING_MODES, type DetailField, type MeasureDetails,
} from "@/lib/requests/measure-details";
import { MEASURE_STATUSES, MEASURE_TYPES, type MeasureType } from "@/lib/requests/vocabulary";

/**
 * A measure's values as the form starts from: the stored measure (details as stored), or what a
 * failed submission sent (flat strings, details under `details.<name>`).
 */
export type MeasureFormValues = { type?: string; description?: string; justification?: string; details?: MeasureDetails } | Record<string, string>;

/** The form names of a measure's detail fields: their errors show next to them. */
export const DETAIL_FORM_FIELDS = [...new Set(Object.values(MEASURE_DETAIL_FIELDS).flat().map((field) => `details.${field.name}`))];

/** What the drafter says of a measure: its type, what is asked, the type's own details, and why the evidence is there. */
export function MeasureFields({ id, values, fields = {} }: { id: string; values: MeasureFormValues; fields?: Record<string, string[]> }) {
  const t = useTranslations();
  // The details asked for follow the type chosen.
  const [type, setType] = useState(typeof values.type === "string" ? values.type : "");
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-type`}>{t("fields.type")}</label>
        <select
          id={`${id}-type`}
          name="type"
          defaultValue={values.type ?? ""}
          onChange={(e) => setType(e.target.value)}
          aria-describedby={`${id}-type-errors`}
        >
          <option value="" disabled>
            {t("requestPage.chooseOne")}
          </option>
          <TranslatedOptions values={MEASURE_TYPES} namespace="measureTypes" />
        </select>
        <FieldErrors id={`${id}-type-errors`} keys={fields.type} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>{t("fields.description")}</label>
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
      <DetailFields id={id} type={type} values={values} fields={fields} />
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

/** The chosen type's details, grouped under one legend; nothing to fill in for a type without any. */
function DetailFields({ id, type, values, fields }: { id: string; type: string; values: MeasureFormValues; fields: Record<string, string[]> }) {
  const t = useTranslations("requestPage.measures.details");
  const known = (MEASURE_TYPES as readonly string[]).includes(type);
  const list = known ? MEASURE_DETAIL_FIELDS[type as MeasureType] : [];
  return (
    <fieldset className="rp-measure-details" data-measure-details={type || undefined}>
      <legend>{t("legend")}</legend>
      {!known ? (
        <p className="help">{t("chooseTypeFirst")}</p>
      ) : list.length === 0 ? (
        <p className="help">{t("none")}</p>
      ) : (
        <div className="form-grid">
          {list.map((field) => (
            <DetailInput key={`${type}-${field.name}`} id={`${id}-d-${field.name}`} field={field} value={initialValue(values, field)} errors={fields[`details.${field.name}`]} />
          ))}
        </div>
      )}
    </fieldset>
  );
}

/** A detail's starting value: what a failed submission sent, else what is stored. */
function initialValue(values: MeasureFormValues, field: DetailField): string | string[] | boolean {
  const sent = (values as Record<string, unknown>)[`details.${field.name}`];
  if (typeof sent === "string") {
    if (field.kind === "flag") return sent === "on" || sent === "true";
    if (field.kind === "categories") return sent.split(",").filter(Boolean);
    return sent;
  }
  const stored = "details" in values && typeof values.details === "object" ? values.details[field.name] : undefined;
  if (stored === undefined) return field.kind === "flag" ? false : field.kind === "categories" ? [] : "";
  return Array.isArray(stored) && field.kind === "list" ? stored.join("\n") : stored;
}

function DetailInput({ id, field, value, errors }: { id: string; field: DetailField; value: string | string[] | boolean; errors?: string[] }) {
  const t = useTranslations();
  const name = `details.${field.name}`;
  const label = t(`measureDetails.${field.name}`);
  const help = t.has(`requestPage.measures.details.help.${field.name}`)
    ? t(`requestPage.measures.details.help.${field.name}`)
    : field.kind === "list"
      ? t("requestPage.measures.details.listHelp")
      : null;
  const describedBy = `${help ? `${id}-help ` : ""}${id}-errors`;
  const invalid = errors?.length ? true : undefined;
  const text = typeof value === "string" ? value : "";
  const helpText = help && (
    <p id={`${id}-help`} className="help">
      {help}
    </p>
  );
  const wide = field.kind === "text" || field.kind === "list" || field.kind === "categories" ? " rq-wide" : "";

  if (field.kind === "flag") {
    return (
      <div className="field rq-check">
        <input id={id} name={name} type="checkbox" defaultChecked={value === true} aria-describedby={describedBy} aria-invalid={invalid} />
        <label htmlFor={id}>{label}</label>
        {helpText}
        <FieldErrors id={`${id}-errors`} keys={errors} />
      </div>
    );
  }
  if (field.kind === "categories") {
    const ticked = Array.isArray(value) ? value : [];
    return (
      <fieldset className={`field${wide}`} aria-describedby={describedBy}>
        <legend>{label}</legend>
        {DATA_CATEGORIES.map((category) => (
          <div key={category} className="rq-check">
            <input id={`${id}-${category}`} name={name} type="checkbox" value={category} defaultChecked={ticked.includes(category)} />
            <label htmlFor={`${id}-${category}`}>{t(`dataCategories.${category}`)}</label>
          </div>
        ))}
        {helpText}
        <FieldErrors id={`${id}-errors`} keys={errors} />
      </fieldset>
    );
  }
  return (
    <div className={`field${wide}`}>
      <label htmlFor={id}>
        {label}
        {field.required && <span className="rq-required"> ({t("requestPage.measures.details.required")})</span>}
      </label>
      {field.kind === "recording" ? (
        <select id={id} name={name} defaultValue={text} aria-describedby={describedBy} aria-invalid={invalid}>
          <option value="">{t("requestPage.measures.details.notSpecified")}</option>
          <TranslatedOptions values={RECORDING_MODES} namespace="recordingModes" />
        </select>
      ) : field.kind === "date" ? (
        <input id={id} name={name} type="date" defaultValue={text} aria-describedby={describedBy} aria-invalid={invalid} />
      ) : field.kind === "line" ? (
        <input id={id} name={name} maxLength={LIMITS.short} autoComplete="off" defaultValue={text} aria-describedby={describedBy} aria-invalid={invalid} />
      ) : (
        <textarea
          id={id}
          name={name}
          rows={field.kind === "list" ? 4 : 3}
          maxLength={field.kind === "list" ? LIMITS.long : LIMITS.medium}
          defaultValue={text}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          aria-required={field.required}
        />
      )}
      {helpText}
      <FieldErrors id={`${id}-errors`} keys={errors} />
    </div>
  );
}

/** What the requested side reports on a measure: where it stands and what came of it. */
export function ReportFields({ id, values, fields = {} }: { id: string; values: { status?: string; resultNote?: string }; fields?: Record<string, string[]> }) {
  const t = useTranslations();
  return (
    <div className="rp-field-row">
      <div className="field">
        <label htmlFor={`${id}-status`}>{t("fields.status")}</label>
        <select id={`${id}-status`} name="status" defaultValue={values.status} aria-describedby={`${id}-status-errors`}>
          <TranslatedOptions values={MEASURE_STATUSES} namespace="measureStatuses" />
        </select>
        <FieldErrors id={`${id}-status-errors`} keys={fields.status} />
      </div>
      <div className="field rp-grow">
        <label htmlFor={`${id}-note`}>{t("fields.resultNote")}</label>
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
