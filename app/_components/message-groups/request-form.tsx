"use client";
import enBase from "@/lib/i18n/messages/en/base.json";
import enDirectory from "@/lib/i18n/messages/en/directory.json";
import enRequests from "@/lib/i18n/messages/en/requests.json";
import enVocabulary from "@/lib/i18n/messages/en/vocabulary.json";
import frBase from "@/lib/i18n/messages/fr/base.json";
import frDirectory from "@/lib/i18n/messages/fr/directory.json";
import frRequests from "@/lib/i18n/messages/fr/requests.json";
import frVocabulary from "@/lib/i18n/messages/fr/vocabulary.json";
import { groupMessages, messagesProvider } from "./group";

/** The request form's (new request, edit) client messages (lib/i18n/client-messages.ts), from the message files that hold them. */
export const messages = groupMessages("requestForm", { en: [enBase, enDirectory, enRequests, enVocabulary], fr: [frBase, frDirectory, frRequests, frVocabulary] });
export default messagesProvider(messages);
