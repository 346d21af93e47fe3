import { tzOffset } from "@date-fns/tz";
import Holidays from "date-holidays";

/**
 * Working-day calendars per country (docs/product.md, "Deadlines"). Days are handled as integers — days
 * since 1970-01-01 in the country's own time zone — so that counting hundreds of
 * thousands of deadlines stays cheap.
 */
export type DayNumber = number;

const DAY_MS = 86_400_000;

export class CalendarError extends Error {}

export interface WorkingCalendar {
  countryCode: string;
  timeZone: string;
  isWorkingDay(day: DayNumber): boolean;
  /** The day (in this calendar's time zone) on which an instant falls. */
  dayOf(instant: Date): DayNumber;
  /** The last millisecond of a day in this calendar's time zone: when a deadline on that day falls. */
  endOfDay(day: DayNumber): Date;
}

/** 1970-01-01 was a Thursday: day 0 → 4 (Sunday = 0 … Saturday = 6). */
export function weekday(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function dayFromIso(iso: string): DayNumber {
  return Math.floor(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS);
}

export function isoFromDay(day: DayNumber): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

// The offset of a zone changes at most a few times a year: cache it per zone and hour
// (numeric keys: this runs for every event of every request).
const offsetCaches = new Map<string, Map<number, number>>();
function offsetMinutes(timeZone: string, instantMs: number): number {
  let cache = offsetCaches.get(timeZone);
  if (!cache) offsetCaches.set(timeZone, (cache = new Map()));
  const hour = Math.floor(instantMs / 3_600_000);
  let offset = cache.get(hour);
  if (offset === undefined) {
    offset = tzOffset(timeZone, new Date(hour * 3_600_000));
    if (Number.isNaN(offset)) throw new CalendarError(`unknown time zone ${timeZone}`);
    if (cache.size > 100_000) cache.clear();
    cache.set(hour, offset);
  }
  return offset;
}

/** The calendar year of a day number, without building a Date. */
function yearOf(day: DayNumber): number {
  let year = 1970 + Math.floor(day / 365.2425);
  while (Date.UTC(year, 0, 1) / DAY_MS > day) year--;
  while (Date.UTC(year + 1, 0, 1) / DAY_MS <= day) year++;
  return year;
}

let holidayCountries: Set<string> | undefined;

/**
 * Whether date-holidays knows a country's public holidays. init() accepts unknown codes
 * silently: check against the countries the data covers. The directory shows the answer.
 */
export function hasHolidayData(countryCode: string): boolean {
  holidayCountries ??= new Set(Object.keys(new Holidays().getCountries()));
  return holidayCountries.has(countryCode);
}

/**
 * Public holidays of a country for a year, as day numbers (date-holidays, type "public").
 * A country an administrator added that the data does not cover counts weekends only:
 * its deadlines run (a little early rather than never) instead of failing.
 */
function publicHolidays(countryCode: string, year: number): DayNumber[] {
  if (!hasHolidayData(countryCode)) return [];
  const holidays = new Holidays(countryCode);
  const list = holidays.getHolidays(year);
  return list.filter((h) => h.type === "public").map((h) => dayFromIso(h.date.slice(0, 10)));
}

const calendars = new Map<string, WorkingCalendar>();

/**
 * The calendar of a country: Saturday and Sunday off, plus its public holidays when known.
 * Throws CalendarError for an unknown time zone.
 */
export function calendarFor(countryCode: string, timeZone: string): WorkingCalendar {
  const key = `${countryCode}|${timeZone}`;
  const cached = calendars.get(key);
  if (cached) return cached;
  if (!timeZone) throw new CalendarError(`no time zone for ${countryCode}`);
  offsetMinutes(timeZone, 0); // fails early on an unknown zone
  const holidaysByYear = new Map<number, Set<DayNumber>>();
  const holidaysOf = (year: number) => {
    let set = holidaysByYear.get(year);
    if (!set) {
      set = new Set(publicHolidays(countryCode, year));
      holidaysByYear.set(year, set);
    }
    return set;
  };

  const calendar: WorkingCalendar = {
    countryCode,
    timeZone,
    isWorkingDay(day) {
      const wd = weekday(day);
      if (wd === 0 || wd === 6) return false;
      return !holidaysOf(yearOf(day)).has(day);
    },
    dayOf(instant) {
      const ms = instant.getTime();
      return Math.floor((ms + offsetMinutes(timeZone, ms) * 60_000) / DAY_MS);
    },
    endOfDay(day) {
      const localEnd = (day + 1) * DAY_MS - 1;
      // The offset at the instant itself; a second look settles a DST change that day.
      let instant = localEnd - offsetMinutes(timeZone, localEnd) * 60_000;
      instant = localEnd - offsetMinutes(timeZone, instant) * 60_000;
      return new Date(instant);
    },
  };
  calendars.set(key, calendar);
  return calendar;
}
