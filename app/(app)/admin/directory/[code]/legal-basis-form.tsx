"use client";

import { useActionState } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { ActionState } from "@/app/_lib/action-state";
import { FormField, submissionKey } from "@/app/_components/request-form/form-field";
import { TranslatedOptions } from "@/app/_components/translated-options";
import { RECORDED_LEGAL_BASES } from "@/lib/reference/vocabulary";
import { recordLegalBasisAction } from "../actions";

/** Records a convention or reciprocity between this country and another (both ways). */
export function LegalBasisForm({ countryCode, partners }: { countryCode: string; partners: { code: string; name: string }[] }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState<ActionState, FormData>(recordLegalBasisAction, null);
  const failed = state && !state.ok ? state : null;
  // After success the form starts empty again; after a failure it keeps what was typed.
  const values = failed?.values ?? {};
  const issues = failed?.fields ?? {};
  const label = (key: string) => t(`directory.legalBases.${key}`);
  return (
    <form action={formAction} className="stack form-grid" key={submissionKey(state)} aria-labelledby="record-basis-title" noValidate>
      <h3 id="record-basis-title">{label("recordTitle")}</h3>
      <p className="help">{label("recordHelp")}</p>
      {state?.ok && (
        <p role="status" className="alert alert-success">
          {label("recorded")}
        </p>
      )}
      {failed && (
        <p role="alert" className="alert alert-error">
          {t.has(`errors.${failed.message}`) ? t(`errors.${failed.message}`) : t("errors.unexpected")}
        </p>
      )}
      <input type="hidden" name="countryCode" value={countryCode} />
      <FormField id="lb-partnerCode" name="partnerCode" label={label("with")} errors={issues.partnerCode} required>
        {(p) => (
          <select {...p} defaultValue={values.partnerCode ?? ""}>
            <option value="">{t("requests.form.choose")}</option>
            {partners.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="lb-basis" name="basis" label={label("basis")} errors={issues.basis} required>
        {(p) => (
          <select {...p} defaultValue={values.basis ?? ""}>
            <option value="">{t("requests.form.choose")}</option>
            <TranslatedOptions values={RECORDED_LEGAL_BASES} namespace="legalBases" />
          </select>
        )}
      </FormField>
      <FormField id="lb-instrument" name="instrument" label={label("instrument")} help={label("instrumentHelp")} errors={issues.instrument}>
        {(p) => <input {...p} maxLength={2000} defaultValue={values.instrument ?? ""} />}
      </FormField>
      <FormField id="lb-signedOn" name="signedOn" label={label("signedOn")} errors={issues.signedOn}>
        {(p) => <input {...p} type="date" defaultValue={values.signedOn ?? ""} />}
      </FormField>
      <div>
        <button type="submit" className="button primary" disabled={pending}>
          {label("record")}
        </button>
      </div>
    </form>
  );
}
