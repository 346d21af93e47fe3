"use client";

import { useActionState } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { ActionState } from "@/app/_lib/action-state";
import { FieldErrors } from "@/app/_components/field-errors";
import { RequestPageFormAlert } from "./form-alert";
import { legalHoldAction } from "./actions";
import { SubmitButton, useIsLatestAnswer } from "./pending-writes";

/** Keeping the request beyond the retention period, or lifting that decision: reasons and a button. */
export function LegalHoldForm({ intent, requestId }: { intent: "placeLegalHold" | "liftLegalHold"; requestId: string }) {
  const t = useTranslations("retention.request");
  const [state, formAction] = useActionState<ActionState, FormData>(legalHoldAction, null);
  const latest = useIsLatestAnswer(state);
  const id = `retention-${intent}`;
  return (
    <form action={formAction} className="stack" key={state?.values?.nonce ?? "form"}>
      <RequestPageFormAlert state={state} inlineFields={["reason"]} reloadHref={`/requests/${requestId}`} />
      {state?.ok && latest && (
        <p role="status" className="alert alert-success">
          {t(state.values?.intent === "liftLegalHold" ? "liftLegalHold.done" : "placeLegalHold.done")}
        </p>
      )}
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="requestId" value={requestId} />
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t(`${intent}.label`)}</label>
        <textarea
          id={`${id}-reason`}
          name="reason"
          rows={2}
          maxLength={2000}
          required
          aria-describedby={`${id}-help ${id}-errors`}
          defaultValue={state && !state.ok ? state.values?.reason : ""}
        />
        <p id={`${id}-help`} className="help">
          {t(`${intent}.help`)}
        </p>
        <FieldErrors id={`${id}-errors`} keys={state?.fields?.reason} />
      </div>
      <div>
        <SubmitButton>{t(`${intent}.submit`)}</SubmitButton>
      </div>
    </form>
  );
}
