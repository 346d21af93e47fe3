"use client";

import { useActionState } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { ActionState } from "@/app/_lib/action-state";
import { FormField, submissionKey } from "@/app/_components/request-form/form-field";
import { resetSecondFactorAction } from "./actions";

/** Resetting someone's lost second factor: behind a disclosure, with the reason the audit log keeps. */
export function ResetSecondFactorForm({ userId, email }: { userId: string; email: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState<ActionState, FormData>(resetSecondFactorAction, null);
  const failed = state && !state.ok ? state : null;
  const id = `reset-2fa-${userId}`;
  return (
    <details open={Boolean(failed) || undefined}>
      <summary>{t("admin.users.resetSecondFactor")}</summary>
      <form action={formAction} className="stack" key={submissionKey(state)} aria-label={t("admin.users.resetSecondFactorOf", { email })} noValidate>
        {failed && (
          <p role="alert" className="alert alert-error">
            {t.has(`errors.${failed.message}`) ? t(`errors.${failed.message}`) : t("errors.unexpected")}
          </p>
        )}
        <p className="help">{t("admin.users.resetSecondFactorHelp")}</p>
        <input type="hidden" name="userId" value={userId} />
        <FormField id={`${id}-reason`} name="reason" label={t("admin.users.resetReason")} help={t("admin.users.resetReasonHelp")} errors={failed?.fields?.reason} required>
          {(p) => <textarea {...p} rows={2} maxLength={2000} defaultValue={failed?.values?.reason} />}
        </FormField>
        <div>
          <button type="submit" className="button small danger" disabled={pending} aria-busy={pending || undefined}>
            {t("admin.users.resetSecondFactorSubmit")}
          </button>
        </div>
      </form>
    </details>
  );
}
