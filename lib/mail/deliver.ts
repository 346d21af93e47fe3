import { and, asc, eq, lte, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { mailOutbox } from "@/db/schema";

/** What sending needs from a mail transport (nodemailer's, or a test's). */
export interface MailTransport {
  sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
}

/** Retry delay after the n-th failure: 1, 2, 4… minutes, at most 6 hours — never given up. */
export function retryDelayMs(attempts: number): number {
  return Math.min(2 ** Math.max(0, attempts - 1), 360) * 60_000;
}

/**
 * Sends the pending e-mails that are due, one by one. Each row is claimed with SKIP LOCKED
 * so that two instances never send the same message; a failure is recorded and retried later.
 */
export async function deliverPendingMail(
  db: Db,
  transport: MailTransport,
  options: { from: string; now: Date; batch?: number },
): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (let i = 0; i < (options.batch ?? 50); i++) {
    const outcome = await db.transaction(async (tx) => {
      const [mail] = await tx
        .select()
        .from(mailOutbox)
        .where(and(eq(mailOutbox.status, "pending"), lte(mailOutbox.nextAttemptAt, options.now)))
        .orderBy(asc(mailOutbox.nextAttemptAt), asc(mailOutbox.id))
        .limit(1)
        .for("update", { skipLocked: true });
      if (!mail) return "none" as const;
      try {
        await transport.sendMail({ from: options.from, to: mail.toAddress, subject: mail.subject, text: mail.body });
        await tx.update(mailOutbox).set({ status: "sent", sentAt: options.now, attempts: mail.attempts + 1, lastError: null }).where(eq(mailOutbox.id, mail.id));
        return "sent" as const;
      } catch (error) {
        const attempts = mail.attempts + 1;
        await tx
          .update(mailOutbox)
          .set({
            attempts,
            lastError: error instanceof Error ? error.message.slice(0, 500) : "send failed",
            nextAttemptAt: sql`${options.now.toISOString()}::timestamptz + ${retryDelayMs(attempts)} * interval '1 millisecond'`,
          })
          .where(eq(mailOutbox.id, mail.id));
        return "failed" as const;
      }
    });
    if (outcome === "none") break;
    if (outcome === "sent") sent++;
    else failed++;
  }
  return { sent, failed };
}
