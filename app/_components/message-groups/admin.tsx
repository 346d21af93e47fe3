"use client";
import enBase from "@/lib/i18n/messages/en/base.json";
import enDirectory from "@/lib/i18n/messages/en/directory.json";
import enReference from "@/lib/i18n/messages/en/reference.json";
import enRequests from "@/lib/i18n/messages/en/requests.json";
import enRetention from "@/lib/i18n/messages/en/retention.json";
import enScopes from "@/lib/i18n/messages/en/scopes.json";
import enVocabulary from "@/lib/i18n/messages/en/vocabulary.json";
import frBase from "@/lib/i18n/messages/fr/base.json";
import frDirectory from "@/lib/i18n/messages/fr/directory.json";
import frReference from "@/lib/i18n/messages/fr/reference.json";
import frRequests from "@/lib/i18n/messages/fr/requests.json";
import frRetention from "@/lib/i18n/messages/fr/retention.json";
import frScopes from "@/lib/i18n/messages/fr/scopes.json";
import frVocabulary from "@/lib/i18n/messages/fr/vocabulary.json";
import { groupMessages, messagesProvider } from "./group";

/** The administration pages' client messages (lib/i18n/client-messages.ts), from the message files that hold them. */
export const messages = groupMessages("admin", { en: [enBase, enDirectory, enReference, enRequests, enRetention, enScopes, enVocabulary], fr: [frBase, frDirectory, frReference, frRequests, frRetention, frScopes, frVocabulary] });
export default messagesProvider(messages);
