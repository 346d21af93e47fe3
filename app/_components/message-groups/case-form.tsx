"use client";
import enBase from "@/lib/i18n/messages/en/base.json";
import enRequests from "@/lib/i18n/messages/en/requests.json";
import frBase from "@/lib/i18n/messages/fr/base.json";
import frRequests from "@/lib/i18n/messages/fr/requests.json";
import { groupMessages, messagesProvider } from "./group";

/** The new case form's client messages (lib/i18n/client-messages.ts), from the message files that hold them. */
export const messages = groupMessages("caseForm", { en: [enBase, enRequests], fr: [frBase, frRequests] });
export default messagesProvider(messages);
