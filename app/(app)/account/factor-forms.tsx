"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { ActionState } from "@/app/_lib/action-state";
import { AccountFormAlert } from "./account-messages";
import { disableSecondFactorAction, renewCodesAction, type CodesState } from "./actions";
import { CodeField, CurrentPasswordField } from "./code-field";
import { RecoveryCodes } from "./recovery-codes";

/** New recovery codes on a current code; "saved" starts the form over (the codes leave the screen). */
export function RenewCodesForm() {
  const [round, setRound] = useState(0);
  return <RenewCodesRound key={round} onSaved={() => setRound((n) => n + 1)} />;
}

function RenewCodesRound({ onSaved }: { onSaved: () => void }) {
  const t = useTranslations("accounts.recovery");
  const [state, formAction, pending] = useActionState<CodesState, FormData>(renewCodesAction, null);
  if (state?.ok && state.recoveryCodes) {
    return (
      <RecoveryCodes codes={state.recoveryCodes}>
        <button type="button" className="button primary" onClick={onSaved}>
          {t("continue")}
        </button>
      </RecoveryCodes>
    );
  }
  return (
    <form action={formAction} className="stack account-form" aria-labelledby="renew-codes-title" noValidate>
      <h3 id="renew-codes-title">{t("renewTitle")}</h3>
      <p className="help">{t("renewHelp")}</p>
      <AccountFormAlert state={state} />
      <CodeField id="renew-code" label={t("code")} errors={state?.fields?.code} />
      <div>
        <button type="submit" className="button" disabled={pending}>
          {t("renew")}
        </button>
      </div>
    </form>
  );
}

/** Turning the factor off (only offered where the role does not require it): password and a code. */
export function DisableSecondFactorForm() {
  const t = useTranslations("accounts");
  const [state, formAction, pending] = useActionState<ActionState, FormData>(disableSecondFactorAction, null);
  return (
    <form action={formAction} className="stack account-form" aria-labelledby="disable-title" noValidate>
      <h3 id="disable-title">{t("disable.title")}</h3>
      <AccountFormAlert state={state} />
      <CurrentPasswordField id="disable-password" label={t("password.current")} errors={state?.fields?.currentPassword} />
      <CodeField id="disable-code" label={t("disable.code")} errors={state?.fields?.code} />
      <div>
        <button type="submit" className="button danger" disabled={pending}>
          {t("disable.submit")}
        </button>
      </div>
    </form>
  );
}
