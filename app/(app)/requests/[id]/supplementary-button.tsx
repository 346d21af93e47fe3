"use client";

import { useActionState } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { ActionState } from "@/app/_lib/action-state";
import { RequestPageFormAlert } from "./form-alert";
import { supplementaryAction } from "./actions";
import { SubmitButton } from "./pending-writes";

/** Opens a new draft linked to this request; on success the action redirects to it. */
export function SupplementaryButton({ requestId }: { requestId: string }) {
  const t = useTranslations();
  const [state, formAction] = useActionState<ActionState, FormData>(supplementaryAction, null);
  return (
    <form action={formAction} className="stack">
      <RequestPageFormAlert state={state} />
      <input type="hidden" name="parentRequestId" value={requestId} />
      <div>
        <SubmitButton aria-describedby="supplementary-help">{t("requestPage.supplementary.create")}</SubmitButton>
      </div>
      <p id="supplementary-help" className="help">
        {t("requestPage.supplementary.help")}
      </p>
    </form>
  );
}
