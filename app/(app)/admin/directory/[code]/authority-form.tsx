"use client";

import { useActionState } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { ActionState } from "@/app/_lib/action-state";
import { FieldErrors } from "@/app/_components/field-errors";
import { FormField, submissionKey } from "@/app/_components/request-form/form-field";
import { TranslatedOptions } from "@/app/_components/translated-options";
import type { AuthorityEntry } from "@/lib/reference/propose";
import { AUTHORITY_KINDS } from "@/lib/reference/vocabulary";
import { MEASURE_TYPES } from "@/lib/requests/vocabulary";
import { addAuthorityAction, updateAuthorityAction } from "../actions";

type Texts = Record<"name" | "kind" | "address" | "email" | "phone" | "officeHours" | "measureTypes", string>;

/** An authority of a country: added on the country's page, edited on its own. */
export function AuthorityForm({ countryCode, authority }: { countryCode: string; authority?: AuthorityEntry }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState<ActionState, FormData>(authority ? updateAuthorityAction : addAuthorityAction, null);
  const failed = state && !state.ok ? state : null;
  // After adding, the form starts empty again; after a failure it keeps what was typed.
  const values: Partial<Texts> = failed?.values ?? (authority ? { ...authority, measureTypes: authority.measureTypes.join(",") } : {});
  const checked = new Set((values.measureTypes ?? "").split(",").filter(Boolean));
  const issues = failed?.fields ?? {};
  const label = (key: string) => t(`directory.authorities.${key}`);
  const text = (name: "name" | "email" | "phone" | "officeHours", extra: { type?: string; help?: boolean; required?: boolean } = {}) => (
    <FormField id={`au-${name}`} name={name} label={label(name)} help={extra.help ? label(`${name}Help`) : undefined} errors={issues[name]} required={extra.required}>
      {(p) => <input {...p} type={extra.type ?? "text"} maxLength={254} defaultValue={values[name] ?? ""} />}
    </FormField>
  );
  return (
    <form action={formAction} className="stack form-grid" key={submissionKey(state)} noValidate>
      {state?.ok && (
        <p role="status" className="alert alert-success">
          {t("directory.authorities.added", { name: state.values?.name ?? "" })}
        </p>
      )}
      {failed && (
        <p role="alert" className="alert alert-error">
          {t.has(`errors.${failed.message}`) ? t(`errors.${failed.message}`) : t("errors.unexpected")}
        </p>
      )}
      {authority ? <input type="hidden" name="authorityId" value={authority.id} /> : <input type="hidden" name="countryCode" value={countryCode} />}
      {text("name", { required: true })}
      <FormField id="au-kind" name="kind" label={label("kind")} errors={issues.kind} required>
        {(p) => (
          <select {...p} defaultValue={values.kind ?? ""}>
            <option value="">{t("requests.form.choose")}</option>
            <TranslatedOptions values={AUTHORITY_KINDS} namespace="directory.kinds" />
          </select>
        )}
      </FormField>
      <fieldset className="rp-fieldset rq-wide" aria-describedby="au-measureTypes-help au-measureTypes-errors">
        <legend>{label("measureTypes")}</legend>
        <p id="au-measureTypes-help" className="help">
          {label("measureTypesHelp")}
        </p>
        <div className="sc-countries">
          {MEASURE_TYPES.map((type) => (
            <label key={type} className="rp-choice sc-choice">
              <input type="checkbox" name="measureTypes" value={type} defaultChecked={checked.has(type)} />
              <span>{t(`measureTypes.${type}`)}</span>
            </label>
          ))}
        </div>
        <FieldErrors id="au-measureTypes-errors" keys={issues.measureTypes} />
      </fieldset>
      <FormField id="au-address" name="address" label={label("address")} errors={issues.address} wide>
        {(p) => <textarea {...p} rows={2} maxLength={2000} defaultValue={values.address ?? ""} />}
      </FormField>
      {text("email", { type: "email" })}
      {text("phone", { type: "tel" })}
      {text("officeHours", { help: true })}
      <div>
        <button type="submit" className="button primary" disabled={pending}>
          {authority ? label("save") : label("add")}
        </button>
      </div>
    </form>
  );
}
