"use client";
import enAccounts from "@/lib/i18n/messages/en/accounts.json";
import enBase from "@/lib/i18n/messages/en/base.json";
import frAccounts from "@/lib/i18n/messages/fr/accounts.json";
import frBase from "@/lib/i18n/messages/fr/base.json";
import { groupMessages, messagesProvider } from "./group";

/** The sign-in page's client messages (lib/i18n/client-messages.ts), from the message files that hold them. */
export const messages = groupMessages("login", { en: [enAccounts, enBase], fr: [frAccounts, frBase] });
export default messagesProvider(messages);
