import { rankTypoCandidates, typoVariants } from '../search/typo-dictionary';
import type { DedupeKeys } from './dedupe-keys';
import { canonicalFirstName, POLISH_DIMINUTIVES } from './diminutives-pl';

/**
 * Where to look for the stored clients whose name may be the one being typed (F3.3), as exact index probes, so
 * that the lookup costs the same on a million clients as on a hundred:
 * - KEY: the stored name key (`clients.dedupe_key`, storedNameKey) equal to the typed card's, or to the typed
 *   card's with one word replaced by a dictionary word one edit away ("kowalsky" → kowalski). Equal keys are
 *   SAME_NAME, so this finds every exact duplicate whatever the name order, diminutive or legal form.
 * - PERSON: a first name (the stored card's first word, exactly) and the start of a surname, for a surname still
 *   being typed ("Zofia Wróblew"). Each token stands for itself, its diminutives and its dictionary neighbours;
 *   both orders are tried, since first and last names get swapped on cards.
 * - KEY_PREFIX: a company's key as the start of the stored one ("auto serwis wrobel" finds "… wrobel krakow"),
 *   also with its last word cut to three letters (a typo in the word still being typed).
 * The probes come in that order: the server keeps the first clients they find when there are too many.
 */

/** Words a token stands for in a PERSON probe, at most (the token first). */
const WORDS_PER_TOKEN = 5;
/** Dictionary neighbours tried per word. */
const NEIGHBOURS_PER_WORD = 4;
/** Tokens of a person's name used for probing (a middle name or a double surname adds pairs). */
const PERSON_TOKENS_PROBED = 3;
/** Words of a company's name whose neighbours are tried. */
const COMPANY_WORDS_PROBED = 4;
/** Letters of a company's last word kept in the shortened prefix probe. */
const COMPANY_LAST_WORD_PREFIX = 3;

export type NameProbe =
  | { kind: 'KEY'; key: string }
  | { kind: 'PERSON'; firstWord: string; surnameFrom: string }
  | { kind: 'KEY_PREFIX'; keyFrom: string };

type NameKeys = Pick<DedupeKeys, 'kind' | 'nameTokens'>;

/** The typed name's words whose dictionary neighbours are wanted (looked up by their deletion variants). */
export function candidateProbeWords(keys: NameKeys): string[] {
  if (keys.kind === 'COMPANY') return keys.nameTokens.slice(0, COMPANY_WORDS_PROBED);
  return keys.nameTokens.length >= 2 ? keys.nameTokens.slice(0, PERSON_TOKENS_PROBED) : [];
}

/** The deletion variants to look the probe words' neighbours up by (typo-dictionary.ts). */
export function candidateProbeVariants(words: readonly string[]): string[] {
  return [...new Set(words.flatMap(typoVariants))];
}

/**
 * The probes for a typed card, given the dictionary words that share a deletion variant with its words (`near`:
 * the server's lookup, any order, any of the words).
 */
export function duplicateNameProbes(keys: NameKeys, near: readonly string[]): NameProbe[] {
  const tokens = keys.nameTokens;
  if (keys.kind === 'PERSON' ? tokens.length < 2 : tokens.length < 1) return [];
  const person = keys.kind === 'PERSON';
  // a person's dictionary word is stored as written ("kasia"); the key holds its full name ("katarzyna")
  const neighbours = (token: string) =>
    [...new Set(rankTypoCandidates(token, near, NEIGHBOURS_PER_WORD).map((w) => (person ? canonicalFirstName(w) : w)))]
      .filter((w) => w !== token);
  const probed = tokens.slice(0, person ? PERSON_TOKENS_PROBED : COMPANY_WORDS_PROBED);
  const keyOf = (words: string[]) => (person ? [...words].sort() : words).join(' ');

  const exact = new Set([tokens.join(' ')]);
  probed.forEach((token, i) => {
    for (const word of neighbours(token)) exact.add(keyOf(tokens.map((t, j) => (j === i ? word : t))));
  });
  const probes: NameProbe[] = [...exact].map((key) => ({ kind: 'KEY' as const, key }));
  if (person) probes.push(...personProbes(probed, neighbours));
  else probes.push(...companyPrefixes(tokens).map((keyFrom) => ({ kind: 'KEY_PREFIX' as const, keyFrom })));
  return probes;
}

function personProbes(tokens: readonly string[], neighbours: (token: string) => string[]): NameProbe[] {
  const wordsOf = (token: string) =>
    [...new Set([token, ...(POLISH_DIMINUTIVES[token] ?? []), ...neighbours(token)])].slice(0, WORDS_PER_TOKEN);
  const words = new Map(tokens.map((t) => [t, wordsOf(t)]));
  const probes: NameProbe[] = [];
  const seen = new Set<string>();
  for (const a of tokens) {
    for (const b of tokens) {
      if (a === b) continue;
      for (const firstWord of words.get(a)!) {
        for (const surnameFrom of words.get(b)!) {
          const key = `${firstWord} ${surnameFrom}`;
          if (seen.has(key)) continue;
          seen.add(key);
          probes.push({ kind: 'PERSON', firstWord, surnameFrom });
        }
      }
    }
  }
  return probes;
}

function companyPrefixes(words: readonly string[]): string[] {
  const prefixes = [words.join(' ')];
  const last = [...words.at(-1)!];
  if (words.length >= 2 && last.length > COMPANY_LAST_WORD_PREFIX) {
    prefixes.push([...words.slice(0, -1), last.slice(0, COMPANY_LAST_WORD_PREFIX).join('')].join(' '));
  }
  return prefixes;
}

/** The upper bound of a prefix range under the "C" collation: every string that starts with `prefix` sorts below it. */
export function prefixUpperBound(prefix: string): string {
  return `${prefix}\u{10FFFF}`;
}
