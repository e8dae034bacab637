import { FieldPath } from '../errors';
import { addFieldIssue } from '../parse-with';

/**
 * Rules for a card's lists of phones and e-mails: the same number or address twice is a DUPLICATE on the later
 * entry; at most one entry is primary (a second one is a DUPLICATE on its `isPrimary`); and when none is marked
 * primary the first one becomes primary, so "the client's phone" is always defined.
 *
 * The checks run inside superRefine even when some entries failed their own validation; such entries are skipped.
 */

type Ctx = Parameters<typeof addFieldIssue>[0];

export function checkContactList(list: unknown, key: 'number' | 'address', ctx: Ctx, path: FieldPath): void {
  if (!Array.isArray(list)) return;
  const seen = new Set<string>();
  let primaries = 0;
  list.forEach((entry: unknown, i) => {
    if (!entry || typeof entry !== 'object') return;
    const e = entry as Record<string, unknown>;
    const value = e[key];
    if (typeof value === 'string' && value) {
      if (seen.has(value)) addFieldIssue(ctx, 'DUPLICATE', `${value} is listed twice`, [...path, i, key]);
      seen.add(value);
    }
    if (e.isPrimary === true) {
      primaries += 1;
      if (primaries > 1) addFieldIssue(ctx, 'DUPLICATE', 'Only one entry can be primary', [...path, i, 'isPrimary']);
    }
  });
}

export function withDefaultPrimary<T extends { isPrimary: boolean }>(list: readonly T[]): T[] {
  if (list.length === 0 || list.some((e) => e.isPrimary)) return [...list];
  return list.map((e, i) => ({ ...e, isPrimary: i === 0 }));
}

/** Repeated ids in an id list: DUPLICATE on the later position. */
export function checkUniqueValues(list: unknown, ctx: Ctx, path: FieldPath, keyOf: (item: unknown) => string | undefined): void {
  if (!Array.isArray(list)) return;
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const k = keyOf(item);
    if (k === undefined) return;
    if (seen.has(k)) addFieldIssue(ctx, 'DUPLICATE', `"${k}" is listed twice`, [...path, i]);
    seen.add(k);
  });
}
