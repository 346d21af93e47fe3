import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { clientMessages, type ClientMessageGroup } from "@/lib/i18n/client-messages";

/**
 * The messages a page's client components read (lib/i18n/client-messages.ts), sent to the
 * browser with that page only. The page's whole content goes inside: a provider replaces the
 * one above it, it does not add to it.
 */
export async function ClientMessages({ group, children }: { group: ClientMessageGroup; children: React.ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={clientMessages(messages, group)}>{children}</NextIntlClientProvider>;
}

/** A layout that only sends a group's messages: the pages below it read those and no others. */
export function messagesLayout(group: ClientMessageGroup) {
  return function MessagesLayout({ children }: { children: React.ReactNode }) {
    return <ClientMessages group={group}>{children}</ClientMessages>;
  };
}
