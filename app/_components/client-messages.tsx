import type { ComponentType } from "react";
import { getLocale, getTimeZone } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locale";
import type { MessagesProviderProps } from "./message-groups/group";

/**
 * A layout that gives the pages below it their group's client messages, with the provider of
 * that group's module (message-groups/: `messagesLayout(RequestPageMessages)`): the pages below
 * it read those and no others. The page's whole content goes inside: a provider replaces the
 * one above it, it does not add to it.
 */
export function messagesLayout(Provider: ComponentType<MessagesProviderProps>) {
  return async function MessagesLayout({ children }: { children: React.ReactNode }) {
    const [locale, timeZone] = await Promise.all([getLocale(), getTimeZone()]);
    return (
      <Provider locale={isLocale(locale) ? locale : DEFAULT_LOCALE} timeZone={timeZone}>
        {children}
      </Provider>
    );
  };
}
