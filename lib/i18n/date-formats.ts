import { intlFormatters } from "./compiled-messages";

/**
 * One Intl.DateTimeFormat per locale and set of options (time zone included), made once for
 * the life of the process: the same ones the translators and formatters of lib/i18n use
 * (compiled-messages.ts). Making one costs about 130 µs, using it under 2 µs. The options are
 * the same as format.dateTime's, time zone included, and so is the text. An unknown time zone
 * throws, every time: nothing is kept for it.
 */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return intlFormatters.getDateTimeFormat(locale, options);
}
