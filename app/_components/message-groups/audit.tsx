"use client";
import enAudit from "@/lib/i18n/messages/en/audit.json";
import enBase from "@/lib/i18n/messages/en/base.json";
import frAudit from "@/lib/i18n/messages/fr/audit.json";
import frBase from "@/lib/i18n/messages/fr/base.json";
import { groupMessages, messagesProvider } from "./group";

/** The audit pages' client messages (lib/i18n/client-messages.ts), from the message files that hold them. */
export const messages = groupMessages("audit", { en: [enAudit, enBase], fr: [frAudit, frBase] });
export default messagesProvider(messages);
