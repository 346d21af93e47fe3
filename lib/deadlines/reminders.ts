import type { Clock } from "./compute";

/**
 * When a clock calls for a reminder (relance): half-way, at 80 %, on its due day, and once
 * breached every 30 days after the due date. Escalation to the managers goes with the breach.
 * Thresholds are data; the reminders table makes each fire once per clock run.
 */
export const REMINDER_FRACTIONS = [0.5, 0.8] as const;
export const BREACH_REPEAT_DAYS = 30;

const DAY_MS = 86_400_000;

/** The thresholds this clock has reached at `now` (all of them: the table keeps only the new ones). */
export function thresholdsReached(clock: Clock, now: Date): string[] {
  if (clock.stoppedAt || clock.state === "paused") return [];
  const start = clock.startedAt.getTime();
  const span = clock.dueAt.getTime() - start;
  const reached: string[] = [];
  for (const fraction of REMINDER_FRACTIONS) {
    if (now.getTime() >= start + span * fraction) reached.push(String(Math.round(fraction * 100)));
  }
  if (clock.daysLeft !== null && clock.daysLeft <= 0) reached.push("due");
  if (clock.state === "breached") {
    reached.push("breach");
    const daysLate = Math.floor((now.getTime() - clock.dueAt.getTime()) / DAY_MS);
    for (let n = BREACH_REPEAT_DAYS; n <= daysLate; n += BREACH_REPEAT_DAYS) reached.push(`breach+${n}`);
  }
  return reached;
}
