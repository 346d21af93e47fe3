import type { Side } from "@/lib/requests/vocabulary";
import { BALL_IN_COURT, FINAL_STATUSES } from "@/lib/requests/vocabulary";
import { calendarFor, dayFromIso, type WorkingCalendar } from "./calendar";
import type { MeasureRef } from "./measure-clocks";
import { countedDaysBetween, dueDay, type PausedSpan } from "./due";
import { policyFor, type ClockKind, type DayUnit, type PolicySource } from "./policies";
import { trackClocks, type ClockInput, type Tracked } from "./replay";

export type { ClockInput } from "./replay";

export type ClockState = "running" | "paused" | "met" | "breached" | "stopped";
export type { Side } from "@/lib/requests/vocabulary";

export interface Clock {
  kind: ClockKind;
  side: Side;
  unit: DayUnit;
  source: PolicySource;
  /** The policy's length, in `unit`s, extensions included. */
  days: number;
  timeZone: string;
  startedAt: Date;
  /** For a paused clock: when it would fall due if resumed today. */
  dueAt: Date;
  stoppedAt: Date | null;
  pausedDays: number;
  state: ClockState;
  /** Days (of the clock's unit) left until due; negative when overdue; null once stopped. */
  daysLeft: number | null;
  /** A measure's own clock (kind "measure"): which measure, and which date of it. */
  measure?: MeasureRef;
}

export type ClockResult =
  | {
      ok: true;
      clocks: Clock[];
      ballInCourt: Side | null;
      /** The earliest due date among running clocks: what the list sorts and filters on. */
      nextDueAt: Date | null;
      overdue: boolean;
      /** When the request is expected to be executed (its execution clock, or projected from today). */
      expectedCompletion: Date | null;
      hardDateAtRisk: boolean;
    }
  | { ok: false; error: string };

/**
 * The clocks of one request at `now` (docs/product.md, "Deadlines"), derived from its events
 * alone (replay.ts): pure and deterministic. An inconsistent history, an unknown legal basis or time zone gives
 * `{ ok: false }` with the reason, never an exception.
 */
export function computeClocks(input: ClockInput, now: Date): ClockResult {
  try {
    return computeOrThrow(input, now);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

function computeOrThrow(input: ClockInput, now: Date): ClockResult {
  const calendars: Record<Side, WorkingCalendar> = {
    requesting: calendarFor(input.requesting.countryCode, input.requesting.timeZone),
    requested: calendarFor(input.requested.countryCode, input.requested.timeZone),
  };
  const tracked = trackClocks(input);
  const latest = new Map<string, Tracked>();
  // A resubmitted request shows its latest review; each measure has its own clock.
  for (const t of tracked) latest.set(`${t.kind}:${t.measure?.id ?? ""}`, t);
  const clocks = [...latest.values()].map((t) => clockAt(t, calendars[t.policy.side], now));

  const running = clocks.filter((c) => c.state === "running" || (c.state === "breached" && !c.stoppedAt));
  const nextDueAt = running.length ? new Date(Math.min(...running.map((c) => c.dueAt.getTime()))) : null;
  const open = !FINAL_STATUSES.includes(input.status);
  const expectedCompletion = open ? expectedCompletionOf(clocks, input, calendars.requested, now) : null;
  const hardDateAtRisk =
    open && input.caseHardDate !== null && expectedCompletion !== null &&
    expectedCompletion > calendars.requesting.endOfDay(dayFromIso(input.caseHardDate));

  return {
    ok: true,
    clocks,
    ballInCourt: BALL_IN_COURT[input.status],
    nextDueAt,
    overdue: clocks.some((c) => c.state === "breached" && !c.stoppedAt),
    expectedCompletion,
    hardDateAtRisk,
  };
}


function clockAt(t: Tracked, calendar: WorkingCalendar, now: Date): Clock {
  const today = calendar.dayOf(now);
  const spans: PausedSpan[] = t.pauses.map((p) => [calendar.dayOf(p.from), p.to ? calendar.dayOf(p.to) : today + 1]);
  // A date a measure set falls on that day, however long after (or before) the transmission.
  const fixed = t.dueOn ? dayFromIso(t.dueOn) : null;
  const days = fixed !== null ? fixed - calendar.dayOf(t.start) : t.policy.days + t.extensions * (t.policy.extension?.days ?? 0);
  const due = fixed ?? dueDay(calendar.dayOf(t.start), days, t.policy.unit, calendar, spans, !t.policy.expiry);
  const dueAt = calendar.endOfDay(due);
  const pausedDays = spans.reduce((sum, [from, to]) => sum + Math.max(0, to - from), 0);
  const isPaused = !t.stop && t.pauses.some((p) => p.to === null);

  let state: ClockState;
  if (t.stop) state = t.stop.at > dueAt ? "breached" : t.stop.how === "met" ? "met" : "stopped";
  else if (isPaused) state = "paused";
  else state = now > dueAt ? "breached" : "running";

  return {
    kind: t.kind,
    side: t.policy.side,
    unit: t.policy.unit,
    source: t.policy.source,
    days,
    timeZone: calendar.timeZone,
    startedAt: t.start,
    dueAt,
    stoppedAt: t.stop?.at ?? null,
    pausedDays,
    state,
    daysLeft: t.stop ? null : countedDaysBetween(today, due, t.policy.unit, calendar),
    ...(t.measure ? { measure: t.measure } : {}),
  };
}

/**
 * When the request is expected to be executed: its execution clock's due date — or today,
 * if that has passed and the request is still not executed — or, before execution starts,
 * what the policies would give from today (or from the recognition decision still due).
 */
function expectedCompletionOf(clocks: Clock[], input: ClockInput, requested: WorkingCalendar, now: Date): Date | null {
  const today = requested.dayOf(now);
  const notBeforeToday = (date: Date) => (date < now ? requested.endOfDay(today) : date);
  const execution = clocks.find((c) => c.kind === "execution");
  if (execution) return execution.stoppedAt ? null : notBeforeToday(execution.dueAt);
  const recognition = policyFor("recognition", input.legalBasis, input.urgency, input.targets);
  const exec = policyFor("execution", input.legalBasis, input.urgency, input.targets)!;
  let day = today;
  const recognitionClock = clocks.find((c) => c.kind === "recognition");
  if (recognitionClock) day = Math.max(today, requested.dayOf(recognitionClock.dueAt));
  else if (recognition) day = dueDay(day, recognition.days, recognition.unit, requested, []);
  return requested.endOfDay(dueDay(day, exec.days, exec.unit, requested, []));
}
