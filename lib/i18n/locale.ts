import { LOCALES, type Locale } from "@/lib/access/roles";

export const DEFAULT_LOCALE: Locale = "fr";
export const LOCALE_COOKIE = "mla_locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** First supported language of an Accept-Language header, e.g. "en-GB,en;q=0.9,fr;q=0.8" → "en". */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      return { lang: tag.trim().slice(0, 2).toLowerCase(), q: q ? Number(q.split("=")[1]) : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => entry.lang).find(isLocale);
}

/** The user's own setting wins, then the visitor's choice, then the browser, then French. */
export function chooseLocale(sources: {
  userLocale?: Locale | null;
  cookie?: string;
  acceptLanguage?: string | null;
}): Locale {
  if (sources.userLocale) return sources.userLocale;
  if (isLocale(sources.cookie)) return sources.cookie;
  return localeFromAcceptLanguage(sources.acceptLanguage) ?? DEFAULT_LOCALE;
}

/**
 * Reference data carries its names in both languages (`nameFr` / `nameEn`, `labelFr` /
 * `labelEn`…): this picks the reader's. The one place that decides which text a locale reads.
 */
export function inLocale(locale: Locale | string, text: { fr: string; en: string }): string {
  return locale === "fr" ? text.fr : text.en;
}
