import { safeParseWith } from '../parse-with';
import { mapUrl } from './address-input.schema';
import { effectiveBookingMode } from './booking-restriction.schema';
import { formatClientNumber, isValidClientNumber, normalizeClientNumber } from './client-number';
import { identityDocumentsSchema, isValidPolishIdCardNumber, isValidPolishPassportNumber } from './identity-documents';
import { displayName, sortName } from './names';

describe('displayName / sortName', () => {
  it.each([
    [{ kind: 'PERSON', firstName: 'Anna', lastName: 'Kowalska' }, 'Anna Kowalska', 'kowalska anna'],
    [{ kind: 'PERSON', firstName: 'Anna', lastName: null }, 'Anna', 'anna'],
    [{ kind: 'PERSON', lastName: 'Łukasiewicz', firstName: 'Żaneta' }, 'Żaneta Łukasiewicz', 'lukasiewicz zaneta'],
    [{ kind: 'COMPANY', companyName: 'Auto-Serwis Nowak', firstName: 'Jan' }, 'Auto-Serwis Nowak', 'auto-serwis nowak'],
    [{ kind: 'COMPANY', companyName: null, firstName: 'Jan', lastName: 'Nowak' }, 'Jan Nowak', 'nowak jan'],
    [{ kind: 'PERSON' }, '', ''],
  ] as const)('%j → %s / %s', (client, display, sort) => {
    expect(displayName(client)).toBe(display);
    expect(sortName(client)).toBe(sort);
  });
});

describe('client numbers', () => {
  it.each([[1, '1'], [42, '42'], [100000, '100000']])('counter %i → %s (no padding)', (n, s) => {
    expect(formatClientNumber(n)).toBe(s);
  });
  it.each([[0], [-1], [1.5], [Number.MAX_SAFE_INTEGER + 1]])('rejects counter %s', (n) => {
    expect(() => formatClientNumber(n)).toThrow(RangeError);
  });
  it.each([
    ['42', true], ['A-12', true], ['2024/17', true], ['k.12', true], ['1'.repeat(32), true],
    ['', false], ['nr 12', false], ['#12', false], ['---', false], ['1'.repeat(33), false], ['Ż-1', false],
  ])('isValidClientNumber(%j) = %s', (s, ok) => {
    expect(isValidClientNumber(s)).toBe(ok);
  });
  it('normalises case for uniqueness', () => {
    expect(normalizeClientNumber(' a-12 ')).toBe('A-12');
  });
});

describe('identity documents', () => {
  it.each([
    ['ABA300000', true], // the specimen number of the Polish ID card
    ['aba 300000', true],
    ['ABA300001', false],
    ['ABA30000', false],
    ['AB1300000', false],
  ])('ID card %j valid: %s', (n, ok) => {
    expect(isValidPolishIdCardNumber(n)).toBe(ok);
  });

  it('check digit catches every single-digit change of a valid number', () => {
    const base = 'ABA300000';
    for (let pos = 3; pos < 9; pos++) {
      for (let d = 0; d <= 9; d++) {
        const changed = base.slice(0, pos) + d + base.slice(pos + 1);
        if (changed !== base) expect(isValidPolishIdCardNumber(changed)).toBe(false);
      }
    }
  });

  it.each([['AB1234567', true], ['ab 123 4567', true], ['A12345678', false], ['AB123456', false]])('passport %j valid: %s', (n, ok) => {
    expect(isValidPolishPassportNumber(n)).toBe(ok);
  });

  it.each([
    [{ idCardNumber: 'aba 300000', passportNumber: '' }, { idCardNumber: 'ABA300000', idCardCountry: 'PL', passportNumber: null, passportCountry: 'PL' }],
    [{ passportNumber: 'C01X00T47', passportCountry: 'de' }, { idCardNumber: null, idCardCountry: 'PL', passportNumber: 'C01X00T47', passportCountry: 'DE' }],
  ])('schema normalises %j', (input, expected) => {
    expect(safeParseWith(identityDocumentsSchema, input)).toEqual({ ok: true, value: expected });
  });

  it('schema rejects a foreign number that is too short', () => {
    const r = safeParseWith(identityDocumentsSchema, { passportNumber: 'X1', passportCountry: 'DE' });
    expect(r.ok ? [] : r.issues.map((i) => [i.path.join('.'), i.code])).toEqual([['passportNumber', 'INVALID_FORMAT']]);
  });
});

describe('mapUrl', () => {
  it.each([
    [{ street: 'Marszałkowska', building: '1', apartment: '2', postalCode: '00-624', city: 'Warszawa', country: 'PL' },
      'https://www.openstreetmap.org/search?query=Marsza%C5%82kowska%201%2C%2000-624%20Warszawa%2C%20Poland'],
    [{ city: 'Berlin', country: 'DE' }, 'https://www.openstreetmap.org/search?query=Berlin%2C%20Germany'],
    [{ street: null, city: null, country: 'PL' }, 'https://www.openstreetmap.org/search?query=Poland'],
  ])('%j → %s', (address, url) => {
    expect(mapUrl(address)).toBe(url);
  });
});

describe('effectiveBookingMode', () => {
  it.each([
    [{ mode: 'BLOCKED', expiresAt: '2025-05-31' }, { year: 2025, month: 5, day: 31 }, 'BLOCKED'], // expiry day included
    [{ mode: 'BLOCKED', expiresAt: '2025-05-31' }, { year: 2025, month: 6, day: 1 }, 'ALLOW'],
    [{ mode: 'REQUIRE_APPROVAL', expiresAt: null }, { year: 2030, month: 1, day: 1 }, 'REQUIRE_APPROVAL'],
    [{ mode: 'ALLOW', expiresAt: null }, { year: 2030, month: 1, day: 1 }, 'ALLOW'],
    [null, { year: 2030, month: 1, day: 1 }, 'ALLOW'],
  ] as const)('%j on %j → %s', (r, today, mode) => {
    expect(effectiveBookingMode(r, today)).toBe(mode);
  });
});
