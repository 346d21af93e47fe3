/** The calendar date (YYYY-MM-DD) an instant falls on in a time zone: "today" where the person works. */
export function localIsoDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone }).format(instant);
}
