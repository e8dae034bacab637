import { euVat as stdnumEuVat, stdnum } from 'stdnum';
import { INVALID_EU_VAT, INVALID_UK_VAT_NUMBERS, VALID_EU_VAT_AS_FOUND, VALID_UK_VAT_NUMBERS } from './__fixtures__/eu-vat-vectors';
import { normalizeVatCountry, validateEuVat } from './eu-vat';
import { compactTaxInput } from './tax-id-common';

describe('validateEuVat: the contract examples', () => {
  it.each([
    ['PL 526-025-02-74', undefined, 'PL', 'PL5260250274', '5260250274'],
    ['pl5260250274', undefined, 'PL', 'PL5260250274', '5260250274'],
    ['526-025-02-74', 'PL', 'PL', 'PL5260250274', '5260250274'],
    ['DE 136695976', undefined, 'DE', 'DE136695976', '136695976'],
    ['EL094014201', undefined, 'EL', 'EL094014201', '094014201'],
    ['GR094014201', undefined, 'EL', 'EL094014201', '094014201'],
    ['094014201', 'GR', 'EL', 'EL094014201', '094014201'],
    ['ATU13585627', undefined, 'AT', 'ATU13585627', 'U13585627'],
    ['U13585627', 'AT', 'AT', 'ATU13585627', 'U13585627'],
    ['FR40303265045', undefined, 'FR', 'FR40303265045', '40303265045'],
    ['IE6388047V', undefined, 'IE', 'IE6388047V', '6388047V'],
    ['NL004495445B01', undefined, 'NL', 'NL004495445B01', '004495445B01'],
    ['NL4495445B01', undefined, 'NL', 'NL004495445B01', '004495445B01'],
    ['XI925901618', undefined, 'XI', 'XI925901618', '925901618'],
    ['BE 413562567', undefined, 'BE', 'BE0413562567', '0413562567'], // old 9-digit form gains its leading 0
    ['EL 94051189', undefined, 'EL', 'EL094051189', '094051189'],
  ])('%j (hint %s) → %s %s', (input, hint, country, normalized, number) => {
    expect(validateEuVat(input, hint)).toEqual({ valid: true, country, normalized, number });
  });

  it.each([
    ['DE136695976', 'AT'], // prefix contradicts the chosen country
    ['136695976', undefined], // no way to know the country
    ['136695976', 'US'], // not an EU country
    ['GB980780684', undefined], // Great Britain left the EU VAT area; only XI remains
    ['PL5260250275', undefined],
    ['PL1111111111', undefined],
    ['', undefined],
  ])('%j (hint %s) is invalid', (input, hint) => {
    expect(validateEuVat(input, hint).valid).toBe(false);
  });

  it('maps GR to EL and rejects non-EU countries', () => {
    expect(normalizeVatCountry('gr')).toBe('EL');
    expect(normalizeVatCountry('XI')).toBe('XI');
    expect(normalizeVatCountry('GB')).toBeUndefined();
    expect(normalizeVatCountry('CH')).toBeUndefined();
  });
});

describe('validateEuVat: real numbers of all 27 member states and XI', () => {
  const valid = Object.entries(VALID_EU_VAT_AS_FOUND).flatMap(([country, list]) => list.map((n) => [country, n] as const));

  it('covers every member state', () => {
    const covered = new Set(Object.keys(VALID_EU_VAT_AS_FOUND).map((c) => (c === 'EL' ? 'EL' : c)));
    for (const c of ['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'EL', 'ES', 'FI', 'FR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK']) {
      expect(covered.has(c)).toBe(true);
    }
  });

  it.each(valid)('%s %j is valid', (country, input) => {
    const r = validateEuVat(input);
    expect(r).toMatchObject({ valid: true, country });
    // normalising is idempotent: the output validates to itself
    expect(validateEuVat(r.normalized!).normalized).toBe(r.normalized);
  });

  it.each(INVALID_EU_VAT.map((n) => [n]))('%j is invalid', (input) => {
    expect(validateEuVat(input).valid).toBe(false);
  });

  it.each(VALID_UK_VAT_NUMBERS.map((n) => [n]))('XI %s is valid', (n) => {
    expect(validateEuVat(`XI ${n}`)).toMatchObject({ valid: true, country: 'XI', number: n });
  });

  it.each(INVALID_UK_VAT_NUMBERS.map((n) => [n]))('XI %s is invalid', (n) => {
    expect(validateEuVat(n, 'XI').valid).toBe(false);
  });
});

/**
 * Why we do not call stdnum for BG, CZ, SK, NL and XI. If a stdnum upgrade fixes these, the tests fail and we can
 * switch back.
 */
describe('stdnum@1.12.0 regressions we work around', () => {
  const stdnumSays = (country: string, number: string) =>
    stdnumEuVat[country].some((v) => v.validate(compactTaxInput(number)).isValid);

  it.each([
    ['BG', '7111042925', true], // natural person (PNF)
    ['BG', '7523169263', true], // natural person (EGN)
    ['BG', '8032056031', true],
    ['BG', '1037735942', false], // wrong check digit, stdnum accepts it
    ['CZ', '640903926', true], // 9-digit "special" individual
    ['CZ', '654123789', true],
    ['CZ', '682127228', true],
    ['SK', '1078449064', true],
    ['NL', '009122746B00', false], // branch 00 does not exist, stdnum accepts it
  ])('%s %s: ours says %s, stdnum disagrees', (country, number, expected) => {
    expect(validateEuVat(number, country).valid).toBe(expected);
    expect(stdnumSays(country, number)).toBe(!expected);
  });

  it('stdnum has no XI and accepts the unknown UK code ZZ100; we reject it', () => {
    expect(stdnumEuVat.XI).toBeUndefined();
    expect(stdnum.GB.vat.validate('ZZ100').isValid).toBe(true);
    expect(validateEuVat('ZZ100', 'XI').valid).toBe(false);
  });

  it('agrees with stdnum on the UK checksum for every real UK number', () => {
    for (const n of VALID_UK_VAT_NUMBERS) expect(stdnum.GB.vat.validate(n).isValid).toBe(true);
  });
});
