import type { Db } from "@/db/client";
import { mailOutbox, notifications } from "@/db/schema";
import type { Locale } from "@/lib/access/roles";
import { env } from "@/lib/env";
import { translatorFor } from "@/lib/i18n/translator";
import type { RequestEventAction } from "@/lib/requests/events";
import type { Recipient } from "./recipients";

/**
 * What a notification says. It names the request by its reference, the move or the clock,
 * and who acted — never a victim, the facts or what was written (sign in to read those).
 */
export type Notice =
  | {
      kind: "reminder" | "escalation";
      requestId: string;
      reference: string;
      clock: string;
      /** "50", "80", "due", "breach", "breach+30"…, or "escalation". */
      threshold: string;
      dueAt: Date;
      /** The responsible side's time zone, in which the due date is stated. */
      timeZone: string;
      /**
       * For a "breach+N": how late the clock is when the reminder is recorded, as its request
       * page counts it (in its own unit). A clock first seen late — the job down for days, a
       * date entered after the fact — is told once, at its most advanced threshold, and N alone
       * would understate the delay.
       */
      late?: { days: number; working: boolean };
    }
  | {
      kind: "move";
      requestId: string;
      reference: string;
      action: RequestEventAction;
      actorName: string;
      /** A measure's new status, for `measureReported`. */
      measureStatus?: string;
      eventId: number;
    };

/** The notice's subject and sentence in one language (the bell, the list and the e-mail say the same). */
export function noticeText(notice: Notice, locale: Locale): { subject: string; sentence: string } {
  const t = translatorFor(locale);
  if (notice.kind === "move") {
    const key = notice.action === "measureReported" ? `measureReported.${notice.measureStatus ?? "returned"}` : notice.action;
    return {
      subject: t("notifications.mail.subject", { reference: notice.reference, clock: t(`eventActions.${notice.action}`) }),
      sentence: t(`notifications.moves.${key}`, { reference: notice.reference, actor: notice.actorName }),
    };
  }
  const clock = t(`clocks.${notice.clock}`);
  const dueDate = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: notice.timeZone }).format(notice.dueAt);
  // A "breach+N" says how late; one recorded before the delay was kept with it, the threshold's own N days.
  const late = notice.threshold.startsWith("breach+")
    ? (notice.late ?? { days: Number(notice.threshold.slice("breach+".length)), working: false })
    : null;
  const sentence = t(`notifications.threshold.${late ? "late" : notice.threshold}`, {
    reference: notice.reference,
    clock,
    dueDate,
    late: late ? t(late.working ? "deadlines.workingDaysLate" : "deadlines.daysLate", { count: late.days }) : "",
  });
  return { subject: t("notifications.mail.subject", { reference: notice.reference, clock }), sentence };
}

/** The notice a stored notification row stands for (its `data` holds the notice's values). */
export function noticeOf(row: { kind: string; requestId: string | null; eventId: number | null; data: Record<string, string | number> }): Notice {
  const text = (key: string) => String(row.data[key] ?? "");
  const common = { requestId: row.requestId ?? "", reference: text("reference") };
  if (row.kind === "move") {
    return {
      ...common,
      kind: "move",
      action: text("action") as RequestEventAction,
      actorName: text("actorName"),
      measureStatus: row.data.measureStatus === undefined ? undefined : text("measureStatus"),
      eventId: row.eventId ?? 0,
    };
  }
  return {
    ...common,
    kind: row.kind === "escalation" ? "escalation" : "reminder",
    clock: text("clock"),
    threshold: row.kind === "escalation" ? "escalation" : text("threshold"),
    dueAt: new Date(text("dueAt")),
    timeZone: text("timeZone") || "UTC",
    ...(row.data.daysLate === undefined ? {} : { late: { days: Number(row.data.daysLate), working: row.data.workingDays === "true" } }),
  };
}

function dataOf(notice: Notice): Record<string, string> {
  if (notice.kind === "move") {
    const { reference, action, actorName, measureStatus } = notice;
    return measureStatus ? { reference, action, actorName, measureStatus } : { reference, action, actorName };
  }
  const { reference, clock, threshold, dueAt, timeZone, late } = notice;
  const data = { reference, clock, threshold, dueAt: dueAt.toISOString(), timeZone };
  return late ? { ...data, daysLate: String(late.days), workingDays: String(late.working) } : data;
}

/** The address of a request in e-mails (APP_URL unless the caller names another). */
export function requestUrl(requestId: string, appUrl = env().APP_URL): string {
  return `${appUrl.replace(/\/$/, "")}/requests/${requestId}`;
}

/**
 * Records the notice in each recipient's bell, in the caller's transaction (with the event
 * that caused it, if any), and queues an e-mail at once for those who want one; those who
 * chose the daily digest get it there, the others in the app only. A recipient already
 * notified of the same event is not notified again.
 */
export async function notify(tx: Db, recipients: readonly Recipient[], notice: Notice, now: Date, appUrl?: string): Promise<void> {
  if (recipients.length === 0) return;
  const inserted = await tx
    .insert(notifications)
    .values(
      recipients.map((r) => ({
        userId: r.id,
        requestId: notice.requestId,
        kind: notice.kind,
        data: dataOf(notice),
        eventId: notice.kind === "move" ? notice.eventId : null,
        createdAt: now,
        // Only a digest reader's notifications wait for the digest: the others are settled now
        // (mailed at once, or bell only), so that changing one's choice later mails nothing twice.
        digestedAt: r.delivery === "digest" ? null : now,
      })),
    )
    .onConflictDoNothing()
    .returning({ userId: notifications.userId });
  const fresh = new Set(inserted.map((row) => row.userId));
  const mailNow = recipients.filter((r) => fresh.has(r.id) && r.delivery === "immediate");
  if (mailNow.length === 0) return;
  await tx.insert(mailOutbox).values(
    mailNow.map((r) => {
      const { subject, sentence } = noticeText(notice, r.locale);
      return { toAddress: r.email, subject, body: mailBody(r.locale, [sentence], [notice.requestId], appUrl), locale: r.locale, nextAttemptAt: now, createdAt: now };
    }),
  );
}

/** An e-mail's text: the sentences with a link to each request, and the privacy note. */
export function mailBody(locale: Locale, sentences: string[], requestIds: string[], appUrl?: string): string {
  const t = translatorFor(locale);
  const items = sentences.flatMap((sentence, i) => [sentence, t("notifications.mail.open", { url: requestUrl(requestIds[i]!, appUrl) }), ""]);
  return [t("notifications.mail.greeting"), "", ...items, t("notifications.mail.privacy"), t("notifications.mail.signature")].join("\n");
}
