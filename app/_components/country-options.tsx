import { OptionList } from "@/app/_components/option-list";
import { inLocale } from "@/lib/i18n/locale";

export interface CountryOption {
  code: string;
  name: string;
}

/**
 * The countries a request may be sent to, as a select offers them: every country but the
 * actor's own (a request goes abroad), named in the reader's language, in its alphabetical order.
 */
export function foreignCountryOptions(
  countries: { code: string; nameFr: string; nameEn: string }[],
  ownCountryCode: string | null,
  locale: string,
): CountryOption[] {
  return countries
    .filter((c) => c.code !== ownCountryCode)
    .map((c) => ({ code: c.code, name: inLocale(locale, { fr: c.nameFr, en: c.nameEn }) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

export function CountryOptions({ countries }: { countries: CountryOption[] }) {
  return <OptionList options={countries.map((c) => [c.code, c.name] as const)} />;
}
