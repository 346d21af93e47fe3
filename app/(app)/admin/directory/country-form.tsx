"use client";

import { useActionState } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { ActionState } from "@/app/_lib/action-state";
import { FormField, submissionKey } from "@/app/_components/request-form/form-field";
import { addCountryAction, updateCountryAction } from "./actions";

export interface CountryValues {
  code: string;
  nameFr: string;
  nameEn: string;
  languages: string;
  timeZone: string;
  euMember: boolean;
  budapestPartySince: string;
}

const EMPTY: CountryValues = { code: "", nameFr: "", nameEn: "", languages: "", timeZone: "", euMember: false, budapestPartySince: "" };

/** A country of the directory: added with its code, then corrected (the code stays, it names requests). */
export function CountryForm({ country, timeZones }: { country?: CountryValues; timeZones: string[] }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState<ActionState, FormData>(country ? updateCountryAction : addCountryAction, null);
  const failed = state && !state.ok ? state : null;
  const sent = failed?.values;
  const values: CountryValues = sent ? { ...EMPTY, ...sent, euMember: sent.euMember === "on" } : (country ?? EMPTY);
  const issues = failed?.fields ?? {};
  const text = (name: "nameFr" | "nameEn" | "languages" | "budapestPartySince", extra: { help?: boolean; required?: boolean; type?: string } = {}) => (
    <FormField
      id={`dir-${name}`}
      name={name}
      label={t(`directory.country.${name}`)}
      help={extra.help ? t(`directory.country.${name}Help`) : undefined}
      errors={issues[name]}
      required={extra.required}
    >
      {(p) => <input {...p} type={extra.type ?? "text"} maxLength={200} defaultValue={values[name]} />}
    </FormField>
  );

  return (
    <form action={formAction} className="stack form-grid" key={submissionKey(state)} noValidate>
      {state?.ok && (
        <p role="status" className="alert alert-success">
          {t("directory.country.saved")}
        </p>
      )}
      {failed && (
        <p role="alert" className="alert alert-error">
          {t.has(`errors.${failed.message}`) ? t(`errors.${failed.message}`) : t("errors.unexpected")}
        </p>
      )}
      {country ? (
        <input type="hidden" name="code" value={country.code} />
      ) : (
        <FormField id="dir-code" name="code" label={t("directory.country.code")} help={t("directory.country.codeHelp")} errors={issues.code} required>
          {(p) => <input {...p} maxLength={2} autoCapitalize="characters" defaultValue={values.code} />}
        </FormField>
      )}
      {text("nameFr", { required: true })}
      {text("nameEn", { required: true })}
      {text("languages", { help: true, required: true })}
      <FormField id="dir-timeZone" name="timeZone" label={t("directory.country.timeZone")} help={t("directory.country.timeZoneHelp")} errors={issues.timeZone} required>
        {(p) => <input {...p} list="dir-time-zones" maxLength={100} defaultValue={values.timeZone} />}
      </FormField>
      <datalist id="dir-time-zones">
        {timeZones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <div className="field" role="group" aria-labelledby="dir-euMember-label">
        <span id="dir-euMember-label" className="rq-label">
          {t("directory.country.euMember")}
        </span>
        <div className="rq-check">
          <input id="dir-euMember" name="euMember" type="checkbox" defaultChecked={values.euMember} aria-describedby="dir-euMember-help" />
          <label htmlFor="dir-euMember">{t("directory.country.euMemberCheckbox")}</label>
          <p id="dir-euMember-help" className="help">
            {t("directory.country.euMemberHelp")}
          </p>
        </div>
      </div>
      {text("budapestPartySince", { help: true, type: "date" })}
      <div>
        <button type="submit" className="button primary" disabled={pending}>
          {country ? t("directory.country.save") : t("directory.country.add")}
        </button>
      </div>
    </form>
  );
}
