"use client";

import { useTranslations } from "@/lib/i18n/use-translations";

/** Recovery codes, shown once right after they were made; `children` is the way on once they are saved. */
export function RecoveryCodes({ codes, children }: { codes: string[]; children: React.ReactNode }) {
  const t = useTranslations("accounts.recovery");
  return (
    <section className="recovery-codes" aria-labelledby="recovery-codes-title">
      <h3 id="recovery-codes-title">{t("title")}</h3>
      <p>{t("intro")}</p>
      <ol className="code-list">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <p>{children}</p>
    </section>
  );
}
