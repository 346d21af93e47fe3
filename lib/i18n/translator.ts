import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/access/roles";
import { compiledMessages } from "./compiled-messages";
import { MESSAGES } from "./messages";

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Translations outside a page (jobs, e-mails), from the same message files as the UI. */
export function translatorFor(locale: Locale): Translate {
  const t = createTranslator({ locale, messages: MESSAGES[locale] as never, _cache: compiledMessages });
  return (key, values) => (t as unknown as Translate)(key, values);
}
