import fc from 'fast-check';
import { classifySearchInput } from './classify-search-input';

describe('classifySearchInput', () => {
  it.each([
    ['', { kind: 'EMPTY', normalized: '', tokens: [] }],
    ['   ', { kind: 'EMPTY', normalized: '', tokens: [] }],
    ['\u0384', { kind: 'EMPTY', normalized: '', tokens: [] }], // a lone accent: nothing the search keys keep
    // phones
    ['600 100', { kind: 'PHONE', normalized: '600100', digits: '600100', phoneMatch: 'ANYWHERE' }],
    ['600100200', { kind: 'PHONE', digits: '600100200', phoneMatch: 'ANYWHERE' }],
    ['+48600', { kind: 'PHONE', digits: '48600', phoneMatch: 'PREFIX' }],
    ['+48 600-100', { kind: 'PHONE', digits: '48600100', phoneMatch: 'PREFIX' }],
    ['0048 600', { kind: 'PHONE', digits: '48600', phoneMatch: 'PREFIX' }],
    ['…4567', { kind: 'PHONE', digits: '4567', phoneMatch: 'SUFFIX', isSuffix: true }],
    ['...4567', { kind: 'PHONE', digits: '4567', phoneMatch: 'SUFFIX' }],
    ['.. 45 67', { kind: 'PHONE', digits: '4567', phoneMatch: 'SUFFIX' }],
    ['(22) 621', { kind: 'PHONE', digits: '22621', phoneMatch: 'ANYWHERE' }],
    ['610188201', { kind: 'PHONE', digits: '610188201' }], // a valid REGON, but 9 digits reads as a phone
    ['5260250275', { kind: 'PHONE', digits: '5260250275' }], // 10 digits, not a NIP
    // e-mails
    ['anna@', { kind: 'EMAIL', normalized: 'anna@' }],
    ['Anna.Kowalska@Gmail.com', { kind: 'EMAIL', normalized: 'anna.kowalska@gmail.com' }],
    ['@wp.pl', { kind: 'EMAIL', normalized: '@wp.pl' }],
    // client numbers
    ['#123', { kind: 'CLIENT_NUMBER', normalized: '123', clientNumber: '123' }],
    ['nr 123', { kind: 'CLIENT_NUMBER', normalized: '123' }],
    ['Nr. a-12', { kind: 'CLIENT_NUMBER', normalized: 'A-12' }],
    ['numer 2024/17', { kind: 'CLIENT_NUMBER', normalized: '2024/17' }],
    ['123', { kind: 'MIXED', normalized: '123', digits: '123', clientNumber: '123' }], // number or phone fragment: both
    ['4567', { kind: 'MIXED', digits: '4567' }],
    // tax ids
    ['526-025-02-74', { kind: 'TAX_ID', normalized: '5260250274', taxIdKind: 'NIP' }],
    ['5260250274', { kind: 'TAX_ID', normalized: '5260250274', taxIdKind: 'NIP' }],
    ['PL5260250274', { kind: 'TAX_ID', normalized: 'PL5260250274', taxIdKind: 'EU_VAT' }],
    ['de 136695976', { kind: 'TAX_ID', normalized: 'DE136695976', taxIdKind: 'EU_VAT' }],
    ['00033150100017', { kind: 'TAX_ID', normalized: '00033150100017', taxIdKind: 'REGON' }],
    // names
    ['Kowalsky', { kind: 'NAME', normalized: 'kowalsky', tokens: ['kowalsky'] }],
    ['zolc', { kind: 'NAME', normalized: 'zolc', tokens: ['zolc'] }],
    ['Żółć', { kind: 'NAME', normalized: 'zolc', tokens: ['zolc'] }],
    ['anna kow', { kind: 'NAME', normalized: 'anna kow', tokens: ['anna', 'kow'] }],
    ["O'Brien", { kind: 'NAME', normalized: "o'brien" }],
    ['Kowalska-Nowak', { kind: 'NAME', normalized: 'kowalska-nowak' }],
    ['nr', { kind: 'NAME', normalized: 'nr' }],
    ['Alergicy', { kind: 'NAME', normalized: 'alergicy' }], // tags are searched like names
    // mixed
    ['Kowalska 600', { kind: 'MIXED', normalized: 'kowalska 600', digits: '600', tokens: ['kowalska', '600'] }],
    ['A-12', { kind: 'MIXED', normalized: 'a-12', digits: '12', clientNumber: 'A-12' }],
  ])('%j → %j', (input, expected) => {
    expect(classifySearchInput(input)).toMatchObject(expected);
  });

  it('never throws and always returns tokens of its normalized form (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const r = classifySearchInput(s);
        return Array.isArray(r.tokens) && (r.kind === 'EMPTY') === (r.normalized === '');
      }),
    );
  });
});
