import { compactTaxInput, TaxIdValidation } from './tax-id-common';

/**
 * PESEL, the Polish personal number (F2.2): YYMMDD + serial + sex digit + check digit (weights 1 3 7 9 …).
 * The century is encoded in the month: +80 for the 1800s, +0 for the 1900s, +20 for the 2000s, +40 for the 2100s,
 * +60 for the 2200s. The tenth digit is odd for men, even for women.
 *
 * Not delegated to stdnum: stdnum@1.12.0 also rejects birth dates after the machine's clock, which makes the
 * answer change with time and rejects the 2100s/2200s encodings outright. We validate the structure and return
 * the birth date; a caller that cares compares it with today.
 */
export type PeselValidation = TaxIdValidation & { birthDate?: string; sex?: 'FEMALE' | 'MALE' };

const CENTURY_BY_MONTH_OFFSET: Record<number, number> = { 80: 1800, 0: 1900, 20: 2000, 40: 2100, 60: 2200 };

export function validatePesel(input: string | null | undefined): PeselValidation {
  if (typeof input !== 'string' || !input.trim()) return { valid: false, reason: 'REQUIRED' };
  const value = compactTaxInput(input);
  if (!/^\d{11}$/.test(value)) return { valid: false, reason: 'INVALID_PESEL' };
  const birthDate = peselBirthDate(value);
  if (!birthDate || !peselChecksumOk(value)) return { valid: false, reason: 'INVALID_PESEL' };
  return { valid: true, normalized: value, birthDate, sex: Number(value[9]) % 2 === 1 ? 'MALE' : 'FEMALE' };
}

export function isValidPesel(input: string | null | undefined): boolean {
  return validatePesel(input).valid;
}

function peselBirthDate(value: string): string | undefined {
  const yy = Number(value.slice(0, 2));
  const mm = Number(value.slice(2, 4));
  const dd = Number(value.slice(4, 6));
  const offset = Math.floor(mm / 20) * 20;
  const century = CENTURY_BY_MONTH_OFFSET[offset];
  const month = mm - offset;
  if (century === undefined || month < 1 || month > 12) return undefined;
  const year = century + yy;
  const date = new Date(Date.UTC(year, month - 1, dd));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== dd) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

const PESEL_WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

function peselChecksumOk(value: string): boolean {
  const sum = PESEL_WEIGHTS.reduce((acc, w, i) => acc + w * Number(value[i]), 0);
  return (10 - (sum % 10)) % 10 === Number(value[10]);
}
