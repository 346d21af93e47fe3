import { createFormatter, useLocale, useTimeZone, type useFormatter as nextIntlUseFormatter } from "next-intl";
import { intlFormatters } from "./compiled-messages";

type Formatter = ReturnType<typeof nextIntlUseFormatter>;

/**
 * The formatter of dates, numbers and lists for a locale and a time zone, made once for the
 * life of the process: next-intl's `useFormatter` and `getFormatter` make one, and its Intl
 * formatters, in each render and request (lib/i18n/compiled-messages.ts). Same options as
 * theirs: no `now` (none is configured) and use-intl's default error handler.
 */
export function formatterFor(locale: string, timeZone: string | undefined): Formatter {
  const key = `${locale}|${timeZone ?? ""}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = createFormatter({ locale, timeZone, _formatters: intlFormatters });
    formatters.set(key, formatter);
  }
  return formatter;
}

const formatters = new Map<string, Formatter>();

/** next-intl's `useFormatter`, for the components of the pages (server and client alike), with formatterFor's formatter. */
export function useFormatter(): Formatter {
  return formatterFor(useLocale(), useTimeZone());
}
