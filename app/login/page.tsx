import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LocaleSwitcher } from "@/app/_components/locale-switcher";
import { currentSession } from "@/lib/auth/session";
import { env, oidcEnabled } from "@/lib/env";
import { loginWithSso } from "./actions";
import { LoginForm } from "./login-form";

/**
 * Auth.js redirects here with ?error=… (and ?code=… for credentials) when a sign-in made
 * outside the form fails, e.g. a refused SSO identity: show the matching message.
 */
function redirectedErrorKey(error?: string, code?: string): string | undefined {
  if (!error) return undefined;
  if (error === "AccessDenied") return "errors.signIn.sso";
  if (error === "CredentialsSignin") {
    if (code === "disabled" || code === "throttled") return `errors.signIn.${code}`;
    return code === "codeInvalid" || code === "codeUsed" || code === "recoveryCodeUsed" ? `accounts.signIn.${code}` : "errors.signIn.invalid";
  }
  return "errors.unexpected";
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string; code?: string }>;
}) {
  // Signed in already (setup pending or not): the home page, or /account, takes over.
  if (await currentSession()) redirect("/");
  const [t, params] = await Promise.all([getTranslations(), searchParams]);
  const e = env();
  const errorKey = redirectedErrorKey(params.error, params.code);
  return (
    <main className="login">
      <div className="login-card">
        <header className="login-header">
          <h1>{t("app.name")}</h1>
          <p className="muted">{t("app.tagline")}</p>
        </header>
        <h2>{t("login.title")}</h2>
        <p className="muted">{t("login.intro")}</p>
        {errorKey && (
          <p role="alert" className="alert alert-error">
            {t(errorKey, { minutes: e.LOGIN_WINDOW_MINUTES })}
          </p>
        )}
        <LoginForm throttleMinutes={e.LOGIN_WINDOW_MINUTES} />
        {oidcEnabled(e) && (
          <form action={loginWithSso} className="stack">
            <p className="separator">{t("login.or")}</p>
            <button type="submit" className="button">
              {t("login.sso", { name: e.AUTH_OIDC_NAME })}
            </button>
          </form>
        )}
        <footer className="login-footer">
          <LocaleSwitcher />
        </footer>
      </div>
    </main>
  );
}
