"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";
import { login, type LoginState } from "./actions";

/** The sign-in form; "another account" starts it over from a blank first step. */
export function LoginForm({ throttleMinutes }: { throttleMinutes: number }) {
  const [attempt, setAttempt] = useState(0);
  return <LoginSteps key={attempt} throttleMinutes={throttleMinutes} onRestart={() => setAttempt((n) => n + 1)} />;
}

/**
 * Step one: e-mail and password. When the account has a second factor, the server answers
 * `step: "code"` and the same form asks for the code; the password typed at step one is kept
 * in this component's memory only (never sent back by the server) and submitted again with it.
 */
function LoginSteps({ throttleMinutes, onRestart }: { throttleMinutes: number; onRestart: () => void }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState<LoginState, FormData>(login, null);
  const [password, setPassword] = useState("");
  const codeStep = state?.step === "code";
  const errorKey = state?.error && (t.has(`accounts.signIn.${state.error}`) ? `accounts.signIn.${state.error}` : `errors.signIn.${state.error}`);
  return (
    <form
      action={formAction}
      onSubmit={(event) => setPassword(String(new FormData(event.currentTarget).get("password") ?? ""))}
      className="stack"
      noValidate
    >
      {errorKey && (
        <p role="alert" className="alert alert-error">
          {t(errorKey, { minutes: throttleMinutes })}
        </p>
      )}
      {codeStep ? (
        <>
          <p>{t("accounts.signIn.codeIntro")}</p>
          <p className="muted">{state.email}</p>
          <input type="hidden" name="email" value={state.email ?? ""} />
          <input type="hidden" name="password" value={password} />
          <div className="field">
            <label htmlFor="code">{t("accounts.signIn.codeLabel")}</label>
            <input
              id="code"
              name="code"
              autoComplete="one-time-code"
              autoFocus
              required
              maxLength={64}
              spellCheck={false}
              aria-describedby="code-help"
            />
            <p id="code-help" className="help">
              {t("accounts.signIn.codeHelp")}
            </p>
          </div>
        </>
      ) : (
        <>
          <div className="field">
            <label htmlFor="email">{t("login.email")}</label>
            <input id="email" name="email" type="email" autoComplete="username" required maxLength={254} defaultValue={state?.email ?? ""} />
          </div>
          <div className="field">
            <label htmlFor="password">{t("login.password")}</label>
            <input id="password" name="password" type="password" autoComplete="current-password" required maxLength={1024} />
          </div>
        </>
      )}
      <button type="submit" className="button primary" disabled={pending}>
        {pending ? t("login.submitting") : t("login.submit")}
      </button>
      {codeStep && (
        <button type="button" className="link-button" onClick={onRestart}>
          {t("accounts.signIn.otherAccount")}
        </button>
      )}
    </form>
  );
}
