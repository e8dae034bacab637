import { z } from 'zod';
import { isCountryCode } from '../contact/countries';
import { addFieldIssue } from '../parse-with';

/**
 * Zod building blocks shared by the client, invoice, consent and auth schemas. Forms send "" for an empty input;
 * every optional text treats "", whitespace and null alike as "no value" and outputs null, so the server never
 * stores empty strings next to nulls.
 */

/** Trim and turn runs of whitespace (incl. tabs and non-breaking spaces from copy-paste) into one space. */
export function collapseSpaces(value: string): string {
  return value.replace(/\s+/gu, ' ').trim();
}

/** Optional single-line text → string | null, whitespace collapsed, at most `max` characters. */
export function nullableText(max: number) {
  return z
    .string()
    .nullable()
    .transform((v) => (v == null ? null : collapseSpaces(v) || null))
    .pipe(z.string().max(max).nullable());
}

/** Optional multi-line text (descriptions, remarks): trimmed only, line breaks kept. */
export function nullableMultilineText(max: number) {
  return z
    .string()
    .nullable()
    .transform((v) => (v == null ? null : v.trim() || null))
    .pipe(z.string().max(max).nullable());
}

/** Required single-line text, whitespace collapsed. */
export function requiredText(max: number, min = 1) {
  return z.string().transform(collapseSpaces).pipe(z.string().min(min).max(max));
}

/**
 * Ids are validated loosely (8-4-4-4-12 hex) rather than as RFC 9562 UUIDs, so fixtures and ids minted by
 * other systems ("00000000-0000-0000-0000-000000000001") are not rejected by a version-nibble rule.
 */
export const idSchema = z.guid();

/** ISO 3166-1 alpha-2, upper-cased; unknown codes are INVALID_CHOICE. */
export const countryCodeSchema = z
  .string()
  .transform((v) => v.trim().toUpperCase())
  .superRefine((v, ctx) => {
    if (!isCountryCode(v)) addFieldIssue(ctx, 'INVALID_CHOICE', `Unknown country code "${v}"`);
  });
