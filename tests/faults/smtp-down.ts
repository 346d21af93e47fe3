import postgres from "postgres";
import { pause } from "./load";
import { startSmtpSink } from "./smtp-sink";
import type { Outcome } from "./stage";

/**
 * (c) The mail relay is down: the server's SMTP_URL points at a closed port. The e-mails of
 * the notifications (lib/notifications → mail_outbox) must stay in the outbox with their
 * failed attempts counted — never marked sent, never dropped — and go out once a relay
 * answers on that port, through the scheduled delivery (lib/jobs, every minute) and its
 * retry delays (lib/mail/deliver.ts), with nothing shortened for the test.
 *
 * It runs beside the other fault runs: the relay comes up as soon as the first attempts
 * have failed, and the check waits for the outbox to empty at the end.
 */

const FIRST_FAILURE_LIMIT_MS = 180_000;
const DELIVERY_LIMIT_MS = 300_000;

interface Row {
  id: number;
  toAddress: string;
  status: string;
  attempts: number;
  lastError: string | null;
}

export function watchMailWhileSmtpDown(dbUrl: string, smtpPort: number) {
  const sql = postgres(dbUrl, { max: 1, onnotice: () => {}, connect_timeout: 3 });
  const started = performance.now();
  const rows = async () =>
    sql<Row[]>`select id, to_address "toAddress", status, attempts, last_error "lastError" from mail_outbox order by id`.catch(() => null);

  let sink: Awaited<ReturnType<typeof startSmtpSink>> | null = null;
  const problems: string[] = [];
  const details: string[] = [];
  let failedFirst: Row[] = [];

  // The first delivery runs against the closed port.
  const firstPhase = (async () => {
    while (performance.now() - started < FIRST_FAILURE_LIMIT_MS) {
      const now = await rows();
      const failed = now?.filter((r) => r.attempts > 0) ?? [];
      if (failed.length) {
        failedFirst = failed;
        const seconds = (performance.now() - started) / 1000;
        const sentEarly = failed.filter((r) => r.status !== "pending");
        if (sentEarly.length) problems.push(`${sentEarly.length} e-mails marked ${sentEarly[0]!.status} while no relay was listening`);
        if (failed.some((r) => !r.lastError)) problems.push("a failed attempt recorded no error");
        details.push(
          `relay down: first attempts ${seconds.toFixed(0)} s after the start, ${failed.length} of ${now!.length} e-mails pending with a failed attempt ` +
            `("${failed[0]!.lastError?.slice(0, 60)}")`,
        );
        sink = await startSmtpSink(smtpPort);
        return;
      }
      await pause(1_000);
    }
    problems.push(`no delivery attempt within ${FIRST_FAILURE_LIMIT_MS / 1000} s of the start`);
  })();

  return {
    /** Waits for every e-mail to be sent (or the limit), then reports. */
    async finish(): Promise<Outcome> {
      await firstPhase;
      const relayUp = performance.now();
      let last: Row[] | null = null;
      if (sink) {
        while (performance.now() - relayUp < DELIVERY_LIMIT_MS) {
          last = (await rows()) ?? last;
          if (last && last.length > 0 && last.every((r) => r.status === "sent")) break;
          await pause(1_000);
        }
      }
      const waited = (performance.now() - relayUp) / 1000;
      if (sink && last) {
        const unsent = last.filter((r) => r.status !== "sent");
        if (unsent.length) problems.push(`${unsent.length} of ${last.length} e-mails still ${unsent[0]!.status} ${DELIVERY_LIMIT_MS / 1000} s after the relay came up`);
        const retried = last.filter((r) => failedFirst.some((f) => f.id === r.id));
        const notRetried = retried.filter((r) => r.status === "sent" && r.attempts < 2);
        if (notRetried.length) problems.push(`${notRetried.length} e-mails sent without a retry although their first attempt had failed`);
        // Every e-mail reached the relay, each recipient as many times as the outbox says.
        const expected = tally(last.filter((r) => r.status === "sent").map((r) => r.toAddress));
        const received = tally(sink.received.map((m) => m.to));
        for (const [to, n] of expected) if ((received.get(to) ?? 0) < n) problems.push(`${to}: ${n} e-mails sent by the outbox, ${received.get(to) ?? 0} received`);
        const duplicates = sink.received.length - [...expected.values()].reduce((a, b) => a + b, 0);
        const attempts = retried.map((r) => r.attempts);
        details.push(
          `relay up: all ${last.length} e-mails sent within ${waited.toFixed(0)} s, the ${retried.length} that had failed at attempt ` +
            `${Math.min(...attempts)}–${Math.max(...attempts)}; ${sink.received.length} received` +
            (duplicates > 0 ? ` (${duplicates} twice: sent, but the server or its database stopped before the outbox recorded it)` : ""),
        );
      }
      await sink?.close();
      await sql.end({ timeout: 5 });
      return { name: "(c) SMTP down", problems, details };
    },
  };
}

function tally(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}
