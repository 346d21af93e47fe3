import { getLocale, getTranslations } from "next-intl/server";
import { LOCALES } from "@/lib/access/roles";
import { switchLocale } from "@/app/_lib/locale-action";

/** One button per other language: works without JavaScript, as a plain form post. */
export async function LocaleSwitcher() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations()]);
  return (
    <form action={switchLocale} className="locale-switcher" aria-label={t("nav.switchLanguage")}>
      {LOCALES.filter((l) => l !== locale).map((l) => (
        <button key={l} type="submit" name="locale" value={l} lang={l} className="link-button">
          {t(`locales.${l}`)}
        </button>
      ))}
    </form>
  );
}
