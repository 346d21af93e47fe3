"use client";

import { useActionState } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { ActionState } from "@/app/_lib/action-state";
import { AccountFieldErrors, AccountFormAlert } from "./account-messages";
import { CurrentPasswordField } from "./code-field";
import { changePasswordAction } from "./actions";

/** Current password, then the new one twice. Success redirects (with the renewed session). */
export function PasswordForm() {
  const t = useTranslations("accounts.password");
  const [state, formAction, pending] = useActionState<ActionState, FormData>(changePasswordAction, null);
  const fields = state?.fields;
  return (
    <form action={formAction} className="stack account-form" noValidate>
      <AccountFormAlert state={state} />
      <CurrentPasswordField id="current-password" label={t("current")} errors={fields?.currentPassword} />
      <div className="field">
        <label htmlFor="new-password">{t("new")}</label>
        <input
          id="new-password"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          maxLength={200}
          aria-describedby="new-password-help new-password-errors"
        />
        <p id="new-password-help" className="help">
          {t("newHelp")}
        </p>
        <AccountFieldErrors id="new-password-errors" keys={fields?.newPassword} />
      </div>
      <div className="field">
        <label htmlFor="password-confirmation">{t("confirmation")}</label>
        <input
          id="password-confirmation"
          name="confirmation"
          type="password"
          autoComplete="new-password"
          required
          maxLength={200}
          aria-describedby="password-confirmation-errors"
        />
        <AccountFieldErrors id="password-confirmation-errors" keys={fields?.confirmation} />
      </div>
      <div>
        <button type="submit" className="button primary" disabled={pending}>
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
