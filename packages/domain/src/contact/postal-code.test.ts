import { isValidPostalCode, normalizePostalCode } from './postal-code';

describe('postal codes', () => {
  it.each([
    ['00-950', 'PL', '00-950'],
    ['00950', 'PL', '00-950'],
    [' 31-011 ', 'PL', '31-011'],
    ['80 - 831'.replace(/ /g, ''), 'PL', '80-831'],
    ['00 950', 'PL', '00-950'],
    ['60-101', 'pl', '60-101'],
    ['SW1A 1AA', 'GB', 'SW1A 1AA'],
    ['sw1a  1aa', 'GB', 'SW1A 1AA'],
    ['10115', 'DE', '10115'],
    ['D02 X285', 'IE', 'D02 X285'],
    ['VLT 1117', 'MT', 'VLT 1117'],
    ['75008', 'FR', '75008'],
    ['110 00', 'CZ', '110 00'],
  ])('%j in %s → %j', (code, country, expected) => {
    expect(normalizePostalCode(code, country)).toBe(expected);
    expect(isValidPostalCode(code, country)).toBe(true);
  });

  it.each([
    ['0-950', 'PL'],
    ['009500', 'PL'],
    ['00-95O', 'PL'],
    ['AB-123', 'PL'],
    ['', 'PL'],
    ['', 'DE'],
    ['12345678901', 'DE'],
    ['#1234', 'GB'],
  ])('rejects %j in %s', (code, country) => {
    expect(normalizePostalCode(code, country)).toBeNull();
    expect(isValidPostalCode(code, country)).toBe(false);
  });

  it('defaults to Poland', () => {
    expect(isValidPostalCode('00950')).toBe(true);
    expect(isValidPostalCode('SW1A 1AA')).toBe(false);
  });
});
