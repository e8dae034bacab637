import { z } from 'zod';
import { addFieldIssue } from '../parse-with';

/**
 * Client numbers (F1.6): generated from a per-tenant counter of every client ever created (never reused), and
 * editable. Generated numbers are plain decimals without padding ("42", not "000042"): a padding width
 * would eventually overflow, and receptionists say and type "42". Edited numbers may use letters, digits and
 * - / . (e.g. "2024/17", "A-12"), 1-32 characters, and are unique per tenant after `normalizeClientNumber`
 * (trimmed, upper case: "a-12" and "A-12" are the same number).
 */

export const CLIENT_NUMBER_MAX_LENGTH = 32;
const CLIENT_NUMBER = /^[A-Z0-9\-/.]{1,32}$/;

export function formatClientNumber(counter: number): string {
  if (!Number.isSafeInteger(counter) || counter < 1) throw new RangeError(`Client counter must be a positive integer, got ${counter}`);
  return String(counter);
}

export function normalizeClientNumber(input: string): string {
  return input.normalize('NFKC').trim().toUpperCase();
}

export function isValidClientNumber(input: string | null | undefined): boolean {
  if (typeof input !== 'string') return false;
  const n = normalizeClientNumber(input);
  return CLIENT_NUMBER.test(n) && /[A-Z0-9]/.test(n);
}

/** Optional client number: "" and null mean "generate one" (create) or "clear" (update). */
export const clientNumberSchema = z
  .string()
  .nullable()
  .transform((v, ctx) => {
    if (v == null || !v.trim()) return null;
    if (!isValidClientNumber(v)) {
      const tooLong = normalizeClientNumber(v).length > CLIENT_NUMBER_MAX_LENGTH;
      addFieldIssue(
        ctx,
        tooLong ? 'TOO_LONG' : 'INVALID_FORMAT',
        'Client number: 1-32 letters, digits, "-", "/" or "."',
        [],
        tooLong ? { maximum: CLIENT_NUMBER_MAX_LENGTH } : undefined,
      );
      return z.NEVER;
    }
    return normalizeClientNumber(v);
  });
