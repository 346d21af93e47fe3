import { getLocale, getTimeZone } from "next-intl/server";
import { formatterFor } from "./formatter";

/** next-intl's `getFormatter`, for async server components, with formatterFor's formatter (formatter.ts). */
export async function getFormatter() {
  const [locale, timeZone] = await Promise.all([getLocale(), getTimeZone()]);
  return formatterFor(locale, timeZone);
}
