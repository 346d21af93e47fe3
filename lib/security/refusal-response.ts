import { chooseLocale, LOCALE_COOKIE } from "@/lib/i18n/locale";
import type { Refusal } from "./request-guard";
import { REQUEST_BODY_LIMIT_BYTES } from "./request-limits";

/**
 * A refusal as plain text in the visitor's language (their choice of language, else their
 * browser's: the proxy does not read the account). Translations are loaded on the first
 * refusal only, off the path of every request.
 */
export async function refusalResponse(refusal: Refusal, request: { headers: Headers; cookies: { get(name: string): { value: string } | undefined } }): Promise<Response> {
  const { translatorFor } = await import("@/lib/i18n/translator");
  const locale = chooseLocale({ cookie: request.cookies.get(LOCALE_COOKIE)?.value, acceptLanguage: request.headers.get("accept-language") });
  const text = translatorFor(locale)(refusal.message, { limit: REQUEST_BODY_LIMIT_BYTES / (1024 * 1024) });
  return new Response(text, {
    status: refusal.status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
  });
}
