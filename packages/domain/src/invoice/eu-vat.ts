import { euVat as stdnumEuVat } from 'stdnum';
import { EuVatCountry, isEuVatCountry } from '../contact/countries';
import type { FieldIssueCode } from '../errors';
import { checkBgVat, checkCzVat, checkNlVat, checkSkVat, checkXiVat } from './eu-vat-checksums';
import { checkWithStdnum, compactTaxInput, isRepeatedDigit } from './tax-id-common';

/**
 * EU VAT numbers (F2.2): the 27 member states plus XI (Northern Ireland). Greece is EL; GR is accepted as input
 * and normalised to EL. Format and check digits only: whether the number is registered is VIES's job (F2.3).
 */
export type EuVatResult = {
  valid: boolean;
  /** The VAT country, from the prefix or the hint; absent when neither says. */
  country?: EuVatCountry;
  /** Prefix + number, e.g. "PL5260250274", "ATU13585627", "EL094014201". */
  normalized?: string;
  /** The number without its prefix, e.g. "5260250274", "U13585627". */
  number?: string;
  reason?: FieldIssueCode;
};

type Check = (compactNumber: string) => string | null;

function fromStdnum(country: string): Check {
  const validators = stdnumEuVat[country];
  if (!validators?.length) throw new Error(`stdnum has no EU VAT validator for ${country}`);
  return (n) => {
    for (const v of validators) {
      const compact = checkWithStdnum(v, n);
      if (compact) return compact;
    }
    return null;
  };
}

const CHECKS: Record<EuVatCountry, Check> = {
  AT: fromStdnum('AT'),
  BE: fromStdnum('BE'),
  BG: checkBgVat, // stdnum bugs, see eu-vat-checksums.ts
  CY: fromStdnum('CY'),
  CZ: checkCzVat, // stdnum bugs
  DE: fromStdnum('DE'),
  DK: fromStdnum('DK'),
  EE: fromStdnum('EE'),
  EL: fromStdnum('GR'),
  ES: fromStdnum('ES'),
  FI: fromStdnum('FI'),
  FR: fromStdnum('FR'),
  HR: fromStdnum('HR'),
  HU: fromStdnum('HU'),
  IE: fromStdnum('IE'),
  IT: fromStdnum('IT'),
  LT: fromStdnum('LT'),
  LU: fromStdnum('LU'),
  LV: fromStdnum('LV'),
  MT: fromStdnum('MT'),
  NL: checkNlVat, // stdnum bug
  // The NIP checksum passes every repeated digit ("1111111111"), which only gets typed to get past a form.
  PL: (n) => (isRepeatedDigit(n) ? null : fromStdnum('PL')(n)),
  PT: fromStdnum('PT'),
  RO: fromStdnum('RO'),
  SE: fromStdnum('SE'),
  SI: fromStdnum('SI'),
  SK: checkSkVat, // stdnum bug
  XI: checkXiVat, // not in stdnum
};

/** VAT country from user input: upper case, GR → EL; undefined when it is not an EU VAT country. */
export function normalizeVatCountry(code: string | null | undefined): EuVatCountry | undefined {
  if (!code) return undefined;
  const upper = code.trim().toUpperCase();
  const prefix = upper === 'GR' ? 'EL' : upper;
  return isEuVatCountry(prefix) ? prefix : undefined;
}

/** Splits "PL 526-025-02-74" into PL + 5260250274; no prefix when the first two characters are not one. */
export function splitVatPrefix(input: string): { prefix?: EuVatCountry; rest: string } {
  const compact = compactTaxInput(input);
  const m = /^([A-Z]{2})(.*)$/.exec(compact);
  const prefix = m ? normalizeVatCountry(m[1]) : undefined;
  return prefix ? { prefix, rest: m![2] } : { rest: compact };
}

export function validateEuVat(input: string | null | undefined, country?: string | null): EuVatResult {
  if (typeof input !== 'string' || !compactTaxInput(input)) return { valid: false, reason: 'REQUIRED' };
  const hint = country ? normalizeVatCountry(country) : undefined;
  if (country && !hint) return { valid: false, reason: 'INVALID_VAT_NUMBER' };
  const { prefix, rest } = splitVatPrefix(input);
  const vatCountry = prefix ?? hint;
  if (!vatCountry) return { valid: false, reason: 'INVALID_VAT_NUMBER' };
  // "DE136695976" typed into a form whose prefix says AT: tell the user instead of guessing.
  if (prefix && hint && prefix !== hint) return { valid: false, country: hint, reason: 'INVALID_VAT_NUMBER' };
  const number = CHECKS[vatCountry](rest);
  if (!number) return { valid: false, country: vatCountry, reason: 'INVALID_VAT_NUMBER' };
  return { valid: true, country: vatCountry, normalized: `${vatCountry}${number}`, number };
}

export function isValidEuVat(input: string | null | undefined, country?: string | null): boolean {
  return validateEuVat(input, country).valid;
}
