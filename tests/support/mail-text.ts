import type { Locale } from "@/lib/access/roles";
import enNotifications from "@/lib/i18n/messages/en/notifications.json";
import enVocabulary from "@/lib/i18n/messages/en/vocabulary.json";
import frNotifications from "@/lib/i18n/messages/fr/notifications.json";
import frVocabulary from "@/lib/i18n/messages/fr/vocabulary.json";

/**
 * What a notification e-mail must say, read from the message files themselves (not through
 * the code that writes the e-mails): the subject names the request and the move in the
 * recipient's language, and the body greets them in it.
 */
const MESSAGES = {
  fr: { notifications: frNotifications.notifications, eventActions: frVocabulary.eventActions },
  en: { notifications: enNotifications.notifications, eventActions: enVocabulary.eventActions },
};

export function moveSubject(locale: Locale, reference: string, action: keyof typeof frVocabulary.eventActions): string {
  const { notifications, eventActions } = MESSAGES[locale];
  return notifications.mail.subject.replace("{reference}", reference).replace("{clock}", eventActions[action]);
}

export function greeting(locale: Locale): string {
  return MESSAGES[locale].notifications.mail.greeting;
}

/** The digest's subject for `count` notifications, in plain words (the plural form of the message files). */
export function digestSubjectStart(locale: Locale): string {
  return MESSAGES[locale].notifications.mail.digestSubject.split("{count")[0]!;
}

/** A move's sentence (bell, e-mail and digest), in plain substitution of the message file's text. */
export function moveSentence(locale: Locale, action: keyof typeof enNotifications.notifications.moves, reference: string, actor: string): string {
  const text = MESSAGES[locale].notifications.moves[action];
  if (typeof text !== "string") throw new Error(`${action} has several sentences`);
  return text.replace("{reference}", reference).replace("{actor}", actor);
}
