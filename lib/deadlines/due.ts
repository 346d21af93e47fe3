import type { DayNumber, WorkingCalendar } from "./calendar";
import type { DayUnit } from "./policies";

/** Paused spans as [firstPausedDay, firstRunningDay) — a day counts as paused if the clock is paused at its end. */
export type PausedSpan = [DayNumber, DayNumber];

function paused(day: DayNumber, spans: readonly PausedSpan[]): boolean {
  for (const [from, to] of spans) if (day >= from && day < to) return true;
  return false;
}

/** Whether a day counts towards a clock: not paused, and a working day for working-day clocks. */
function counts(day: DayNumber, unit: DayUnit, calendar: WorkingCalendar, spans: readonly PausedSpan[]): boolean {
  return !paused(day, spans) && (unit === "calendar" || calendar.isWorkingDay(day));
}

/**
 * The day a clock of `days` falls due when started on `start`: the days after the start
 * that count, skipping paused days. A limit for someone to act that ends on a non-working
 * day moves to the next working day, when the office can act; an expiry
 * (`rollForward: false`, e.g. data preservation) stays where it falls.
 */
export function dueDay(
  start: DayNumber,
  days: number,
  unit: DayUnit,
  calendar: WorkingCalendar,
  spans: readonly PausedSpan[],
  rollForward = true,
): DayNumber {
  let day = start;
  let counted = 0;
  while (counted < days) {
    day++;
    if (counts(day, unit, calendar, spans)) counted++;
  }
  if (rollForward) while (!calendar.isWorkingDay(day) || paused(day, spans)) day++;
  return day;
}

/** Days that count between two days (exclusive of `from`, inclusive of `to`); negative when `to` is before `from`. */
export function countedDaysBetween(from: DayNumber, to: DayNumber, unit: DayUnit, calendar: WorkingCalendar): number {
  if (unit === "calendar") return to - from;
  const sign = to >= from ? 1 : -1;
  const [a, b] = to >= from ? [from, to] : [to, from];
  let n = 0;
  for (let day = a + 1; day <= b; day++) if (calendar.isWorkingDay(day)) n++;
  return sign * n;
}
