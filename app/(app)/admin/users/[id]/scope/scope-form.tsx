"use client";

import { useActionState } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { ActionState } from "@/app/_lib/action-state";
import { FieldErrors } from "@/app/_components/field-errors";
import { managerScopeAction } from "./actions";

export interface UnitGroup {
  code: string;
  country: string;
  units: { id: string; name: string }[];
}

interface Props {
  userId: string;
  /** The manager's own unit: always theirs, shown checked and fixed. */
  ownUnitId: string | null;
  unitGroups: UnitGroup[];
  countries: { code: string; name: string }[];
  unitIds: string[];
  countryCodes: string[];
}

/** The units whose requests a manager oversees and the countries whose incoming requests they receive. */
export function ScopeForm({ userId, ownUnitId, unitGroups, countries, unitIds, countryCodes }: Props) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState<ActionState, FormData>(managerScopeAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={formAction} className="stack" noValidate>
      {state?.ok && (
        <p role="status" className="alert alert-success">
          {t("scopes.saved")}
        </p>
      )}
      {failed && (
        <p role="alert" className="alert alert-error">
          {t.has(`errors.${failed.message}`) ? t(`errors.${failed.message}`) : t("errors.unexpected")}
        </p>
      )}
      <input type="hidden" name="userId" value={userId} />
      <fieldset className="rp-fieldset" aria-describedby="scope-units-help scope-units-errors">
        <legend>{t("scopes.units.legend")}</legend>
        <p id="scope-units-help" className="help">
          {t("scopes.units.help")}
        </p>
        {unitGroups.map((group) => (
          <fieldset key={group.code} className="sc-group">
            <legend>{group.country}</legend>
            {group.units.map((unit) => {
              const own = unit.id === ownUnitId;
              return (
                <label key={unit.id} className="rp-choice sc-choice">
                  {/* A disabled box is not sent: the manager's own unit needs no row (the verb ignores it anyway). */}
                  <input type="checkbox" name="unitIds" value={unit.id} defaultChecked={own || unitIds.includes(unit.id)} disabled={own} />
                  <span>
                    {unit.name}
                    {own && <span className="muted"> ({t("scopes.units.own")})</span>}
                  </span>
                </label>
              );
            })}
          </fieldset>
        ))}
        <FieldErrors id="scope-units-errors" keys={failed?.fields?.unitIds} />
      </fieldset>
      <fieldset className="rp-fieldset" aria-describedby="scope-countries-help scope-countries-errors">
        <legend>{t("scopes.countries.legend")}</legend>
        <p id="scope-countries-help" className="help">
          {t("scopes.countries.help")}
        </p>
        {countries.length === 0 ? (
          <p className="muted">{t("scopes.countries.none")}</p>
        ) : (
          <div className="sc-countries">
            {countries.map((country) => (
              <label key={country.code} className="rp-choice sc-choice">
                <input type="checkbox" name="countryCodes" value={country.code} defaultChecked={countryCodes.includes(country.code)} />
                <span>{country.name}</span>
              </label>
            ))}
          </div>
        )}
        <FieldErrors id="scope-countries-errors" keys={failed?.fields?.countryCodes} />
      </fieldset>
      <div>
        <button type="submit" className="button primary" disabled={pending}>
          {t("scopes.save")}
        </button>
      </div>
    </form>
  );
}
