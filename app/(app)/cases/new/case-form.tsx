"use client";

import { Link } from "@/app/_components/link";
import { useActionState } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { ActionState } from "@/app/_lib/action-state";
import { ErrorSummary, FormField, submissionKey, type ControlProps } from "@/app/_components/request-form/form-field";
import { LIMITS } from "@/lib/requests/schemas";
import { createCaseAction } from "./actions";

const FIELDS = ["reference", "title", "offences", "hardDate", "hardDateLabel"] as const;
type CaseField = (typeof FIELDS)[number];

export function CaseForm() {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState<ActionState, FormData>(createCaseAction, null);
  const submission = submissionKey(state);
  const failed = state && !state.ok ? state : null;
  const values = failed?.values ?? {};
  const issues = failed?.fields ?? {};
  const label = (name: CaseField) => t(`cases.fields.${name}.label`);
  const field = (name: CaseField, required: boolean, control: (p: ControlProps) => React.ReactNode, wide = false) => (
    <FormField id={`case-${name}`} name={name} label={label(name)} help={t(`cases.fields.${name}.help`)} errors={issues[name]} required={required} wide={wide}>
      {control}
    </FormField>
  );

  return (
    <form action={formAction} className="stack rq-form" key={submission} noValidate>
      {failed && (
        <ErrorSummary
          failure={failed}
          message={t.has(`errors.${failed.message}`) ? t(`errors.${failed.message}`) : t("errors.unexpected")}
          items={FIELDS.filter((name) => issues[name]?.length).map((name) => ({ target: `case-${name}`, label: label(name), keys: issues[name] ?? [] }))}
        />
      )}
      <div className="rq-fieldset rq-plain">
        {field("reference", true, (p) => <input {...p} maxLength={LIMITS.short} defaultValue={values.reference ?? ""} autoComplete="off" />)}
        {field("title", true, (p) => <input {...p} maxLength={LIMITS.short} defaultValue={values.title ?? ""} autoComplete="off" />)}
        {field("offences", true, (p) => <textarea {...p} rows={4} maxLength={LIMITS.medium} defaultValue={values.offences ?? ""} />, true)}
        {field("hardDate", false, (p) => <input {...p} type="date" defaultValue={values.hardDate ?? ""} />)}
        {field("hardDateLabel", false, (p) => <input {...p} maxLength={LIMITS.short} defaultValue={values.hardDateLabel ?? ""} />)}
      </div>
      <div className="rq-actions">
        <button type="submit" className="button primary" disabled={pending}>
          {pending ? t("cases.new.creating") : t("cases.new.create")}
        </button>
        <Link href="/cases" className="button">
          {t("cases.new.cancel")}
        </Link>
      </div>
    </form>
  );
}
