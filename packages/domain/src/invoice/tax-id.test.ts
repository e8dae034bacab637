import { checkTaxId } from './tax-id';

describe('checkTaxId', () => {
  it.each([
    ['526-025-02-74', undefined, { kind: 'NIP', valid: true, normalized: '5260250274', country: 'PL' }],
    ['7740001454', 'PL', { kind: 'NIP', valid: true, normalized: '7740001454', country: 'PL' }],
    ['5260250275', undefined, { kind: 'NIP', valid: false, normalized: null, reason: 'INVALID_NIP' }],
    ['610188201', undefined, { kind: 'REGON', valid: true, normalized: '610188201', details: { length: 9 } }],
    ['00033150100017', undefined, { kind: 'REGON', valid: true, details: { length: 14, parentRegon: '000331501' } }],
    ['610188202', undefined, { kind: 'REGON', valid: false, reason: 'INVALID_REGON' }],
    ['44051401359', undefined, { kind: 'PESEL', valid: true, details: { birthDate: '1944-05-14', sex: 'MALE' } }],
    ['44051401358', undefined, { kind: 'PESEL', valid: false, reason: 'INVALID_PESEL' }],
    ['PL5260250274', undefined, { kind: 'EU_VAT', valid: true, normalized: 'PL5260250274', country: 'PL', details: { number: '5260250274' } }],
    ['DE 136695976', undefined, { kind: 'EU_VAT', valid: true, normalized: 'DE136695976', country: 'DE' }],
    ['GR094014201', undefined, { kind: 'EU_VAT', valid: true, normalized: 'EL094014201', country: 'EL' }],
    ['136695976', 'DE', { kind: 'EU_VAT', valid: true, normalized: 'DE136695976', country: 'DE' }], // 9 digits, but the hint says DE
    ['U13585627', 'at', { kind: 'EU_VAT', valid: true, normalized: 'ATU13585627', country: 'AT' }],
    ['XI925901618', undefined, { kind: 'EU_VAT', valid: true, country: 'XI' }],
    ['NL000099998B57', undefined, { kind: 'EU_VAT', valid: true, country: 'NL' }], // sole trader, mod 97 scheme
    ['DE136695977', undefined, { kind: 'EU_VAT', valid: false, country: 'DE', reason: 'INVALID_VAT_NUMBER' }],
    ['CHE-116.281.710', 'CH', { kind: 'UNKNOWN', valid: false, reason: 'INVALID_TAX_ID' }],
    ['12345', undefined, { kind: 'UNKNOWN', valid: false, reason: 'INVALID_TAX_ID' }],
    ['Kowalski', undefined, { kind: 'UNKNOWN', valid: false }],
    ['', undefined, { kind: 'UNKNOWN', valid: false, reason: 'REQUIRED' }],
  ])('%j (hint %s) → %j', (input, hint, expected) => {
    expect(checkTaxId(input, hint)).toMatchObject(expected);
  });
});
