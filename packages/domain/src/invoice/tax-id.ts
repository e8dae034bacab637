import { EuVatCountry } from '../contact/countries';
import type { FieldIssueCode } from '../errors';
import { normalizeVatCountry, splitVatPrefix, validateEuVat } from './eu-vat';
import { validateNip } from './nip';
import { validatePesel } from './pesel';
import { validateRegon } from './regon';
import { compactTaxInput } from './tax-id-common';

/**
 * Which tax number was typed, for the "check number" field and the GraphQL `taxIdCheck(number, country)` query.
 *
 * Routing, after dropping separators:
 * 1. Starts with an EU VAT prefix (PL, DE, EL/GR, XI, …) → EU_VAT of that country.
 * 2. A country hint other than PL → EU_VAT of that country (UNKNOWN for non-EU countries: no rules to check).
 * 3. Digits only: 10 → NIP; 9 or 14 → REGON; 11 → PESEL.
 * 4. Anything else → UNKNOWN.
 * A 10-digit number that fails the NIP checksum is still reported as kind NIP, valid false: a mistyped NIP is far
 * likelier than any other 10-digit Polish number.
 */
export type TaxIdKind = 'NIP' | 'REGON' | 'PESEL' | 'EU_VAT' | 'UNKNOWN';

export type TaxIdCheck = {
  kind: TaxIdKind;
  valid: boolean;
  /** Canonical form when valid (NIP/REGON/PESEL digits, EU VAT with prefix), otherwise null. */
  normalized: string | null;
  country?: EuVatCountry | 'PL';
  reason?: FieldIssueCode;
  details?: TaxIdDetails;
};

export type TaxIdDetails = {
  /** PESEL */
  birthDate?: string;
  sex?: 'FEMALE' | 'MALE';
  /** REGON */
  length?: 9 | 14;
  parentRegon?: string;
  /** EU VAT: the number without its prefix */
  number?: string;
};

export function checkTaxId(input: string | null | undefined, countryHint?: string | null): TaxIdCheck {
  const compact = typeof input === 'string' ? compactTaxInput(input) : '';
  if (!compact) return { kind: 'UNKNOWN', valid: false, normalized: null, reason: 'REQUIRED' };
  const hint = countryHint ? countryHint.trim().toUpperCase() : undefined;

  if (splitVatPrefix(compact).prefix || (hint && hint !== 'PL')) {
    if (hint && hint !== 'PL' && !normalizeVatCountry(hint)) {
      return { kind: 'UNKNOWN', valid: false, normalized: null, reason: 'INVALID_TAX_ID' };
    }
    const vat = validateEuVat(compact, hint);
    return {
      kind: 'EU_VAT',
      valid: vat.valid,
      normalized: vat.normalized ?? null,
      ...(vat.country ? { country: vat.country } : {}),
      ...(vat.reason ? { reason: vat.reason } : {}),
      ...(vat.number ? { details: { number: vat.number } } : {}),
    };
  }

  if (/^\d+$/.test(compact)) {
    switch (compact.length) {
      case 10: {
        const nip = validateNip(compact);
        return { kind: 'NIP', valid: nip.valid, normalized: nip.normalized ?? null, country: 'PL', ...reason(nip.reason) };
      }
      case 9:
      case 14: {
        const regon = validateRegon(compact);
        return {
          kind: 'REGON',
          valid: regon.valid,
          normalized: regon.normalized ?? null,
          country: 'PL',
          ...reason(regon.reason),
          ...(regon.valid && regon.length ? { details: { length: regon.length, ...(regon.parentRegon ? { parentRegon: regon.parentRegon } : {}) } } : {}),
        };
      }
      case 11: {
        const pesel = validatePesel(compact);
        return {
          kind: 'PESEL',
          valid: pesel.valid,
          normalized: pesel.normalized ?? null,
          country: 'PL',
          ...reason(pesel.reason),
          ...(pesel.valid && pesel.birthDate && pesel.sex ? { details: { birthDate: pesel.birthDate, sex: pesel.sex } } : {}),
        };
      }
    }
  }
  return { kind: 'UNKNOWN', valid: false, normalized: null, reason: 'INVALID_TAX_ID' };
}

function reason(code: FieldIssueCode | undefined): { reason?: FieldIssueCode } {
  return code ? { reason: code } : {};
}
