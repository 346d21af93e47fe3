"use client";
import enBase from "@/lib/i18n/messages/en/base.json";
import enNotifications from "@/lib/i18n/messages/en/notifications.json";
import frBase from "@/lib/i18n/messages/fr/base.json";
import frNotifications from "@/lib/i18n/messages/fr/notifications.json";
import { groupMessages, messagesProvider } from "./group";

/** The notification pages' client messages (lib/i18n/client-messages.ts), from the message files that hold them. */
export const messages = groupMessages("notifications", { en: [enBase, enNotifications], fr: [frBase, frNotifications] });
export default messagesProvider(messages);
