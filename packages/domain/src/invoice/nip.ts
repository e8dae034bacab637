import { checkWithStdnum, compactTaxInput, isRepeatedDigit, stdnumValidator, TaxIdValidation } from './tax-id-common';

/**
 * NIP, the Polish tax identification number (F2.2): 10 digits, weights 6 5 7 2 3 4 5 6 7, sum mod 11 is the last
 * digit (10 never is). Accepts "526-025-02-74", "526 025 02 74" and the VAT form "PL5260250274".
 */
export function validateNip(input: string | null | undefined): TaxIdValidation {
  if (typeof input !== 'string' || !input.trim()) return { valid: false, reason: 'REQUIRED' };
  let value = compactTaxInput(input);
  if (value.startsWith('PL')) value = value.slice(2);
  if (!/^\d{10}$/.test(value) || isRepeatedDigit(value)) return { valid: false, reason: 'INVALID_NIP' };
  const compact = checkWithStdnum(stdnumValidator('PL', 'nip'), value);
  return compact ? { valid: true, normalized: compact } : { valid: false, reason: 'INVALID_NIP' };
}

export function isValidNip(input: string | null | undefined): boolean {
  return validateNip(input).valid;
}

/** "526-025-02-74": the grouping printed on Polish invoices. */
export function formatNip(nip: string): string {
  const v = validateNip(nip);
  if (!v.normalized) return nip;
  const n = v.normalized;
  return `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6, 8)}-${n.slice(8)}`;
}
