/**
 * A calendar date stored as YYYY-MM-DD (a trial date, a target date) has no time zone: it
 * is formatted as that same day everywhere, by reading and showing it in UTC.
 */
export function calendarDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

export const CALENDAR_DATE = { dateStyle: "long", timeZone: "UTC" } as const;
export const CALENDAR_DATE_SHORT = { dateStyle: "short", timeZone: "UTC" } as const;
