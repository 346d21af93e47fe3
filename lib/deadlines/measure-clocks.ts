import type { MeasureType } from "@/lib/requests/vocabulary";
import type { OwnDateField } from "@/lib/requests/measure-details";
import type { ClockPolicy, DayUnit } from "./policies";

/**
 * The clocks of single measures (docs/product.md, "Deadlines"). A measure that sets its own
 * date — a preservation's end, a hearing, an operation to coordinate, a testimony in France
 * (lib/requests/measure-details.ts, OWN_DATE_FIELD) — is due that day. A measure of a type that
 * calls for quicker action than the request's execution has a default length instead, from
 * the transmission: a product target, like every time limit outside the EU (docs/legal.md,
 * "Time limits": no text fixes one), shipped here.
 *
 * Such a clock starts with the transmission (the requested side learns of the measure then),
 * stops when the measure is settled (returned, or found not executable) and with the
 * request's execution or end; a date is a date: a question pauses the default lengths, not
 * a date the measure set.
 */

/** Default lengths by type of measure when it sets no date of its own. */
export const MEASURE_TARGETS: Partial<Record<MeasureType, { days: number; unit: DayUnit; side: ClockPolicy["side"] }>> = {
  // Children in danger now: their identification and safeguarding cannot wait for the execution of the whole request.
  child_safeguarding: { days: 7, unit: "calendar", side: "requested" },
  // An arrest is coordinated with the requesting State (a date is then set on the measure).
  arrest_of_suspects: { days: 30, unit: "calendar", side: "requested" },
  // A victim's travel to testify (passport, visa, escort) is organised well before the hearing.
  victim_travel: { days: 60, unit: "calendar", side: "requested" },
};

/** A measure as its clock reads it. */
export interface MeasureClockInput {
  id: string;
  type: MeasureType;
  /** Its number in the request (1, 2…), as the page and the letter name it. */
  number: number;
  /** The date it set for itself (YYYY-MM-DD) and who must act by then, if any. */
  ownDate: { date: string; field: OwnDateField } | null;
  /** When it was returned or found not executable; null while outstanding. */
  settledAt: Date | null;
}

/** Which measure a clock is about, for the page, the reminders and the notifications. */
export interface MeasureRef {
  id: string;
  type: MeasureType;
  number: number;
  /** The date field the measure set, or null for its type's default length. */
  dateField: OwnDateField["name"] | null;
}

/** The clock a measure runs, if any: its own date (fixed) or its type's default length. */
export function measureClockOf(measure: MeasureClockInput): { policy: ClockPolicy; dueOn: string | null; ref: MeasureRef } | null {
  const ref = { id: measure.id, type: measure.type, number: measure.number };
  if (measure.ownDate) {
    return {
      // The length is counted from the transmission when the clock is dated (compute.ts).
      policy: { days: 0, unit: "calendar", side: measure.ownDate.field.side, source: "measureDate", expiry: true },
      dueOn: measure.ownDate.date,
      ref: { ...ref, dateField: measure.ownDate.field.name },
    };
  }
  const target = MEASURE_TARGETS[measure.type];
  if (!target) return null;
  return { policy: { ...target, source: "measureTarget" }, dueOn: null, ref: { ...ref, dateField: null } };
}
