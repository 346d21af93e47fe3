"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { login, type LoginState } from "./actions";

export function LoginForm({ throttleMinutes }: { throttleMinutes: number }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState<LoginState, FormData>(login, null);
  return (
    <form action={formAction} className="stack" noValidate>
      {state?.error && (
        <p role="alert" className="alert alert-error">
          {t(`errors.signIn.${state.error}`, { minutes: throttleMinutes })}
        </p>
      )}
      <div className="field">
        <label htmlFor="email">{t("login.email")}</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          maxLength={254}
          defaultValue={state?.email ?? ""}
        />
      </div>
      <div className="field">
        <label htmlFor="password">{t("login.password")}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required maxLength={1024} />
      </div>
      <button type="submit" className="button primary" disabled={pending}>
        {pending ? t("login.submitting") : t("login.submit")}
      </button>
    </form>
  );
}
