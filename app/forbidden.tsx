import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function ForbiddenPage() {
  const t = await getTranslations("errors");
  return (
    <main className="narrow">
      <h1>{t("forbiddenTitle")}</h1>
      <p>{t("forbidden")}</p>
      <p>
        <Link href="/">{t("backHome")}</Link>
      </p>
    </main>
  );
}
