import { useTranslations } from "next-intl";
import { FieldErrors } from "@/app/_components/field-errors";
import { TranslatedOptions } from "@/app/_components/translated-options";
import { MEASURE_STATUSES, MEASURE_TYPES } from "@/lib/requests/vocabulary";

/** What the drafter says of a measure: its type, what is asked, and why the evidence is there. */
export function MeasureFields({
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
        <label htmlFor={`${id}-type`}>{t("fields.type")}</label>
        <select id={`${id}-type`} name="type" defaultValue={values.type ?? ""} aria-describedby={`${id}-type-errors`}>
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
