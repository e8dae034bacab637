import { checkWithStdnum, compactTaxInput, stdnumValidator, TaxIdValidation } from './tax-id-common';

/**
 * REGON, the Polish business register number (F2.2). 9 digits for an entity (weights 8 9 2 3 4 5 6 7, mod 11,
 * 10 counts as 0); 14 digits for a local unit: the parent's 9 digits, 4 more, and a second check digit
 * (weights 2 4 8 5 0 9 7 3 6 1 2 4 8). The 14-digit form is only valid when its first 9 digits are.
 */
export type RegonValidation = TaxIdValidation & { length?: 9 | 14; parentRegon?: string };

export function validateRegon(input: string | null | undefined): RegonValidation {
  if (typeof input !== 'string' || !input.trim()) return { valid: false, reason: 'REQUIRED' };
  const value = compactTaxInput(input);
  // All zeros passes both checksums; nobody has it.
  if (!/^(\d{9}|\d{14})$/.test(value) || /^0+$/.test(value)) return { valid: false, reason: 'INVALID_REGON' };
  const compact = checkWithStdnum(stdnumValidator('PL', 'regon'), value);
  if (!compact) return { valid: false, reason: 'INVALID_REGON' };
  if (compact.length === 14) return { valid: true, normalized: compact, length: 14, parentRegon: compact.slice(0, 9) };
  return { valid: true, normalized: compact, length: 9 };
}

export function isValidRegon(input: string | null | undefined): boolean {
  return validateRegon(input).valid;
}
