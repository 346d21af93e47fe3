import { Link } from "@/app/_components/link";
import { getTranslations } from "next-intl/server";
import { accountContext } from "@/lib/auth/session";
import { hasPassword } from "@/lib/users/change-own-password";
import { secondFactorStatus } from "@/lib/users/totp-enrolment";
import { PasswordForm } from "./password-form";
import { SecondFactorSection } from "./second-factor-section";
import "./account.css";

const NOTICES = ["passwordChanged", "secondFactorEnabled", "secondFactorDisabled"] as const;

/**
 * The account's own security: password and second factor. Also where an account whose setup
 * is pending is sent (lib/auth/session.ts): it sees only the step it must take.
 */
export default async function AccountPage({ searchParams }: { searchParams: Promise<{ notice?: string }> }) {
  const [ctx, t, params] = await Promise.all([accountContext(), getTranslations("accounts"), searchParams]);
  const [status, withPassword] = await Promise.all([secondFactorStatus(ctx), hasPassword(ctx)]);
  const notice = NOTICES.find((n) => n === params.notice);
  const step = ctx.setupStep;
  return (
    <div className="account-page">
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {step && (
        <p role="alert" className="alert alert-error">
          {t(`setup.${step}`)}
        </p>
      )}
      {notice && (
        <p role="status" className="alert alert-success">
          {t(`notices.${notice}`)}
          {notice === "passwordChanged" && !step && (
            <>
              {" "}
              <Link href="/">{t("setup.continue")}</Link>
            </>
          )}
        </p>
      )}
      {step !== "enrolSecondFactor" && (
        <section className="panel" aria-labelledby="password-title">
          <h2 id="password-title">{t("password.title")}</h2>
          {withPassword ? <PasswordForm /> : <p>{t("password.sso")}</p>}
        </section>
      )}
      {step !== "changePassword" && <SecondFactorSection status={status} continueHref={step ? "/" : "/account?notice=secondFactorEnabled"} />}
    </div>
  );
}
