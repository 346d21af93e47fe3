"use client";

import { useActionState } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { ActionState } from "@/app/_lib/action-state";
import { FormField, submissionKey } from "@/app/_components/request-form/form-field";
import { TranslatedOptions } from "@/app/_components/translated-options";
import { UNIT_KINDS } from "@/lib/access/roles";
import { addUnitAction, updateUnitAction } from "./actions";

export interface EditedUnit {
  id: string;
  code: string;
  name: string;
  kind: string;
}

export interface CountryChoice {
  code: string;
  name: string;
}

/**
 * A unit: added with its code and country, then renamed or given another kind (the code and
 * the country stay: they name the unit in requests and in the seed).
 */
export function UnitForm({ unit, countries }: { unit?: EditedUnit; countries?: CountryChoice[] }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState<ActionState, FormData>(unit ? updateUnitAction : addUnitAction, null);
  const failed = state && !state.ok ? state : null;
  const sent = failed?.values ?? {};
  const issues = failed?.fields ?? {};
  const id = (name: string) => `unit-${unit?.id ?? "new"}-${name}`;

  return (
    <form
      action={formAction}
      className="stack form-grid"
      key={submissionKey(state)}
      aria-label={unit ? t("units.edit.formLabel", { code: unit.code }) : undefined}
      noValidate
    >
      {state?.ok && (
        <p role="status" className="alert alert-success">
          {unit ? t("units.edit.saved") : t("units.add.added", { code: state.values?.code ?? "" })}
        </p>
      )}
      {failed && (
        <p role="alert" className="alert alert-error">
          {t.has(`errors.${failed.message}`) ? t(`errors.${failed.message}`) : t("errors.unexpected")}
        </p>
      )}
      {unit ? (
        <input type="hidden" name="unitId" value={unit.id} />
      ) : (
        <>
          <FormField id={id("code")} name="code" label={t("units.fields.code")} help={t("units.fields.codeHelp")} errors={issues.code} required>
            {(p) => <input {...p} maxLength={40} autoCapitalize="characters" defaultValue={sent.code} />}
          </FormField>
          <FormField id={id("countryCode")} name="countryCode" label={t("units.fields.country")} errors={issues.countryCode} required>
            {(p) => (
              <select {...p} defaultValue={sent.countryCode ?? ""}>
                <option value="">{t("units.fields.chooseCountry")}</option>
                {countries?.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </>
      )}
      <FormField id={id("name")} name="name" label={t("units.fields.name")} errors={issues.name} required>
        {(p) => <input {...p} maxLength={200} defaultValue={sent.name ?? unit?.name} />}
      </FormField>
      <FormField id={id("kind")} name="kind" label={t("units.fields.kind")} errors={issues.kind} required>
        {(p) => (
          <select {...p} defaultValue={sent.kind ?? unit?.kind ?? UNIT_KINDS[0]}>
            <TranslatedOptions values={UNIT_KINDS} namespace="unitKinds" />
          </select>
        )}
      </FormField>
      <div>
        <button type="submit" className="button primary" disabled={pending} aria-busy={pending || undefined}>
          {unit ? t("units.edit.save") : t("units.add.submit")}
        </button>
      </div>
    </form>
  );
}
