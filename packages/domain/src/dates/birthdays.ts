import { CalendarDate, DayMonth, PartialDate, isLeapYear } from './partial-date';

/**
 * Upcoming-birthday maths (F5.5), on calendar days so that daylight-saving changes never shift a birthday.
 *
 * `today` is either a CalendarDate or a Date; a Date is read in its LOCAL calendar (getFullYear/getMonth/getDate),
 * which is what the browser and a server running with TZ=Europe/Warsaw want. A server running in UTC should pass
 * `calendarDateInTimeZone(new Date(), 'Europe/Warsaw')` instead, or it will wish happy birthday an hour late.
 *
 * Leap-day birthdays: in a non-leap year 29 February is celebrated on 28 February (it stays in February, and the
 * greeting is never later than the day). Age follows the same rule: someone born on 29 February 2000 turned 1 on
 * 28 February 2001.
 */

export type DateInput = Date | CalendarDate;

export function toCalendarDate(input: DateInput): CalendarDate {
  if (input instanceof Date) return { year: input.getFullYear(), month: input.getMonth() + 1, day: input.getDate() };
  return { year: input.year, month: input.month, day: input.day };
}

/** The calendar day an instant falls on in a time zone, e.g. the salon's "today". */
export function calendarDateInTimeZone(instant: Date, timeZone: string): CalendarDate {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

export function calendarDateToIso(d: CalendarDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

function dayNumber(d: CalendarDate): number {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

/** The day a yearly date falls on in a given year (29 Feb → 28 Feb outside leap years). */
export function occurrenceInYear(d: DayMonth, year: number): CalendarDate {
  if (d.month === 2 && d.day === 29 && !isLeapYear(year)) return { year, month: 2, day: 28 };
  return { year, month: d.month, day: d.day };
}

/** Today if it is the day, otherwise the next one. */
export function nextOccurrence(d: DayMonth | PartialDate, today: DateInput): CalendarDate {
  const t = toCalendarDate(today);
  const thisYear = occurrenceInYear(d, t.year);
  return dayNumber(thisYear) >= dayNumber(t) ? thisYear : occurrenceInYear(d, t.year + 1);
}

/** 0 on the day itself. */
export function daysUntil(d: DayMonth | PartialDate, today: DateInput): number {
  return dayNumber(nextOccurrence(d, today)) - dayNumber(toCalendarDate(today));
}

/** Within the next `days` days, today included ("upcomingWithin(d, today, 7)": this week's list). */
export function upcomingWithin(d: DayMonth | PartialDate, today: DateInput, days: number): boolean {
  return daysUntil(d, today) <= days;
}

/** Completed years on `today`, or null when the year is unknown (or in the future). */
export function ageOn(d: PartialDate, today: DateInput): number | null {
  if (d.year == null) return null;
  const t = toCalendarDate(today);
  const birthdayThisYear = occurrenceInYear(d, t.year);
  let age = t.year - d.year;
  if (dayNumber(t) < dayNumber(birthdayThisYear)) age -= 1;
  return age >= 0 ? age : null;
}
