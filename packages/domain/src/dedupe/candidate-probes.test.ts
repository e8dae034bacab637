import fc from 'fast-check';
import { candidateProbeVariants, candidateProbeWords, duplicateNameProbes, prefixUpperBound } from './candidate-probes';
import { dedupeKeys, storedNameKey } from './dedupe-keys';

const person = (firstName: string, lastName: string) => dedupeKeys({ firstName, lastName });
const company = (companyName: string) => dedupeKeys({ kind: 'COMPANY', companyName });
const show = (probes: ReturnType<typeof duplicateNameProbes>) =>
  probes.map((p) => (p.kind === 'KEY' ? `= ${p.key}` : p.kind === 'PERSON' ? `${p.firstWord} | ${p.surnameFrom}` : `${p.keyFrom}…`));

describe('storedNameKey', () => {
  it('is the same for the name in either order, by diminutive and without diacritics', () => {
    const key = storedNameKey({ firstName: 'Katarzyna', lastName: 'Wróblewska' });
    expect(key).toBe('katarzyna wroblewska');
    expect(storedNameKey({ firstName: 'wroblewska', lastName: 'Kasia' })).toBe(key);
  });

  it('drops a company’s punctuation and legal form, and is null without a name', () => {
    expect(storedNameKey({ kind: 'COMPANY', companyName: 'Auto-Serwis Wróbel Sp. z o.o.' })).toBe('auto serwis wrobel');
    expect(storedNameKey({ kind: 'PERSON', firstName: ' ', lastName: null })).toBeNull();
  });
});

describe('candidateProbeWords', () => {
  it('takes a person’s name tokens (canonical first names) and nothing for a single word', () => {
    expect(candidateProbeWords(person('Kasia', 'Wróblewska'))).toEqual(['katarzyna', 'wroblewska']);
    expect(candidateProbeWords(person('', 'Wróblewska'))).toEqual([]);
  });

  it('takes at most three tokens of a long name, four words of a company', () => {
    expect(candidateProbeWords(person('Anna Maria', 'Kowalczyk-Nowicka'))).toHaveLength(3);
    expect(candidateProbeWords(company('Przedsiębiorstwo Handlowo-Usługowe Łabędź i Synowie'))).toEqual(['przedsiebiorstwo', 'handlowo', 'uslugowe', 'labedz']);
  });
});

describe('candidateProbeVariants', () => {
  it('is every word with each letter deleted once, without repeats', () => {
    const variants = candidateProbeVariants(['kowalski', 'kowalski']);
    expect(variants).toContain('kowalski');
    expect(variants).toContain('kowlski');
    expect(new Set(variants).size).toBe(variants.length);
  });
});

describe('duplicateNameProbes', () => {
  it('asks for the stored key first, then pairs every token as a first name with every other as a surname', () => {
    const probes = show(duplicateNameProbes(person('Tomasz', 'Grabowski'), []));
    expect(probes[0]).toBe('= grabowski tomasz');
    expect(probes).toEqual(expect.arrayContaining(['tomasz | grabowski', 'grabowski | tomasz']));
    // a swapped card stores "Tomasz" as the surname: its diminutives are surnames to look under too
    expect(probes).toContain('grabowski | tomek');
  });

  it('stands a first name for its diminutives (the card may say "Kasia")', () => {
    const probes = show(duplicateNameProbes(person('Katarzyna', 'Wróblewska'), []));
    expect(probes).toEqual(expect.arrayContaining(['= katarzyna wroblewska', 'kasia | wroblewska']));
  });

  it('replaces one word at a time by its dictionary neighbours, closest first, and ignores the far ones', () => {
    const probes = show(duplicateNameProbes(person('Jan', 'Kowalsky'), ['kowalski', 'kowalska', 'nowak']));
    expect(probes).toEqual(expect.arrayContaining(['= jan kowalsky', '= jan kowalski', '= jan kowalska', 'jan | kowalski']));
    expect(probes.some((p) => p.includes('nowak'))).toBe(false);
  });

  it('reads a neighbour that is a diminutive as its full name in the key', () => {
    const probes = show(duplicateNameProbes(person('Kasai', 'Nowak'), ['kasia']));
    expect(probes).toContain('= katarzyna nowak');
  });

  it('bounds the probes of a long name with many neighbours, without repeats', () => {
    const near = ['annna', 'anka', 'ania', 'hanna', 'anne', 'anny', 'kowalczak', 'kowalczyc', 'nowicki', 'nowicko'];
    const probes = duplicateNameProbes(person('Anna Maria', 'Kowalczyk-Nowicka'), near);
    expect(probes.length).toBeLessThanOrEqual(1 + 3 * 4 + 3 * 2 * 5 * 5);
    expect(new Set(show(probes)).size).toBe(probes.length);
  });

  it('probes nothing for a person with one word of name', () => {
    expect(duplicateNameProbes(person('Wróblewska', ''), ['wroblewski'])).toEqual([]);
  });

  it('probes a company by its key, its neighbours and as the start of a longer name', () => {
    const probes = show(duplicateNameProbes(company('Auto Serwis Wróbel'), ['wrobl']));
    expect(probes).toEqual(['= auto serwis wrobel', '= auto serwis wrobl', 'auto serwis wrobel…', 'auto serwis wro…']);
  });

  it('probes a one-word company by that word and its neighbours', () => {
    expect(show(duplicateNameProbes(company('Fryzjerstwo'), ['fryzjerstwa']))).toEqual(['= fryzjerstwo', '= fryzjerstwa', 'fryzjerstwo…']);
  });
});

describe('prefixUpperBound', () => {
  it('sorts above every string that starts with the prefix (property, "C" order)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 6 }), fc.string({ maxLength: 6 }), (prefix, rest) => {
        const bound = prefixUpperBound(prefix);
        // code point order, as PostgreSQL's "C" collation compares UTF-8 bytes
        return compareCodePoints(prefix + rest, bound) < 0 && compareCodePoints(prefix, bound) < 0;
      }),
    );
  });
});

function compareCodePoints(a: string, b: string): number {
  const x = [...a].map((c) => c.codePointAt(0)!);
  const y = [...b].map((c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}
