import type { Locale } from "@/lib/access/roles";
import { merge, type Messages } from "./merge";
import enAccounts from "./en/accounts.json";
import enAudit from "./en/audit.json";
import enBase from "./en/base.json";
import enDashboard from "./en/dashboard.json";
import enDirectory from "./en/directory.json";
import enLetters from "./en/letters.json";
import enChecklists from "./en/checklists.json";
import enDocuments from "./en/documents.json";
import enNotifications from "./en/notifications.json";
import enRequestPage from "./en/request-page.json";
import enRequests from "./en/requests.json";
import enReference from "./en/reference.json";
import enRetention from "./en/retention.json";
import enScopes from "./en/scopes.json";
import enVocabulary from "./en/vocabulary.json";
import enWork from "./en/work.json";
import frAccounts from "./fr/accounts.json";
import frAudit from "./fr/audit.json";
import frBase from "./fr/base.json";
import frDashboard from "./fr/dashboard.json";
import frDirectory from "./fr/directory.json";
import frLetters from "./fr/letters.json";
import frChecklists from "./fr/checklists.json";
import frDocuments from "./fr/documents.json";
import frNotifications from "./fr/notifications.json";
import frRequestPage from "./fr/request-page.json";
import frRequests from "./fr/requests.json";
import frReference from "./fr/reference.json";
import frRetention from "./fr/retention.json";
import frScopes from "./fr/scopes.json";
import frVocabulary from "./fr/vocabulary.json";
import frWork from "./fr/work.json";

export const MESSAGES: Record<Locale, Messages> = {
  en: merge([enBase, enVocabulary, enRequests, enRequestPage, enNotifications, enDocuments, enChecklists, enLetters, enDashboard, enWork, enScopes, enReference, enAccounts, enAudit, enDirectory, enRetention]),
  fr: merge([frBase, frVocabulary, frRequests, frRequestPage, frNotifications, frDocuments, frChecklists, frLetters, frDashboard, frWork, frScopes, frReference, frAccounts, frAudit, frDirectory, frRetention]),
};
