"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/app/_lib/action-state";
import { FieldErrors } from "@/app/_components/field-errors";
import { setRetentionPolicyAction } from "./actions";

/** The retention period and why it changes. */
export function RetentionPolicyForm({ months }: { months: number }) {
  const t = useTranslations("retention.admin.policy");
  const tErrors = useTranslations("errors");
  const [state, formAction, pending] = useActionState<ActionState, FormData>(setRetentionPolicyAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={formAction} className="stack" noValidate>
      {state?.ok && (
        <p role="status" className="alert alert-success">
          {t("saved")}
        </p>
      )}
      {failed && (
        <p role="alert" className="alert alert-error">
          {tErrors(failed.message ?? "unexpected")}
        </p>
      )}
      <div className="field">
        <label htmlFor="retention-months">{t("months")}</label>
        <input
          id="retention-months"
          name="months"
          type="number"
          inputMode="numeric"
          min={1}
          max={120}
          step={1}
          required
          defaultValue={failed?.values?.months ?? String(months)}
          aria-describedby="retention-months-help retention-months-errors"
        />
        <p id="retention-months-help" className="help">
          {t("monthsHelp")}
        </p>
        <FieldErrors id="retention-months-errors" keys={failed?.fields?.months} />
      </div>
      <div className="field">
        <label htmlFor="retention-reason">{t("reason")}</label>
        <textarea
          id="retention-reason"
          name="reason"
          rows={2}
          required
          maxLength={2000}
          defaultValue={failed?.values?.reason}
          aria-describedby="retention-reason-help retention-reason-errors"
        />
        <p id="retention-reason-help" className="help">
          {t("reasonHelp")}
        </p>
        <FieldErrors id="retention-reason-errors" keys={failed?.fields?.reason} />
      </div>
      <div>
        <button type="submit" className="button primary" disabled={pending} aria-busy={pending || undefined}>
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
