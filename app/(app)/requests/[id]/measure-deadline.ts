import type { ClockResult } from "@/lib/deadlines/compute";
import { localIsoDate } from "@/lib/dates";
import type { MeasureDeadlineView } from "./measure-parts";

/** A measure's own clock from the request's clocks, as the measure shows it: its day in the responsible side's calendar. */
export function measureDeadline(clocks: ClockResult, measureId: string): MeasureDeadlineView | null {
  if (!clocks.ok) return null;
  const clock = clocks.clocks.find((c) => c.measure?.id === measureId);
  if (!clock?.measure) return null;
  return { dateField: clock.measure.dateField, dueOn: localIsoDate(clock.dueAt, clock.timeZone), state: clock.state, daysLeft: clock.daysLeft };
}
