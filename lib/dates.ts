import { dateTimeFormat } from "@/lib/i18n/date-formats";

/**
 * Dates as people read them. Two kinds must never be confused: an instant (a transmission,
 * an event) is shown in the reader's time zone; a calendar date stored as YYYY-MM-DD (a trial
 * date, a target date) has no time zone and is the same day everywhere.
 */

/** The calendar date (YYYY-MM-DD) an instant falls on in a time zone: "today" where the person works. */
export function localIsoDate(instant: Date, timeZone: string): string {
  // A request's deadlines ask for local dates dozens of times per page: one formatter per zone.
  return dateTimeFormat("en-CA", { timeZone }).format(instant);
}

/** A calendar date (YYYY-MM-DD) as a Date at UTC midnight: format it with `timeZone: "UTC"` so the day never shifts. */
export function calendarDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

/** Formats for calendar dates (see `calendarDate`). */
export const CALENDAR_DATE = { dateStyle: "long", timeZone: "UTC" } as const;
export const CALENDAR_DATE_SHORT = { dateStyle: "short", timeZone: "UTC" } as const;
