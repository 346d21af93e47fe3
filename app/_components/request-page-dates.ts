/** A calendar date (YYYY-MM-DD) as a Date at UTC midnight: format it with `timeZone: "UTC"` so the day never shifts. */
export function calendarDay(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

export const DAY_FORMAT = { dateStyle: "long", timeZone: "UTC" } as const;
