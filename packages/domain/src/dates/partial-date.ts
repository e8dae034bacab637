import { z } from 'zod';
import type { FieldIssueCode } from '../errors';
import { addFieldIssue } from '../parse-with';

/**
 * A birthday with an optional year (F1.2: many clients give day and month only, and salons are told not to insist)
 * and name days (day and month, never a year).
 */
export type PartialDate = { day: number; month: number; year?: number | null };
export type DayMonth = { day: number; month: number };
/** A timezone-free calendar day; months are 1-12. */
export type CalendarDate = { year: number; month: number; day: number };

/** Birth years outside this range are typing mistakes at a service desk, not clients. */
export const MIN_BIRTH_YEAR = 1900;
export const MAX_BIRTH_YEAR = 2100;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(month: number, year?: number | null): number {
  if (month === 2) return year == null || isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** 29 February is valid without a year (we cannot know) and in leap years only. */
export function validatePartialDate(d: PartialDate): { valid: boolean; reason?: FieldIssueCode } {
  const { day, month, year } = d;
  if (!Number.isInteger(day) || !Number.isInteger(month)) return { valid: false, reason: 'INVALID_DATE' };
  if (year != null && (!Number.isInteger(year) || year < MIN_BIRTH_YEAR || year > MAX_BIRTH_YEAR)) {
    return { valid: false, reason: 'INVALID_DATE' };
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(month, year)) {
    return { valid: false, reason: 'INVALID_DATE' };
  }
  return { valid: true };
}

export function isValidPartialDate(d: PartialDate): boolean {
  return validatePartialDate(d).valid;
}

const MONTHS_PL_GENITIVE = [
  'stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca',
  'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia',
];
const MONTHS_EN = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/**
 * "14 maja 1990" / "14 maja" (Polish uses the genitive month after a day) or "14 May 1990";
 * 'numeric' gives "14.05.1990" / "14.05" in both languages, the form Polish receptionists type.
 */
export function formatPartialDate(d: PartialDate, lang: 'pl' | 'en' = 'pl', style: 'long' | 'numeric' = 'long'): string {
  const year = d.year == null ? '' : String(d.year);
  if (style === 'numeric') {
    const dm = `${String(d.day).padStart(2, '0')}.${String(d.month).padStart(2, '0')}`;
    return year ? `${dm}.${year}` : dm;
  }
  const month = (lang === 'pl' ? MONTHS_PL_GENITIVE : MONTHS_EN)[d.month - 1] ?? String(d.month);
  return [String(d.day), month, year].filter(Boolean).join(' ');
}

/**
 * Reads what people type or import: "14.05", "14-05", "14.05.1990", "14/05/1990", "1990-05-14", "--05-14"
 * (vCard without year). Day first, as in Poland. Returns null when it is not a valid partial date.
 */
export function parsePartialDate(text: string): PartialDate | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return checked({ year: +m[1], month: +m[2], day: +m[3] });
  m = /^--(\d{2})-?(\d{2})$/.exec(t);
  if (m) return checked({ day: +m[2], month: +m[1], year: null });
  m = /^(\d{1,2})[.\-/ ](\d{1,2})(?:[.\-/ ](\d{4}))?\.?$/.exec(t);
  if (m) return checked({ day: +m[1], month: +m[2], year: m[3] ? +m[3] : null });
  return null;
}

function checked(d: PartialDate): PartialDate | null {
  return isValidPartialDate(d) ? { day: d.day, month: d.month, year: d.year ?? null } : null;
}

/** 'YYYY-MM-DD' for a full date, '--MM-DD' (ISO 8601 / vCard) without a year. */
export function partialDateToIso(d: PartialDate): string {
  const md = `${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  return d.year == null ? `--${md}` : `${String(d.year).padStart(4, '0')}-${md}`;
}

const intField = z.number().int();

export const partialDateSchema = z
  .object({
    day: intField.min(1).max(31),
    month: intField.min(1).max(12),
    year: intField.min(MIN_BIRTH_YEAR).max(MAX_BIRTH_YEAR).nullish().transform((y) => y ?? null),
  })
  .superRefine((d, ctx) => {
    if (!validatePartialDate(d).valid) addFieldIssue(ctx, 'INVALID_DATE', 'Not a valid calendar date', ['day']);
  });

export const dayMonthSchema = z
  .object({ day: intField.min(1).max(31), month: intField.min(1).max(12) })
  .superRefine((d, ctx) => {
    if (!validatePartialDate(d).valid) addFieldIssue(ctx, 'INVALID_DATE', 'Not a valid day of the year', ['day']);
  });

/** A real calendar date as 'YYYY-MM-DD' (custom fields, restriction expiry). */
export function isValidIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [+m[1], +m[2], +m[3]];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year) && year >= 1;
}

export const isoDateSchema = z.string().superRefine((s, ctx) => {
  if (!isValidIsoDate(s)) addFieldIssue(ctx, 'INVALID_DATE', 'Expected a date as YYYY-MM-DD');
});
