/**
 * The typo-tolerant name search (F5.1: "Kowalsky" finds Kowalski) looks words up in a per-business dictionary
 * of the words of client names. Finding the dictionary words close to a typed word by trigram similarity cost
 * 20-70 ms on a million clients (thousands of candidates to recheck), so each word is also stored under its
 * "deletion variants" (the word itself and the word with any one letter removed): two words within one edit
 * (a letter missing, one too many, one wrong, two neighbours swapped) share a variant, and finding them is a
 * handful of exact btree lookups. Trigram similarity stays as the fallback for words further apart.
 */

/** Words shorter than this are stored and looked up only as themselves: their variants would match too much. */
export const TYPO_VARIANT_MIN_LENGTH = 4;

/** The dictionary words of normalised names ("kowalska anna", "szymanska, nowak sp. j."). */
export function searchDictionaryTerms(...normalizedNames: string[]): string[] {
  const words = normalizedNames
    .flatMap((name) => name.split(' '))
    // punctuation at the edges is not part of the word ("szymanska," in a company name)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => [...w].length >= 3);
  return [...new Set(words)];
}

/** The word and, from TYPO_VARIANT_MIN_LENGTH letters on, the word with each one letter removed. */
export function typoVariants(word: string): string[] {
  const letters = [...word];
  const variants = new Set([word]);
  if (letters.length >= TYPO_VARIANT_MIN_LENGTH) {
    for (let i = 0; i < letters.length; i++) variants.add([...letters.slice(0, i), ...letters.slice(i + 1)].join(''));
  }
  return [...variants];
}

/**
 * Edits between two words: insertions, deletions, substitutions and swaps of neighbours (optimal string
 * alignment distance), to rank the dictionary words a typo may have meant.
 */
export function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  const rows: number[][] = Array.from({ length: s.length + 1 }, (_, i) => Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[s.length]![t.length]!;
}

/** The dictionary words a typo most likely meant: fewest edits first, then the closest length, then A-Z. */
export function rankTypoCandidates(typed: string, candidates: readonly string[], limit = 8): string[] {
  const len = [...typed].length;
  return [...new Set(candidates)]
    .filter((c) => c !== typed)
    .map((term) => ({ term, edits: editDistance(typed, term), lengthGap: Math.abs([...term].length - len) }))
    .filter((c) => c.edits <= 2)
    .sort((x, y) => x.edits - y.edits || x.lengthGap - y.lengthGap || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0))
    .slice(0, limit)
    .map((c) => c.term);
}
