import { createTranslator, useLocale, useMessages, useTimeZone, type useTranslations as nextIntlUseTranslations } from "next-intl";
import { compiledMessages, intlFormatters } from "./compiled-messages";

/**
 * next-intl's `useTranslations`, for the components of the pages (server and client alike),
 * with translators that outlive the render. next-intl's client provider makes its caches in
 * each render: every page rendered on the server made a translator per component and namespace
 * and compiled again each message with arguments it showed (its parse, then a locale
 * resolution) — about a tenth of the request page's time on the server (issue 13). A group's
 * messages are constants of its module (app/_components/message-groups), so a translator made
 * for them, its locale, time zone and namespace serves every later render, on the server and
 * in the browser, with the messages it compiled kept in compiledMessages.
 *
 * Same answers as next-intl's: both hand the same options to use-intl's createBaseTranslator
 * (tests/unit/use-translations.test.ts compares them); the error and fallback handlers are
 * use-intl's defaults on both sides, as the providers set none.
 */
export const useTranslations = ((namespace?: string) => {
  const locale = useLocale();
  const messages = useMessages();
  const timeZone = useTimeZone();
  let kept = translators.get(messages);
  if (!kept) translators.set(messages, (kept = new Map()));
  const key = `${locale}|${timeZone ?? ""}|${namespace ?? ""}`;
  let translator = kept.get(key);
  if (!translator) {
    translator = createTranslator({ locale, messages, namespace, timeZone, _cache: compiledMessages, _formatters: intlFormatters });
    kept.set(key, translator);
  }
  return translator;
}) as typeof nextIntlUseTranslations;

/** Per messages object (weakly: a replaced object takes its translators with it), per locale, time zone and namespace. */
const translators = new WeakMap<object, Map<string, ReturnType<typeof createTranslator>>>();
