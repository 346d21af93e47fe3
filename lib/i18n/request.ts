import { cookies, headers } from "next/headers";
import { getRequestConfig, type RequestConfig } from "next-intl/server";
import { currentActor } from "@/lib/auth/session";
import { compiledMessages } from "./compiled-messages";
import { chooseLocale, LOCALE_COOKIE } from "./locale";
import { MESSAGES } from "./messages";

export default getRequestConfig(async () => {
  const [actor, cookieStore, headerStore] = await Promise.all([currentActor(), cookies(), headers()]);
  const locale = chooseLocale({
    userLocale: actor?.locale,
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerStore.get("accept-language"),
  });
  // Dates are shown in the viewer's own country's time; anonymous pages show none.
  const config: RequestConfig = { locale, messages: MESSAGES[locale], timeZone: actor?.timeZone ?? "Europe/Paris" };
  // Not in next-intl's type, but passed on to each translator it makes (see compiled-messages.ts).
  return { ...config, _cache: compiledMessages } as RequestConfig;
});
