"use client";

import { useActionState } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { ActionState } from "@/app/_lib/action-state";
import { FieldErrors } from "@/app/_components/field-errors";
import { FormAnswer } from "@/app/_components/form-answer";
import { editChecklistRuleAction } from "./actions";

export interface RuleValues {
  key: string;
  labelFr: string;
  labelEn: string;
  reasonFr: string;
  reasonEn: string;
  active: boolean;
}

const TEXTS = [
  ["labelFr", "input"],
  ["labelEn", "input"],
  ["reasonFr", "textarea"],
  ["reasonEn", "textarea"],
] as const;

/** One rule's edit form: its texts in both languages, whether it applies, and why it changes. */
export function RuleForm({ rule }: { rule: RuleValues }) {
  const t = useTranslations("referenceData.checklist");
  const [state, formAction, pending] = useActionState<ActionState, FormData>(editChecklistRuleAction, null);
  const failed = state && !state.ok ? state : null;
  const value = (name: keyof RuleValues) => (failed?.values?.[name] ?? String(rule[name]));
  const id = (name: string) => `rule-${rule.key}-${name}`;
  return (
    <form action={formAction} className="stack" aria-label={t("formLabel", { key: rule.key })} noValidate>
      <FormAnswer state={state} done={t("saved")} />
      <input type="hidden" name="key" value={rule.key} />
      {TEXTS.map(([name, kind]) => (
        <div className="field" key={name}>
          <label htmlFor={id(name)}>{t(`fields.${name}`)}</label>
          {kind === "input" ? (
            <input id={id(name)} name={name} required maxLength={200} defaultValue={value(name)} aria-describedby={`${id(name)}-errors`} />
          ) : (
            <textarea id={id(name)} name={name} rows={3} required maxLength={2000} defaultValue={value(name)} aria-describedby={`${id(name)}-errors`} />
          )}
          <FieldErrors id={`${id(name)}-errors`} keys={failed?.fields?.[name]} />
        </div>
      ))}
      <label className="rule-active">
        <input type="checkbox" name="active" defaultChecked={failed ? failed.values?.active === "on" : rule.active} />
        {t("fields.active")}
      </label>
      <div className="field">
        <label htmlFor={id("reason")}>{t("fields.reason")}</label>
        <textarea id={id("reason")} name="reason" rows={2} required maxLength={2000} defaultValue={failed?.values?.reason} aria-describedby={`${id("reason")}-help ${id("reason")}-errors`} />
        <p id={`${id("reason")}-help`} className="help">
          {t("reasonHelp")}
        </p>
        <FieldErrors id={`${id("reason")}-errors`} keys={failed?.fields?.reason} />
      </div>
      <div>
        <button type="submit" className="button primary" disabled={pending} aria-busy={pending || undefined}>
          {pending ? t("saving") : t("save")}
        </button>
      </div>
    </form>
  );
}
