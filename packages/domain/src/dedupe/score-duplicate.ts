import { stringSimilarity } from './levenshtein';
import { DedupeCard, DedupeKeys, dedupeKeys } from './dedupe-keys';

/**
 * How likely two cards are the same client (F3.3 warning while typing, F8.1 duplicate finder), with reasons the
 * receptionist can check. Each reason is evidence with a weight; weights combine as independent evidence
 * (1 - Π(1 - w)), so one shared phone already gives ≥ 0.9 and a shared phone plus the same name ≈ 0.96.
 *
 * - SAME_PHONE / SAME_EMAIL 0.9: shared contact details (family members share landlines, hence not 1).
 * - SAME_TAX_ID 0.95.
 * - SAME_NAME 0.6: identical name keys of at least two tokens (a lone "Anna" proves nothing), after removing
 *   diacritics and expanding diminutives ("Kasia Nowak" = "Katarzyna Nowak"), in any order.
 * - SIMILAR_NAME up to 0.5: every token pairs with a token of the other name at ≥ 0.75 similarity and the
 *   average is ≥ 0.8 (Damerau-Levenshtein: "Kowalsky" ~ "Kowalski", "Anna Kowalska" ~ "Ana Kowalska"); a middle
 *   name present on one side only is allowed.
 * Names of a person and of a company are not compared.
 */

export type DuplicateReason = 'SAME_PHONE' | 'SAME_EMAIL' | 'SAME_TAX_ID' | 'SIMILAR_NAME' | 'SAME_NAME';
export type DuplicateScore = { score: number; reasons: DuplicateReason[] };

const WEIGHTS = { SAME_TAX_ID: 0.95, SAME_PHONE: 0.9, SAME_EMAIL: 0.9, SAME_NAME: 0.6 } as const;
const TOKEN_MIN_SIMILARITY = 0.75;
const NAME_MIN_SIMILARITY = 0.8;

export function scoreDuplicate(candidate: DedupeCard | DedupeKeys, existing: DedupeCard | DedupeKeys): DuplicateScore {
  return scoreDuplicateKeys(toKeys(candidate), toKeys(existing));
}

export function scoreDuplicateKeys(a: DedupeKeys, b: DedupeKeys): DuplicateScore {
  const evidence: [DuplicateReason, number][] = [];
  if (a.taxId && a.taxId === b.taxId) evidence.push(['SAME_TAX_ID', WEIGHTS.SAME_TAX_ID]);
  if (a.phones.some((p) => b.phones.includes(p))) evidence.push(['SAME_PHONE', WEIGHTS.SAME_PHONE]);
  if (a.emails.some((e) => b.emails.includes(e))) evidence.push(['SAME_EMAIL', WEIGHTS.SAME_EMAIL]);

  if (a.kind === b.kind) {
    const minTokens = a.kind === 'COMPANY' ? 1 : 2;
    if (a.nameTokens.length >= minTokens && b.nameTokens.length >= minTokens) {
      if (a.nameKey === b.nameKey) {
        evidence.push(['SAME_NAME', WEIGHTS.SAME_NAME]);
      } else {
        const similarity = a.kind === 'COMPANY' ? stringSimilarity(a.nameKey, b.nameKey) : tokenSetSimilarity(a.nameTokens, b.nameTokens);
        if (similarity >= NAME_MIN_SIMILARITY) evidence.push(['SIMILAR_NAME', 0.5 * similarity]);
      }
    }
  }

  const score = 1 - evidence.reduce((rest, [, w]) => rest * (1 - w), 1);
  return { score: Math.round(score * 1000) / 1000, reasons: evidence.map(([r]) => r) };
}

function toKeys(card: DedupeCard | DedupeKeys): DedupeKeys {
  return 'nameKey' in card && 'nameTokens' in card ? card : dedupeKeys(card);
}

/**
 * Best one-to-one pairing of the shorter token list into the longer one (names have 2-4 tokens, so trying every
 * assignment is cheap); 0 when any pair is below TOKEN_MIN_SIMILARITY or more than one token is unmatched.
 */
export function tokenSetSimilarity(a: readonly string[], b: readonly string[]): number {
  const [short, long] = a.length <= b.length ? [a.slice(0, 4), b.slice(0, 5)] : [b.slice(0, 4), a.slice(0, 5)];
  if (short.length === 0 || long.length - short.length > 1) return 0;
  let best = 0;
  const used = new Array<boolean>(long.length).fill(false);
  const search = (i: number, total: number) => {
    if (i === short.length) {
      best = Math.max(best, total / short.length);
      return;
    }
    for (let j = 0; j < long.length; j++) {
      if (used[j]) continue;
      const s = stringSimilarity(short[i], long[j]);
      if (s < TOKEN_MIN_SIMILARITY) continue;
      used[j] = true;
      search(i + 1, total + s);
      used[j] = false;
    }
  };
  search(0, 0);
  // An extra middle name on one side costs a little, so "Anna Maria Kowalska" ~ "Anna Kowalska" stays below equal.
  return long.length > short.length ? best * 0.9 : best;
}
