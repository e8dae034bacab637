import fc from 'fast-check';
import { safeParseWith } from '../parse-with';
import {
  dayMonthSchema,
  formatPartialDate,
  isValidIsoDate,
  parsePartialDate,
  partialDateSchema,
  partialDateToIso,
  validatePartialDate,
} from './partial-date';

describe('validatePartialDate', () => {
  it.each([
    [{ day: 14, month: 5 }, true],
    [{ day: 14, month: 5, year: 1990 }, true],
    [{ day: 14, month: 5, year: null }, true],
    [{ day: 29, month: 2 }, true], // no year: cannot rule it out
    [{ day: 29, month: 2, year: 2000 }, true], // divisible by 400
    [{ day: 29, month: 2, year: 2024 }, true],
    [{ day: 29, month: 2, year: 1900 }, false], // divisible by 100, not 400
    [{ day: 29, month: 2, year: 2023 }, false],
    [{ day: 30, month: 2 }, false],
    [{ day: 31, month: 4 }, false],
    [{ day: 31, month: 12, year: 1999 }, true],
    [{ day: 0, month: 1 }, false],
    [{ day: 1, month: 13 }, false],
    [{ day: 1.5, month: 1 }, false],
    [{ day: 1, month: 1, year: 1899 }, false],
    [{ day: 1, month: 1, year: 2101 }, false],
  ])('%j → %s', (d, valid) => {
    expect(validatePartialDate(d).valid).toBe(valid);
    if (!valid) expect(validatePartialDate(d).reason).toBe('INVALID_DATE');
  });
});

describe('formatPartialDate', () => {
  it.each([
    [{ day: 14, month: 5, year: 1990 }, 'pl', 'long', '14 maja 1990'],
    [{ day: 14, month: 5 }, 'pl', 'long', '14 maja'],
    [{ day: 1, month: 9, year: null }, 'pl', 'long', '1 września'],
    [{ day: 14, month: 5, year: 1990 }, 'en', 'long', '14 May 1990'],
    [{ day: 29, month: 2 }, 'en', 'long', '29 February'],
    [{ day: 4, month: 7, year: 2001 }, 'pl', 'numeric', '04.07.2001'],
    [{ day: 4, month: 7 }, 'en', 'numeric', '04.07'],
  ] as const)('%j %s %s → %s', (d, lang, style, expected) => {
    expect(formatPartialDate(d, lang, style)).toBe(expected);
  });
});

describe('parsePartialDate', () => {
  it.each([
    ['14.05', { day: 14, month: 5, year: null }],
    ['14-05', { day: 14, month: 5, year: null }],
    ['14.05.1990', { day: 14, month: 5, year: 1990 }],
    ['14/05/1990', { day: 14, month: 5, year: 1990 }],
    ['1990-05-14', { day: 14, month: 5, year: 1990 }],
    ['--05-14', { day: 14, month: 5, year: null }],
    ['29.02', { day: 29, month: 2, year: null }],
    ['29.02.2023', null],
    ['31.04', null],
    ['May 14', null],
    ['', null],
  ])('%j → %j', (text, expected) => {
    expect(parsePartialDate(text)).toEqual(expected);
  });

  it('round-trips through ISO', () => {
    expect(partialDateToIso({ day: 14, month: 5, year: 1990 })).toBe('1990-05-14');
    expect(partialDateToIso({ day: 14, month: 5 })).toBe('--05-14');
    fc.assert(
      fc.property(fc.date({ min: new Date(1900, 0, 1), max: new Date(2100, 11, 31), noInvalidDate: true }), fc.boolean(), (dt, withYear) => {
        const d = { day: dt.getDate(), month: dt.getMonth() + 1, year: withYear ? dt.getFullYear() : null };
        return JSON.stringify(parsePartialDate(partialDateToIso(d))) === JSON.stringify(d);
      }),
    );
  });
});

describe('schemas', () => {
  it('partialDateSchema normalises a missing year to null', () => {
    expect(safeParseWith(partialDateSchema, { day: 1, month: 2 })).toEqual({ ok: true, value: { day: 1, month: 2, year: null } });
  });

  it.each([
    [{ day: 31, month: 2 }, ['day'], 'INVALID_DATE'],
    [{ day: 29, month: 2, year: 2023 }, ['day'], 'INVALID_DATE'],
    [{ day: 1, month: 13 }, ['month'], 'OUT_OF_RANGE'],
    [{ month: 1 }, ['day'], 'REQUIRED'],
    [{ day: 1, month: 1, year: 1850 }, ['year'], 'OUT_OF_RANGE'],
  ])('partialDateSchema %j → %s %s', (input, path, code) => {
    const r = safeParseWith(partialDateSchema, input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ path, code });
  });

  it('dayMonthSchema accepts 29 February and rejects 30 February', () => {
    expect(safeParseWith(dayMonthSchema, { day: 29, month: 2 }).ok).toBe(true);
    expect(safeParseWith(dayMonthSchema, { day: 30, month: 2 }).ok).toBe(false);
  });

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-1-01', false],
    ['01.01.2024', false],
  ])('isValidIsoDate(%s) = %s', (s, ok) => {
    expect(isValidIsoDate(s)).toBe(ok);
  });
});
