"use client";

import { Link } from "@/app/_components/link";
import { useActionState } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { ActionState } from "@/app/_lib/action-state";
import { AccountFormAlert } from "./account-messages";
import { confirmEnrolmentAction, startEnrolmentAction, type CodesState } from "./actions";
import { CodeField, CurrentPasswordField } from "./code-field";
import { RecoveryCodes } from "./recovery-codes";

/** Starts a setup; replacing a confirmed authenticator asks for the password first. */
export function StartEnrolmentForm({ replacing }: { replacing: boolean }) {
  const t = useTranslations("accounts");
  const [state, formAction, pending] = useActionState<ActionState, FormData>(startEnrolmentAction, null);
  return (
    <form action={formAction} className="stack account-form" noValidate>
      <AccountFormAlert state={state} />
      {replacing && (
        <>
          <p className="help">{t("secondFactor.replaceHelp")}</p>
          <CurrentPasswordField id="replace-password" label={t("password.current")} errors={state?.fields?.currentPassword} />
        </>
      )}
      <div>
        <button type="submit" className={replacing ? "button" : "button primary"} disabled={pending}>
          {t(replacing ? "secondFactor.replace" : "secondFactor.start")}
        </button>
      </div>
    </form>
  );
}

/** The code that proves the app holds the new key; then the recovery codes, once. */
export function ConfirmEnrolmentForm({ continueHref }: { continueHref: string }) {
  const t = useTranslations("accounts");
  const [state, formAction, pending] = useActionState<CodesState, FormData>(confirmEnrolmentAction, null);
  if (state?.ok && state.recoveryCodes) {
    return (
      <>
        <p role="status" className="alert alert-success">
          {t("secondFactor.enabledNow")}
        </p>
        <RecoveryCodes codes={state.recoveryCodes}>
          <Link href={continueHref} className="button primary">
            {t("recovery.continue")}
          </Link>
        </RecoveryCodes>
      </>
    );
  }
  return (
    <form action={formAction} className="stack account-form" noValidate>
      <AccountFormAlert state={state} />
      <CodeField id="enrol-code" label={t("secondFactor.code")} help={t("secondFactor.codeHelp")} errors={state?.fields?.code} />
      <div>
        <button type="submit" className="button primary" disabled={pending}>
          {t("secondFactor.confirm")}
        </button>
      </div>
    </form>
  );
}
