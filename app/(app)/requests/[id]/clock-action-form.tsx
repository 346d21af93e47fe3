"use client";

import { useActionState } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { ActionState } from "@/app/_lib/action-state";
import { FieldErrors } from "@/app/_components/field-errors";
import { RequestVersionFields } from "@/app/_components/request-version-fields";
import { RequestPageFormAlert } from "./form-alert";
import { clockAction } from "./actions";
import { SubmitButton, useIsLatestAnswer } from "./pending-writes";

/** Extending the EIO recognition deadline, or renewing a preservation: a reason and a button. */
export function ClockActionForm({
  intent,
  requestId,
  version,
}: {
  intent: "extendRecognition" | "renewPreservation";
  requestId: string;
  version: number;
}) {
  const t = useTranslations("deadlines.actions");
  const [state, formAction] = useActionState<ActionState, FormData>(clockAction, null);
  const latest = useIsLatestAnswer(state);
  const id = `clock-${intent}`;
  return (
    <form action={formAction} className="stack" key={state?.values?.nonce ?? "form"}>
      <RequestPageFormAlert state={state} inlineFields={["text"]} reloadHref={`/requests/${requestId}`} />
      {state?.ok && latest && (
        <p role="status" className="alert alert-success">
          {t(`${intent}.done`)}
        </p>
      )}
      <input type="hidden" name="intent" value={intent} />
      <RequestVersionFields requestId={requestId} version={version} />
      <div className="field">
        <label htmlFor={`${id}-text`}>{t(`${intent}.label`)}</label>
        <textarea id={`${id}-text`} name="text" rows={2} maxLength={2000} required aria-describedby={`${id}-help ${id}-errors`} defaultValue={state && !state.ok ? state.values?.text : ""} />
        <p id={`${id}-help`} className="help">
          {t(`${intent}.help`)}
        </p>
        <FieldErrors id={`${id}-errors`} keys={state?.fields?.text} />
      </div>
      <div>
        <SubmitButton>{t(`${intent}.submit`)}</SubmitButton>
      </div>
    </form>
  );
}
