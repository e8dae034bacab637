import fc from 'fast-check';
import { companyNameKey, dedupeKeys } from './dedupe-keys';
import { canonicalFirstName, knownDiminutives, POLISH_DIMINUTIVES } from './diminutives-pl';
import { damerauLevenshtein, stringSimilarity } from './levenshtein';
import { scoreDuplicate } from './score-duplicate';

describe('damerauLevenshtein', () => {
  it.each([
    ['', '', 0],
    ['kowalski', 'kowalski', 0],
    ['kowalsky', 'kowalski', 1],
    ['kowlaski', 'kowalski', 1], // transposition
    ['anna', 'ana', 1],
    ['żółć', 'zolc', 4],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['ca', 'abc', 3], // optimal string alignment, not unrestricted Damerau
  ])('%j ↔ %j = %i', (a, b, d) => {
    expect(damerauLevenshtein(a, b)).toBe(d);
    expect(damerauLevenshtein(b, a)).toBe(d);
  });

  it('is a distance: zero only for equal strings, symmetric, bounded by the longer length (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = damerauLevenshtein(a, b);
        return d === damerauLevenshtein(b, a) && (d === 0) === (a === b) && d <= Math.max([...a].length, [...b].length);
      }),
    );
  });

  it('similarity is 1 for equal strings', () => {
    expect(stringSimilarity('anna', 'anna')).toBe(1);
    expect(stringSimilarity('', '')).toBe(1);
    expect(stringSimilarity('kowalsky', 'kowalski')).toBeCloseTo(0.875);
  });
});

describe('diminutives', () => {
  it.each([
    ['kasia', 'katarzyna'], ['basia', 'barbara'], ['tomek', 'tomasz'], ['kuba', 'jakub'], ['gosia', 'malgorzata'],
    ['malgosia', 'malgorzata'], ['ola', 'aleksandra'], ['asia', 'joanna'], ['magda', 'magdalena'], ['piotrek', 'piotr'],
    ['krzys', 'krzysztof'], ['zosia', 'zofia'], ['jas', 'jan'], ['janek', 'jan'], ['marysia', 'maria'], ['ania', 'anna'],
    ['bartek', 'bartlomiej'], ['wojtek', 'wojciech'], ['stas', 'stanislaw'], ['ewka', 'ewa'], ['aga', 'agnieszka'],
    ['dora', 'dorota'], ['michas', 'michal'], ['pawelek', 'pawel'], ['lukaszek', 'lukasz'], ['mati', 'mateusz'],
    ['kamilek', 'kamil'], ['nati', 'natalia'], ['julka', 'julia'], ['domi', 'dominika'], ['anna', 'anna'], ['xavier', 'xavier'],
  ])('%s → %s', (short, full) => {
    expect(canonicalFirstName(short)).toBe(full);
  });

  it('knows at least 40 names, and no short form points at two names', () => {
    expect(Object.keys(POLISH_DIMINUTIVES).length).toBeGreaterThanOrEqual(40);
    const all = Object.values(POLISH_DIMINUTIVES).flat();
    expect(new Set(all).size).toBe(all.length);
    expect(knownDiminutives().size).toBe(all.length);
    for (const full of Object.keys(POLISH_DIMINUTIVES)) expect(all).not.toContain(full);
  });
});

describe('dedupeKeys', () => {
  it('normalises every key', () => {
    expect(dedupeKeys({
      firstName: 'Kasia', lastName: 'Żółkiewska-Nowak',
      phones: ['600 100 200', { number: '+48 600-100-200' }, 'not a phone'],
      emails: [' Kasia@WP.pl', { address: 'kasia@wp.pl' }],
      invoiceData: { taxId: '526-025-02-74', taxIdCountry: 'PL' },
    })).toEqual({
      kind: 'PERSON',
      phones: ['+48600100200'],
      emails: ['kasia@wp.pl'],
      nameKey: 'katarzyna nowak zolkiewska',
      nameTokens: ['katarzyna', 'nowak', 'zolkiewska'],
      taxId: '5260250274',
    });
  });

  it('gives a NIP and the same EU VAT number one tax key, in the stored form', () => {
    expect(dedupeKeys({ taxId: 'PL 526 025 02 74' }).taxId).toBe('5260250274');
    expect(dedupeKeys({ taxId: '526-025-02-74' }).taxId).toBe('5260250274');
    expect(dedupeKeys({ taxId: 'de 136 695 976' }).taxId).toBe('DE136695976');
    expect(dedupeKeys({ taxId: '136695976', taxIdCountry: 'DE' }).taxId).toBe('DE136695976');
  });

  it.each([
    ['Auto-Serwis NOWAK Sp. z o.o.', 'auto serwis nowak'],
    ['Auto Serwis Nowak sp. z o.o. sp.k.', 'auto serwis nowak'],
    ['PKN ORLEN S.A.', 'pkn orlen'],
    ['Salon Urody „Ewa” s.c.', 'salon urody ewa'],
    ['Müller GmbH', 'muller'],
  ])('company %j → %j', (name, key) => {
    expect(companyNameKey(name)).toBe(key);
  });
});

describe('scoreDuplicate', () => {
  const anna = { firstName: 'Anna', lastName: 'Kowalska', phones: ['600 100 200'], emails: ['anna.k@gmail.com'] };
  it.each([
    [{ firstName: 'Ewa', lastName: 'Zielińska', phones: ['+48600100200'] }, ['SAME_PHONE'], 0.9, 0.9],
    [{ firstName: 'Ewa', emails: ['ANNA.K@gmail.com'] }, ['SAME_EMAIL'], 0.9, 0.9],
    [{ firstName: 'Anna', lastName: 'Kowalska', phones: ['0048 600 100 200'] }, ['SAME_PHONE', 'SAME_NAME'], 0.96, 0.96],
    [{ firstName: 'Ania', lastName: 'Kowalska' }, ['SAME_NAME'], 0.6, 0.6], // diminutive
    [{ firstName: 'KOWALSKA', lastName: 'anna' }, ['SAME_NAME'], 0.6, 0.6], // fields swapped, any case
    [{ firstName: 'Anna', lastName: 'Kowalsky' }, ['SIMILAR_NAME'], 0.4, 0.5], // typo
    [{ firstName: 'Ana', lastName: 'Kowalska' }, ['SIMILAR_NAME'], 0.4, 0.5],
    [{ firstName: 'Anna Maria', lastName: 'Kowalska' }, ['SIMILAR_NAME'], 0.4, 0.5], // middle name on one side
    [{ firstName: 'Jan', lastName: 'Kowalski' }, [], 0, 0],
    [{ firstName: 'Anna' }, [], 0, 0], // one token proves nothing
    [{ firstName: 'Beata', lastName: 'Nowak', phones: ['601 100 200'], emails: ['beata@wp.pl'] }, [], 0, 0],
  ])('%j → %j', (candidate, reasons, min, max) => {
    const r = scoreDuplicate(candidate, anna);
    expect(r.reasons).toEqual(reasons);
    expect(r.score).toBeGreaterThanOrEqual(min);
    expect(r.score).toBeLessThanOrEqual(max);
  });

  it('matches "zolc" typed without diacritics', () => {
    expect(scoreDuplicate({ firstName: 'Zofia', lastName: 'Zolc' }, { firstName: 'Zosia', lastName: 'Żółć' }).reasons).toEqual(['SAME_NAME']);
  });

  it('compares companies by name without legal form, and by tax id', () => {
    const a = { kind: 'COMPANY' as const, companyName: 'Auto-Serwis Nowak Sp. z o.o.', taxId: '5261040828' };
    expect(scoreDuplicate({ kind: 'COMPANY', companyName: 'AUTO SERWIS NOWAK' }, a).reasons).toEqual(['SAME_NAME']);
    expect(scoreDuplicate({ kind: 'COMPANY', companyName: 'Auto Serwis Nowack' }, a).reasons).toEqual(['SIMILAR_NAME']);
    expect(scoreDuplicate({ kind: 'COMPANY', companyName: 'Auto Serwis Nowakowski' }, a).reasons).toEqual([]);
    expect(scoreDuplicate({ kind: 'COMPANY', companyName: 'Inna firma', taxId: 'PL5261040828' }, a)).toEqual({ score: 0.95, reasons: ['SAME_TAX_ID'] });
    // a person and a company are never name-matched
    expect(scoreDuplicate({ kind: 'PERSON', firstName: 'Auto Serwis', lastName: 'Nowak' }, a).reasons).toEqual([]);
  });

  it('is symmetric and within [0, 1] (property)', () => {
    const name = fc.constantFrom('Anna', 'Ania', 'Anna Maria', 'Kowalska', 'Kowalski', 'Nowak', 'Kasia', 'Katarzyna', '');
    const phone = fc.constantFrom('600100200', '600100201', '22 621 45 67', '');
    const card = fc.record({ firstName: name, lastName: name, phones: fc.array(phone, { maxLength: 2 }) });
    fc.assert(
      fc.property(card, card, (a, b) => {
        const ab = scoreDuplicate(a, b);
        const ba = scoreDuplicate(b, a);
        return ab.score === ba.score && ab.score >= 0 && ab.score <= 1 && (ab.reasons.length === 0) === (ab.score === 0);
      }),
    );
  });
});
