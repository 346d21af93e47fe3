import { PgBoss } from "pg-boss";
import type { DatabaseConnection } from "@/db/client";
import { scanDeadlines } from "@/lib/deadlines/scan";
import { sendDigests } from "@/lib/notifications/digest";
import { runRetention } from "@/lib/retention/run";
import type { Env } from "@/lib/env";
import { deliverPendingMail } from "@/lib/mail/deliver";
import { smtpTransport } from "@/lib/mail/transport";
import { dropOutdatedQueueSchema } from "./outdated-schema";

/** Where pg-boss keeps its queue and schedules, beside the app's tables. */
const QUEUE_SCHEMA = "pgboss";

interface Task {
  name: string;
  everyMinutes: number;
  /** When the schedule is a time of day rather than a period (pg-boss reads cron, in UTC). */
  cron?: string;
  run(): Promise<unknown>;
}

function tasks(conn: DatabaseConnection, e: Env): Task[] {
  const list: Task[] = [
    {
      name: "deadline-scan",
      everyMinutes: e.DEADLINE_SCAN_MINUTES,
      run: () => scanDeadlines(conn.db, new Date(), { appUrl: e.APP_URL }),
    },
    {
      // Each digest goes out once a day at its recipient's 08:00; a run every 15 minutes finds it.
      name: "notification-digest",
      everyMinutes: 15,
      run: () => sendDigests(conn.db, new Date(), { appUrl: e.APP_URL }),
    },
    {
      // Erasures past the retention period (Décret 2025-59): once a day, at night in Europe.
      name: "retention",
      everyMinutes: 24 * 60,
      cron: "30 2 * * *",
      run: () => runRetention(conn.db, new Date()),
    },
  ];
  const transport = smtpTransport(e.SMTP_URL);
  // Without SMTP, e-mail waits in the outbox (visible to administrators).
  if (transport) {
    list.push({
      name: "mail-delivery",
      everyMinutes: 1,
      run: () => deliverPendingMail(conn.db, transport, { from: e.MAIL_FROM, now: new Date() }),
    });
  }
  return list;
}

/** Runs a task, logging failures by name only (never case content), so that one bad run does not stop the next. */
async function runLogged(task: Task): Promise<void> {
  try {
    await task.run();
  } catch (error) {
    console.error(`[jobs] ${task.name} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Starts the scheduled work. On PostgreSQL, pg-boss keeps the schedule and the queue in the
 * database, so several app instances share the work instead of each doing it; on the
 * embedded database (one process by nature) a timer runs the same tasks. Either way the
 * tasks themselves are safe to run twice: reminders and e-mails are recorded once.
 */
export async function startJobs(conn: DatabaseConnection, e: Env): Promise<() => Promise<void>> {
  const list = tasks(conn, e);
  if (conn.kind === "pglite") {
    const timers = list.map((task) => setInterval(() => void runLogged(task), task.everyMinutes * 60_000));
    for (const task of list) void runLogged(task);
    return async () => timers.forEach(clearInterval);
  }
  if (await dropOutdatedQueueSchema(e.DATABASE_URL!, QUEUE_SCHEMA)) {
    console.log(`[jobs] dropped the schema "${QUEUE_SCHEMA}" of pg-boss 10, which pg-boss 12 cannot upgrade; the schedules are created again`);
  }
  const boss = new PgBoss({ connectionString: e.DATABASE_URL!, schema: QUEUE_SCHEMA });
  boss.on("error", (error) => console.error(`[jobs] pg-boss: ${error.message}`));
  await boss.start();
  for (const task of list) {
    await boss.createQueue(task.name);
    await boss.schedule(task.name, task.cron ?? `*/${task.everyMinutes} * * * *`);
    await boss.work(task.name, async () => {
      await runLogged(task);
    });
  }
  // A first scan at start-up, so that a fresh instance does not wait for the schedule.
  await boss.send("deadline-scan", {}, { singletonKey: "startup", singletonSeconds: 60 });
  return async () => {
    await boss.stop({ graceful: true, timeout: 10_000 });
  };
}
