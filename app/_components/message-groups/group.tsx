import { NextIntlClientProvider, type AbstractIntlMessages } from "next-intl";
import type { Locale } from "@/lib/access/roles";
import { clientMessages, type ClientMessageGroup } from "@/lib/i18n/client-messages";
import { merge } from "@/lib/i18n/messages/merge";

/**
 * A group of pages' client messages (lib/i18n/client-messages.ts) as a module of the browser's
 * code: each module of this folder picks its group's messages, in both languages, from the
 * message files that hold them, and only the group's pages load it. The browser fetches it
 * once and keeps it in its cache, instead of receiving the messages inside every page it is
 * sent: they were 32 KB of the request page's 126, serialised by React, inlined in the HTML
 * and parsed again on every view. (A module per language was tried: the bundler puts the two
 * modules a layout imports in one chunk, so the browser would fetch both anyway.)
 * tests/unit/client-messages.test.ts checks that each module picks its whole group.
 *
 * `messages` is exported for that test only: imported on the server, a client module's export
 * is a reference to the browser's code, not the data.
 */
export type GroupMessages = Record<Locale, AbstractIntlMessages>;

export interface MessagesProviderProps {
  locale: Locale;
  timeZone: string;
  children: React.ReactNode;
}

/** A group's messages in each language, from the message files (one object per file) that hold them. */
export function groupMessages(group: ClientMessageGroup, files: Record<Locale, AbstractIntlMessages[]>): GroupMessages {
  const picked = (locale: Locale) => clientMessages(merge(files[locale]) as AbstractIntlMessages, group);
  return { en: picked("en"), fr: picked("fr") };
}

/** The provider of a group's messages: it replaces the one above it for everything inside. */
export function messagesProvider(messages: GroupMessages) {
  return function GroupMessagesProvider({ locale, timeZone, children }: MessagesProviderProps) {
    return (
      <NextIntlClientProvider locale={locale} timeZone={timeZone} messages={messages[locale]}>
        {children}
      </NextIntlClientProvider>
    );
  };
}
