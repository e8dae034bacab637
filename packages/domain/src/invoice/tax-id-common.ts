import { stdnum, type Validator } from 'stdnum';
import type { FieldIssueCode } from '../errors';

/** What every tax-number validator answers. `normalized` is the canonical form to store, when valid. */
export type TaxIdValidation = { valid: boolean; normalized?: string; reason?: FieldIssueCode };

/**
 * Upper case without the separators people type or paste ("526-025-02-74", "DE 136.695.976", "CZ 640229/4448",
 * "BE (0)468.561.072" → "BE0468561072" after the (0) is read as a digit). NFKC turns full-width digits and
 * non-breaking spaces into plain ones.
 */
export function compactTaxInput(input: string): string {
  return input.normalize('NFKC').toUpperCase().replace(/[\s\-./:,()_\\]/g, '');
}

/** stdnum's validator for a country and kind, e.g. stdnumValidator('PL', 'nip'). */
export function stdnumValidator(country: string, name: string): Validator {
  const v = stdnum[country]?.[name];
  if (!v) throw new Error(`stdnum has no ${country}.${name}`);
  return v;
}

/** Run a stdnum validator; its `compact` is the canonical form. Never throws. */
export function checkWithStdnum(validator: Validator, value: string): string | null {
  try {
    const r = validator.validate(value);
    return r.isValid ? r.compact : null;
  } catch {
    return null;
  }
}

/** "1111111111" passes the NIP checksum (as does every repeated digit): obviously typed to get past a form. */
export function isRepeatedDigit(value: string): boolean {
  return /^(\d)\1+$/.test(value);
}
