import { Link } from "@/app/_components/link";
import { getLocale, getTranslations } from "next-intl/server";
import { loadOrDeny } from "@/app/_lib/page-guard";
import { requestContext } from "@/lib/auth/session";
import { inLocale } from "@/lib/i18n/locale";
import { authorityForAdmin } from "@/lib/reference/admin-directory";
import { AuthorityForm } from "../../authority-form";

type Props = { params: Promise<{ code: string; id: string }> };

/** Corrects an authority of the directory (administrators only; 404 for an unknown one). */
export default async function EditAuthorityPage({ params }: Props) {
  const [ctx, { code, id }] = await Promise.all([requestContext(), params]);
  const { authority, country } = await loadOrDeny(() => authorityForAdmin(ctx, code, id));
  const [t, locale] = await Promise.all([getTranslations("directory.authorities"), getLocale()]);
  return (
    <>
      <p>
        <Link href={`/admin/directory/${country.code}`}>{t("back", { country: inLocale(locale, { fr: country.nameFr, en: country.nameEn }) })}</Link>
      </p>
      <h1>{t("editTitle", { name: authority.name })}</h1>
      <section className="panel" aria-label={t("editTitle", { name: authority.name })}>
        <AuthorityForm countryCode={country.code} authority={authority} />
      </section>
    </>
  );
}
