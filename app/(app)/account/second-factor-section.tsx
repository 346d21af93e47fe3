import { encodeQR } from "@paulmillr/qr";
import { getTranslations } from "next-intl/server";
import type { secondFactorStatus } from "@/lib/users/totp-enrolment";
import { ConfirmEnrolmentForm, StartEnrolmentForm } from "./enrolment-forms";
import { DisableSecondFactorForm, RenewCodesForm } from "./factor-forms";

type Status = Awaited<ReturnType<typeof secondFactorStatus>>;

/** The key in groups of four, as authenticator apps show and people type it. */
function groupKey(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, "$1 ");
}

/** The second factor: its state, a setup in progress (key, link, QR code, confirmation), and what can be done with it. */
export async function SecondFactorSection({ status, continueHref }: { status: Status; continueHref: string }) {
  const t = await getTranslations("accounts.secondFactor");
  const { enrolment } = status;
  return (
    <section className="panel" aria-labelledby="second-factor-title">
      <h2 id="second-factor-title">{t("title")}</h2>
      <p>{t("intro")}</p>
      <p>
        <strong>{status.enabled ? t("enabled", { count: status.recoveryCodesLeft }) : t("disabled")}</strong>{" "}
        {t(status.required ? "required" : "optional")}
      </p>
      {enrolment ? (
        <div className="stack enrolment">
          <h3>{t("enrolTitle")}</h3>
          <p>{t("scan")}</p>
          {/* A data URI: the SVG is drawn here on the server from the key, and nothing is fetched. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            className="totp-qr"
            src={`data:image/svg+xml;base64,${Buffer.from(encodeQR(enrolment.uri, "svg")).toString("base64")}`}
            alt={t("qrAlt")}
            width={192}
            height={192}
          />
          <dl className="facts">
            <dt>{t("key")}</dt>
            <dd>
              <code data-testid="totp-key">{groupKey(enrolment.secret)}</code>
            </dd>
            <dt>{t("uri")}</dt>
            <dd className="totp-uri">
              <code>{enrolment.uri}</code>
            </dd>
          </dl>
          <ConfirmEnrolmentForm continueHref={continueHref} />
        </div>
      ) : (
        <StartEnrolmentForm replacing={status.enabled} />
      )}
      {status.enabled && !enrolment && <RenewCodesForm />}
      {status.enabled && !status.required && !enrolment && <DisableSecondFactorForm />}
    </section>
  );
}
