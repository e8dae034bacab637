import { z } from 'zod';
import { addFieldIssue } from '../parse-with';

/**
 * Identity documents (F1.9), kept only by businesses that must check identity; the server encrypts them.
 *
 * - Polish ID card ("dowód osobisty"): 3 letters + 6 digits, e.g. "ABA300000". The first digit is a check digit:
 *   with letters A=10 … Z=35 and weights 7 3 1 9 7 3 1 7 3, the weighted sum is divisible by 10.
 * - Polish passport: 2 letters + 7 digits ("AB1234567"); we check the shape only, as the brief asks.
 * - Other countries: 5-20 letters and digits; formats vary too much to check more without false rejections.
 * Input may be lower case and contain spaces or dashes ("aba 300000"); output is compact upper case.
 */

export function normalizeDocumentNumber(input: string): string {
  return input.normalize('NFKC').toUpperCase().replace(/[\s-]/g, '');
}

/** The same normalisation under the name the server's encryption and keyed-hash code uses. */
export const normalizeIdentityDocumentNumber = normalizeDocumentNumber;

const ID_CARD_WEIGHTS = [7, 3, 1, 9, 7, 3, 1, 7, 3];
const charValue = (ch: string) => (/\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55);

export function isValidPolishIdCardNumber(input: string): boolean {
  const n = normalizeDocumentNumber(input);
  if (!/^[A-Z]{3}\d{6}$/.test(n)) return false;
  const sum = [...n].reduce((acc, ch, i) => acc + charValue(ch) * ID_CARD_WEIGHTS[i], 0);
  return sum % 10 === 0;
}

export function isValidPolishPassportNumber(input: string): boolean {
  return /^[A-Z]{2}\d{7}$/.test(normalizeDocumentNumber(input));
}

function isValidForeignDocumentNumber(input: string): boolean {
  return /^[A-Z0-9]{5,20}$/.test(normalizeDocumentNumber(input));
}

const documentCountry = z
  .string()
  .transform((v) => v.trim().toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}$/))
  .default('PL');

const documentNumber = z
  .string()
  .nullish()
  .transform((v) => (v == null || !v.trim() ? null : normalizeDocumentNumber(v)));

export const identityDocumentsSchema = z
  .object({
    idCardNumber: documentNumber,
    idCardCountry: documentCountry,
    passportNumber: documentNumber,
    passportCountry: documentCountry,
  })
  .superRefine((d, ctx) => {
    if (d.idCardNumber) {
      const ok = d.idCardCountry === 'PL' ? isValidPolishIdCardNumber(d.idCardNumber) : isValidForeignDocumentNumber(d.idCardNumber);
      if (!ok) addFieldIssue(ctx, 'INVALID_FORMAT', 'Invalid ID card number', ['idCardNumber']);
    }
    if (d.passportNumber) {
      const ok = d.passportCountry === 'PL' ? isValidPolishPassportNumber(d.passportNumber) : isValidForeignDocumentNumber(d.passportNumber);
      if (!ok) addFieldIssue(ctx, 'INVALID_FORMAT', 'Invalid passport number', ['passportNumber']);
    }
  });

export type IdentityDocuments = z.output<typeof identityDocumentsSchema>;
export type IdentityDocumentsInput = z.input<typeof identityDocumentsSchema>;
