"use client";

import { useActionState } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { ActionState } from "@/app/_lib/action-state";
import { FieldErrors } from "@/app/_components/field-errors";
import type { Side } from "@/lib/requests/vocabulary";
import { RequestPageFormAlert } from "./form-alert";
import { commentAction } from "./actions";
import { SubmitButton, useIsLatestAnswer } from "./pending-writes";

interface Props {
  requestId: string;
  /** The writer's side: "internal" keeps the note on that side, "shared" shows it to the other. */
  side: Side;
  /** Nothing is shared with the requested authority before transmission. */
  canShare: boolean;
}

export function CommentForm({ requestId, side, canShare }: Props) {
  const t = useTranslations();
  const [state, formAction] = useActionState<ActionState, FormData>(commentAction, null);
  const latest = useIsLatestAnswer(state);
  const failed = state && !state.ok ? state : null;
  const fields = failed?.fields ?? {};
  const visibility = failed?.values?.visibility || "internal";
  // The requesting side keeps the vocabulary's labels; the requested side reads them from where it stands.
  const choice = (value: "internal" | "shared") =>
    side === "requesting" ? t(`visibilities.${value}`) : t(`requestPage.comments.requestedChoices.${value}`);
  const help = !canShare
    ? t("requestPage.comments.sharedNotYet")
    : side === "requesting"
      ? t("requestPage.comments.visibilityHelp")
      : t("requestPage.comments.requestedVisibilityHelp");
  return (
    <form key={state?.values?.nonce ?? "comment"} action={formAction} className="stack rp-subform" aria-labelledby="comment-form-title" noValidate>
      <h3 id="comment-form-title">{t("requestPage.comments.formTitle")}</h3>
      {state?.ok && latest && (
        <p role="status" className="alert alert-success">
          {t("requestPage.comments.added")}
        </p>
      )}
      <RequestPageFormAlert state={failed} inlineFields={["body", "visibility"]} />
      <input type="hidden" name="requestId" value={requestId} />
      <div className="field">
        <label htmlFor="comment-body">{t("requestPage.fields.body")}</label>
        <textarea
          id="comment-body"
          name="body"
          rows={4}
          required
          maxLength={20000}
          defaultValue={failed?.values?.body}
          aria-invalid={fields.body ? true : undefined}
          aria-describedby="comment-body-errors"
        />
        <FieldErrors id="comment-body-errors" keys={fields.body} />
      </div>
      <fieldset className="rp-fieldset" aria-describedby="comment-visibility-help comment-visibility-errors">
        <legend>{t("requestPage.fields.visibility")}</legend>
        <label className="rp-choice">
          <input type="radio" name="visibility" value="internal" defaultChecked={visibility !== "shared" || !canShare} />
          {choice("internal")}
        </label>
        <label className="rp-choice">
          <input type="radio" name="visibility" value="shared" disabled={!canShare} defaultChecked={visibility === "shared" && canShare} />
          {choice("shared")}
        </label>
        <p id="comment-visibility-help" className="help">
          {help}
        </p>
        <FieldErrors id="comment-visibility-errors" keys={fields.visibility} />
      </fieldset>
      <div>
        <SubmitButton className="button primary">{t("requestPage.comments.submit")}</SubmitButton>
      </div>
    </form>
  );
}
