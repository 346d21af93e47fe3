import { _createCache, _createIntlFormatters } from "next-intl";

/**
 * The compiled messages, kept for the life of the server and shared by every translator
 * (lib/i18n/request.ts for the pages, translator.ts for jobs and e-mails). use-intl compiles
 * a message with arguments (an IntlMessageFormat: its parse, then a locale resolution that
 * costs more) into the cache it is given, and next-intl gives it one made for each request:
 * every page paid again for every message it showed, the shared layout's included. Kept
 * here, the floor page of `npm run bench` serves 22% more requests and the request page 12%
 * more (issue 13, A/B on one build).
 *
 * A message is compiled for its text, its locale and the time zone of its dates, all three in
 * the cache's key, never for its values: one compilation serves every reader. The cache grows
 * with the messages in use, at most each message of both locales in each time zone of the
 * directory. `_cache` is use-intl's own option of createTranslator (next-intl passes it on
 * from the request configuration); tests/unit/compiled-messages.test.ts holds use-intl to it.
 */
export const compiledMessages = _createCache();

/**
 * The Intl formatters (dates, numbers, plurals...) of the same life, shared by the translators and
 * the formatters of lib/i18n/use-translations.ts and formatter.ts, and by date-formats.ts's
 * dateTimeFormat. next-intl makes them for each
 * request on the server and each render of a provider: every page built again each
 * Intl.DateTimeFormat it used, a locale resolution each time. Kept by locale and options: as
 * many as the distinct formats in use.
 */
export const intlFormatters = _createIntlFormatters(compiledMessages);
