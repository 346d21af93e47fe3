"use client";

import { useActionState } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { ActionState } from "@/app/_lib/action-state";
import { FieldErrors } from "@/app/_components/field-errors";
import { submissionKey } from "@/app/_components/request-form/form-field";
import { TranslatedOptions } from "@/app/_components/translated-options";
import { LOCALES, ROLES } from "@/lib/access/roles";
import { createUserAction } from "./actions";

export interface UnitOption {
  id: string;
  label: string;
}

export function CreateUserForm({ units }: { units: UnitOption[] }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState<ActionState, FormData>(createUserAction, null);
  const failed = state && !state.ok;
  // After success the form starts empty again; after a failure it keeps what was typed.
  const values = failed ? (state.values ?? {}) : {};
  return (
    // Remounted on each answer: React resets a form after its action, and a select would go back to its first default.
    <form action={formAction} className="stack form-grid" key={submissionKey(state)} noValidate>
      {state?.ok && (
        <p role="status" className="alert alert-success">
          {t("admin.users.created", { email: state.values?.email ?? "" })}
        </p>
      )}
      {failed && (
        <p role="alert" className="alert alert-error">
          {t(`errors.${state.message ?? "unexpected"}`)}
        </p>
      )}
      <div className="field">
        <label htmlFor="new-name">{t("admin.users.name")}</label>
        <input id="new-name" name="name" required maxLength={200} defaultValue={values.name} aria-describedby="new-name-errors" />
        <FieldErrors id="new-name-errors" keys={state?.fields?.name} />
      </div>
      <div className="field">
        <label htmlFor="new-email">{t("admin.users.email")}</label>
        <input id="new-email" name="email" type="email" required maxLength={254} defaultValue={values.email} aria-describedby="new-email-errors" />
        <FieldErrors id="new-email-errors" keys={state?.fields?.email} />
      </div>
      <div className="field">
        <label htmlFor="new-role">{t("admin.users.role")}</label>
        <select id="new-role" name="role" defaultValue={values.role ?? "magistrate"} aria-describedby="new-role-errors">
          <TranslatedOptions values={ROLES} namespace="roles" />
        </select>
        <FieldErrors id="new-role-errors" keys={state?.fields?.role} />
      </div>
      <div className="field">
        <label htmlFor="new-unit">{t("admin.users.unit")}</label>
        <select id="new-unit" name="unitId" defaultValue={values.unitId ?? ""} aria-describedby="new-unit-errors">
          <option value="">{t("admin.users.noUnit")}</option>
          {units.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.label}
            </option>
          ))}
        </select>
        <FieldErrors id="new-unit-errors" keys={state?.fields?.unitId} />
      </div>
      <div className="field">
        <label htmlFor="new-locale">{t("admin.users.locale")}</label>
        <select id="new-locale" name="locale" defaultValue={values.locale ?? "fr"}>
          <TranslatedOptions values={LOCALES} namespace="locales" />
        </select>
      </div>
      <div className="field">
        <label htmlFor="new-password">{t("admin.users.password")}</label>
        <input
          id="new-password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          maxLength={200}
          aria-describedby="new-password-help new-password-errors"
        />
        <p id="new-password-help" className="help">
          {t("admin.users.passwordHelp")}
        </p>
        <FieldErrors id="new-password-errors" keys={state?.fields?.password} />
      </div>
      <div>
        <button type="submit" className="button primary" disabled={pending}>
          {t("admin.users.create")}
        </button>
      </div>
    </form>
  );
}
