"use client";
import enBase from "@/lib/i18n/messages/en/base.json";
import enChecklists from "@/lib/i18n/messages/en/checklists.json";
import enDocuments from "@/lib/i18n/messages/en/documents.json";
import enNotifications from "@/lib/i18n/messages/en/notifications.json";
import enRequestPage from "@/lib/i18n/messages/en/request-page.json";
import enRetention from "@/lib/i18n/messages/en/retention.json";
import enVocabulary from "@/lib/i18n/messages/en/vocabulary.json";
import frBase from "@/lib/i18n/messages/fr/base.json";
import frChecklists from "@/lib/i18n/messages/fr/checklists.json";
import frDocuments from "@/lib/i18n/messages/fr/documents.json";
import frNotifications from "@/lib/i18n/messages/fr/notifications.json";
import frRequestPage from "@/lib/i18n/messages/fr/request-page.json";
import frRetention from "@/lib/i18n/messages/fr/retention.json";
import frVocabulary from "@/lib/i18n/messages/fr/vocabulary.json";
import { groupMessages, messagesProvider } from "./group";

/** The request page's client messages (lib/i18n/client-messages.ts), from the message files that hold them. */
export const messages = groupMessages("requestPage", { en: [enBase, enChecklists, enDocuments, enNotifications, enRequestPage, enRetention, enVocabulary], fr: [frBase, frChecklists, frDocuments, frNotifications, frRequestPage, frRetention, frVocabulary] });
export default messagesProvider(messages);
