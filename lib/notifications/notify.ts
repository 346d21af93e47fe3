import type { Db } from "@/db/client";
import { mailOutbox, notifications } from "@/db/schema";
import { translatorFor } from "@/lib/i18n/translator";
import type { Recipient } from "./recipients";

export interface DeadlineNotice {
  requestId: string;
  reference: string;
  clock: string;
  /** "50", "80", "due", "breach", "breach+30"…, or "escalation". */
  threshold: string;
  dueAt: Date;
  /** The responsible side's time zone, in which the due date is stated. */
  timeZone: string;
}

/** The notice's sentence in one language (the bell, the list and the e-mail say the same). */
export function noticeText(notice: DeadlineNotice, locale: "fr" | "en"): { subject: string; sentence: string } {
  const t = translatorFor(locale);
  const clock = t(`clocks.${notice.clock}`);
  const dueDate = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: notice.timeZone }).format(notice.dueAt);
  const late = notice.threshold.startsWith("breach+");
  const key = late ? "late" : notice.threshold;
  const sentence = t(`notifications.threshold.${key}`, {
    reference: notice.reference,
    clock,
    dueDate,
    days: late ? notice.threshold.slice("breach+".length) : "",
  });
  return { subject: t("notifications.mail.subject", { reference: notice.reference, clock }), sentence };
}

/**
 * Records an in-app notification and queues an e-mail for each recipient, in their own
 * language, inside the caller's transaction. E-mails carry the reference and the deadline,
 * never case content.
 */
export async function notifyDeadline(
  tx: Db,
  recipients: readonly Recipient[],
  notice: DeadlineNotice,
  options: { now: Date; appUrl: string },
): Promise<void> {
  if (recipients.length === 0) return;
  const url = `${options.appUrl.replace(/\/$/, "")}/requests/${notice.requestId}`;
  await tx.insert(notifications).values(
    recipients.map((r) => ({
      userId: r.id,
      requestId: notice.requestId,
      kind: notice.threshold === "escalation" ? "escalation" : "reminder",
      data: {
        reference: notice.reference,
        clock: notice.clock,
        threshold: notice.threshold,
        dueAt: notice.dueAt.toISOString(),
        timeZone: notice.timeZone,
      },
      createdAt: options.now,
    })),
  );
  await tx.insert(mailOutbox).values(
    recipients.map((r) => {
      const { subject, sentence } = noticeText(notice, r.locale);
      const t = translatorFor(r.locale);
      const body = [t("notifications.mail.greeting"), "", sentence, "", t("notifications.mail.open", { url }), "", t("notifications.mail.privacy"), t("notifications.mail.signature")].join("\n");
      return { toAddress: r.email, subject, body, locale: r.locale, nextAttemptAt: options.now, createdAt: options.now };
    }),
  );
}
