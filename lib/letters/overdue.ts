import type { Clock, ClockResult } from "@/lib/deadlines/compute";
import { localIsoDate } from "@/lib/dates";

/** The clocks the requested side must meet: what a reminder can ask after. */
export const AWAITED_CLOCKS = ["acknowledgement", "recognition", "execution"] as const;
export type AwaitedClock = (typeof AWAITED_CLOCKS)[number];

export interface OverdueClock {
  kind: AwaitedClock;
  /** The calendar day it fell due, in the requested country. */
  dueOn: string;
}

/**
 * The requested side's clocks that are breached and still running (lib/deadlines/compute.ts
 * calls such a clock overdue). A late review or a preservation about to lapse is the
 * requesting side's own business: no reminder to send about it.
 */
export function overdueOnRequestedSide(clocks: ClockResult): OverdueClock[] {
  if (!clocks.ok) return [];
  return clocks.clocks
    .filter((c): c is Clock & { kind: AwaitedClock } => c.side === "requested" && c.state === "breached" && !c.stoppedAt && isAwaited(c.kind))
    .map((c) => ({ kind: c.kind, dueOn: localIsoDate(c.dueAt, c.timeZone) }));
}

function isAwaited(kind: string): kind is AwaitedClock {
  return (AWAITED_CLOCKS as readonly string[]).includes(kind);
}
