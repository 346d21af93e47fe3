"use client";

import { useActionState } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { ActionState } from "@/app/_lib/action-state";
import { FormAnswer } from "@/app/_components/form-answer";
import { FormField } from "@/app/_components/request-form/form-field";
import { setRetentionPolicyAction } from "./actions";

/** The retention period and why it changes. */
export function RetentionPolicyForm({ months }: { months: number }) {
  const t = useTranslations("retention.admin.policy");
  const [state, formAction, pending] = useActionState<ActionState, FormData>(setRetentionPolicyAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={formAction} className="stack" noValidate>
      <FormAnswer state={state} done={t("saved")} />
      <FormField id="retention-months" name="months" label={t("months")} help={t("monthsHelp")} errors={failed?.fields?.months} required>
        {(p) => <input {...p} type="number" inputMode="numeric" min={1} max={120} step={1} defaultValue={failed?.values?.months ?? String(months)} />}
      </FormField>
      <FormField id="retention-reason" name="reason" label={t("reason")} help={t("reasonHelp")} errors={failed?.fields?.reason} required>
        {(p) => <textarea {...p} rows={2} maxLength={2000} defaultValue={failed?.values?.reason} />}
      </FormField>
      <div>
        <button type="submit" className="button primary" disabled={pending} aria-busy={pending || undefined}>
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
