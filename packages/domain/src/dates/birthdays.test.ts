import fc from 'fast-check';
import { ageOn, calendarDateInTimeZone, daysUntil, nextOccurrence, upcomingWithin } from './birthdays';

const day = (year: number, month: number, d: number) => ({ year, month, day: d });

describe('nextOccurrence / daysUntil', () => {
  it.each([
    // [birthday, today, next, days]
    [{ day: 14, month: 5 }, day(2025, 5, 14), day(2025, 5, 14), 0],
    [{ day: 14, month: 5 }, day(2025, 5, 13), day(2025, 5, 14), 1],
    [{ day: 14, month: 5 }, day(2025, 5, 15), day(2026, 5, 14), 364],
    [{ day: 1, month: 1 }, day(2025, 12, 31), day(2026, 1, 1), 1],
    [{ day: 31, month: 12 }, day(2024, 1, 1), day(2024, 12, 31), 365], // 2024 is a leap year
    // leap-day birthdays: 28 Feb in common years, 29 Feb in leap years
    [{ day: 29, month: 2 }, day(2025, 1, 10), day(2025, 2, 28), 49],
    [{ day: 29, month: 2 }, day(2025, 2, 28), day(2025, 2, 28), 0],
    [{ day: 29, month: 2 }, day(2025, 3, 1), day(2026, 2, 28), 364],
    [{ day: 29, month: 2 }, day(2027, 3, 1), day(2028, 2, 29), 365],
    [{ day: 29, month: 2 }, day(2028, 2, 28), day(2028, 2, 29), 1],
    [{ day: 29, month: 2, year: 1996 }, day(2100, 2, 1), day(2100, 2, 28), 27], // 2100 is not a leap year
  ])('%j on %j → %j in %i days', (birthday, today, next, days) => {
    expect(nextOccurrence(birthday, today)).toEqual(next);
    expect(daysUntil(birthday, today)).toBe(days);
  });

  it('reads a Date in its local calendar, across a DST change', () => {
    // 30 March 2025 is the spring-forward day in Poland; local noon keeps this test zone-independent.
    expect(daysUntil({ day: 1, month: 4 }, new Date(2025, 2, 29, 12))).toBe(3);
    expect(nextOccurrence({ day: 26, month: 10 }, new Date(2025, 9, 25, 23, 30))).toEqual(day(2025, 10, 26));
  });

  it('upcomingWithin includes today and the last day of the window', () => {
    expect(upcomingWithin({ day: 14, month: 5 }, day(2025, 5, 14), 0)).toBe(true);
    expect(upcomingWithin({ day: 21, month: 5 }, day(2025, 5, 14), 7)).toBe(true);
    expect(upcomingWithin({ day: 22, month: 5 }, day(2025, 5, 14), 7)).toBe(false);
    expect(upcomingWithin({ day: 2, month: 1 }, day(2025, 12, 28), 7)).toBe(true);
  });

  it('the next occurrence is never in the past and at most a year away (property)', () => {
    const dayMonth = fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) });
    const today = fc.record({ year: fc.integer({ min: 1990, max: 2200 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) });
    fc.assert(fc.property(dayMonth, today, (d, t) => {
      const n = daysUntil(d, t);
      return n >= 0 && n <= 365;
    }));
  });
});

describe('ageOn', () => {
  it.each([
    [{ day: 14, month: 5, year: 1990 }, day(2025, 5, 13), 34],
    [{ day: 14, month: 5, year: 1990 }, day(2025, 5, 14), 35],
    [{ day: 14, month: 5 }, day(2025, 5, 14), null],
    [{ day: 29, month: 2, year: 2000 }, day(2001, 2, 27), 0],
    [{ day: 29, month: 2, year: 2000 }, day(2001, 2, 28), 1], // celebrated on 28 Feb in common years
    [{ day: 29, month: 2, year: 2000 }, day(2004, 2, 28), 3],
    [{ day: 29, month: 2, year: 2000 }, day(2004, 2, 29), 4],
    [{ day: 1, month: 1, year: 2030 }, day(2025, 1, 1), null],
  ])('%j on %j → %s', (d, today, age) => {
    expect(ageOn(d, today)).toBe(age);
  });
});

describe('calendarDateInTimeZone', () => {
  it('gives the salon its own "today" from a UTC instant', () => {
    const instant = new Date(Date.UTC(2025, 4, 13, 22, 30)); // 00:30 on 14 May in Warsaw (CEST)
    expect(calendarDateInTimeZone(instant, 'Europe/Warsaw')).toEqual(day(2025, 5, 14));
    expect(calendarDateInTimeZone(instant, 'UTC')).toEqual(day(2025, 5, 13));
  });
});
