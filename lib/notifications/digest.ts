import { and, eq, isNull, lte } from "drizzle-orm";
import type { Db } from "@/db/client";
import { countries, mailOutbox, notifications, units, users } from "@/db/schema";
import { localIsoDate } from "@/lib/dates";
import { translatorFor } from "@/lib/i18n/translator";
import { mailBody, noticeOf, noticeText } from "./notify";

/** The digest goes out from this hour of the recipient's own morning. */
export const DIGEST_HOUR = 8;

/**
 * The daily digest, for those who chose it: once per local day, from 08:00 where they work,
 * one e-mail listing the notifications not yet read in the app. Several instances may run
 * this at once: claiming the user's `digestSentAt` decides who sends, so each digest goes
 * out once.
 */
export async function sendDigests(db: Db, now: Date, options: { appUrl?: string } = {}): Promise<{ mailed: number }> {
  const waiting = await db
    .selectDistinct({ id: users.id, email: users.email, locale: users.locale, digestSentAt: users.digestSentAt, timeZone: countries.timeZone })
    .from(users)
    .innerJoin(notifications, and(eq(notifications.userId, users.id), isNull(notifications.digestedAt)))
    .leftJoin(units, eq(units.id, users.unitId))
    .leftJoin(countries, eq(countries.code, units.countryCode))
    .where(and(eq(users.active, true), eq(users.notificationDelivery, "digest")));
  let mailed = 0;
  for (const person of waiting) {
    const timeZone = person.timeZone ?? "UTC";
    if (Number(new Intl.DateTimeFormat("en-GB", { hour: "2-digit", hourCycle: "h23", timeZone }).format(now)) < DIGEST_HOUR) continue;
    if (person.digestSentAt && localIsoDate(person.digestSentAt, timeZone) === localIsoDate(now, timeZone)) continue;
    if (await sendDigest(db, person, now, options.appUrl)) mailed++;
  }
  return { mailed };
}

async function sendDigest(
  db: Db,
  person: { id: string; email: string; locale: "fr" | "en"; digestSentAt: Date | null },
  now: Date,
  appUrl: string | undefined,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const claimed = await tx
      .update(users)
      .set({ digestSentAt: now })
      .where(and(eq(users.id, person.id), person.digestSentAt ? eq(users.digestSentAt, person.digestSentAt) : isNull(users.digestSentAt)))
      .returning({ id: users.id });
    if (claimed.length === 0) return false; // another instance sent it
    const rows = await tx
      .update(notifications)
      .set({ digestedAt: now })
      .where(and(eq(notifications.userId, person.id), isNull(notifications.digestedAt), lte(notifications.createdAt, now)))
      .returning();
    // Read in the app already: no need to mail it.
    const unread = rows.filter((n) => n.readAt === null).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id);
    if (unread.length === 0) return false;
    const t = translatorFor(person.locale);
    const sentences = unread.map((n) => noticeText(noticeOf(n), person.locale).sentence);
    await tx.insert(mailOutbox).values({
      toAddress: person.email,
      subject: t("notifications.mail.digestSubject", { count: unread.length }),
      body: mailBody(person.locale, sentences, unread.map((n) => n.requestId ?? ""), appUrl),
      locale: person.locale,
      nextAttemptAt: now,
      createdAt: now,
    });
    return true;
  });
}
