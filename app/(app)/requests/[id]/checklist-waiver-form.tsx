"use client";

import { useActionState } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { ActionState } from "@/app/_lib/action-state";
import { FieldErrors } from "@/app/_components/field-errors";
import { RequestVersionFields } from "@/app/_components/request-version-fields";
import { RequestPageFormAlert } from "./form-alert";
import { checklistAction } from "./actions";
import { SubmitButton } from "./pending-writes";

/**
 * A manager waives one missing checklist item: a reason and a button. On success the page
 * shows the item as waived, with this reason, and the form is gone.
 */
export function ChecklistWaiverForm({
  requestId,
  version,
  itemKey,
  itemLabel,
}: {
  requestId: string;
  version: number;
  itemKey: string;
  itemLabel: string;
}) {
  const t = useTranslations("checklists.waive");
  const [state, formAction] = useActionState<ActionState, FormData>(checklistAction, null);
  const id = `waive-${itemKey}`;
  return (
    <details className="rp-details" open={Boolean(state && !state.ok)}>
      <summary>{t("submitNamed", { item: itemLabel })}</summary>
      <form action={formAction} className="stack rp-subform" key={state?.values?.nonce ?? "form"} noValidate>
        <RequestPageFormAlert state={state} inlineFields={["reason"]} reloadHref={`/requests/${requestId}`} />
        <RequestVersionFields requestId={requestId} version={version} />
        <input type="hidden" name="itemKey" value={itemKey} />
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t("label", { item: itemLabel })}</label>
          <textarea
            id={`${id}-reason`}
            name="reason"
            rows={2}
            maxLength={2000}
            required
            defaultValue={state && !state.ok ? state.values?.reason : ""}
            aria-invalid={state?.fields?.reason ? true : undefined}
            aria-describedby={`${id}-help ${id}-errors`}
          />
          <p id={`${id}-help`} className="help">
            {t("help")}
          </p>
          <FieldErrors id={`${id}-errors`} keys={state?.fields?.reason} />
        </div>
        <div>
          <SubmitButton aria-label={t("submitNamed", { item: itemLabel })}>{t("submit")}</SubmitButton>
        </div>
      </form>
    </details>
  );
}
