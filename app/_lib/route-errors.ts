import type { Locale } from "@/lib/access/roles";
import { Invalid, isDomainError } from "@/lib/errors";
import { chooseLocale } from "@/lib/i18n/locale";
import { translatorFor } from "@/lib/i18n/translator";

/** Every answer a route handler writes as text: private to this reader, never sniffed into HTML. */
export function plainTextResponse(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
  });
}

/** No usable session: 401 in the language of the browser (there is no account to read one from). */
export function signInRequiredResponse(acceptLanguage: string | null): Response {
  const t = translatorFor(chooseLocale({ acceptLanguage }));
  return plainTextResponse(401, t("errors.signInRequired"));
}

/**
 * A verb's refusal as the reader sees it. A route's only input is its query string, so field
 * issues are named as bad filters, field by field; any other domain error is its status and
 * its `errors.<code>` sentence. Anything else is a 500 whose log line names the error's kind
 * and where it happened, never its message (it may quote case data) nor its stack.
 */
export function errorResponse(error: unknown, locale: Locale, where: string): Response {
  const t = translatorFor(locale);
  if (error instanceof Invalid && Object.keys(error.fields).length > 0) {
    const details = Object.values(error.fields).flat().map((key) => t(`errors.${key}`)).join(" ");
    return plainTextResponse(400, t("errors.invalidFilters", { details }));
  }
  if (isDomainError(error)) return plainTextResponse(error.status, t(`errors.${error.code}`));
  console.error(`[${where}] unexpected ${error instanceof Error ? error.name : typeof error}`);
  return plainTextResponse(500, t("errors.unexpected"));
}
