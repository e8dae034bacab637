import fc from 'fast-check';
import { normalizeForSearch, searchTokens, unaccent } from './search-normalize';

/**
 * Expected values are what PostgreSQL 18 returns for `lower(unaccent(x))` (checked against the embedded
 * PostgreSQL when this table was written), plus our whitespace collapsing.
 */
describe('normalizeForSearch', () => {
  it.each([
    ['Żółć', 'zolc'],
    ['ZAŻÓŁĆ GĘŚLĄ JAŹŃ', 'zazolc gesla jazn'],
    ['ąćęłńóśźż', 'acelnoszz'],
    ['ĄĆĘŁŃÓŚŹŻ', 'acelnoszz'],
    ['Łódź', 'lodz'],
    ['Müller', 'muller'],
    ['Straße', 'strasse'],
    ['GROẞ', 'gross'],
    ['Äöü', 'aou'],
    ['Éléonore Côté', 'eleonore cote'],
    ['Ørsted Æble', 'orsted aeble'],
    ['Đorđe', 'dorde'],
    ['  Anna   Maria\tKowalska \n', 'anna maria kowalska'],
    ['Ёлка', 'елка'],
    ['Йосип', 'йосип'], // unaccent keeps й: stripping every combining mark would not match the database
    ['ΟΔΟΣ', 'οδοσ'], // per-character lower, as PostgreSQL does (no final sigma)
    ['e\u0301', 'e'], // decomposed input loses its combining accent too
    ['O\u2019Brien', "o'brien"],
    ['½', '1/2'],
    ['Ʀ', 'r'], // lower-cased to ʀ, which unaccent maps to r (PostgreSQL's one pass would stop at ʀ)
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeForSearch(input)).toBe(expected);
  });

  it('unaccent alone keeps case', () => {
    expect(unaccent('Żółć')).toBe('Zolc');
  });

  it('searchTokens splits normalised words', () => {
    expect(searchTokens('  Anna  KOWALSKA-Nowak ')).toEqual(['anna', 'kowalska-nowak']);
    expect(searchTokens('   ')).toEqual([]);
  });

  it('is idempotent for every single character (exhaustive, not only where a random run looks)', () => {
    const unstable: string[] = [];
    for (let cp = 0; cp < 0x30000; cp++) {
      if (cp >= 0xd800 && cp < 0xe000) continue;
      const once = normalizeForSearch(String.fromCodePoint(cp));
      if (normalizeForSearch(once) !== once) unstable.push(`U+${cp.toString(16)}`);
    }
    expect(unstable).toEqual([]);
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const once = normalizeForSearch(s);
        return normalizeForSearch(once) === once;
      }),
    );
  });

  it('never leaves Polish diacritics or upper-case Polish letters (property)', () => {
    const polish = fc.string({ unit: fc.constantFrom(...'aąbcćdeęfghijklłmnńoóprsśtuwyzźżAĄBCĆDEĘFGHIJKLŁMNŃOÓPRSŚTUWYZŹŻ '.split('')) });
    fc.assert(fc.property(polish, (s) => !/[ąćęłńóśźżA-ZĄĆĘŁŃÓŚŹŻ]/.test(normalizeForSearch(s))));
  });
});
