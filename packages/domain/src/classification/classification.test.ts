import { safeParseWith } from '../parse-with';
import { classificationNameKey, classificationNameSchema } from './classification';

describe('classification names', () => {
  it.each([
    ['  Stali   klienci ', { ok: true, value: 'Stali klienci' }],
    ['Alergicy', { ok: true, value: 'Alergicy' }],
  ])('%j → %j', (input, expected) => {
    expect(safeParseWith(classificationNameSchema, input)).toEqual(expected);
  });

  it.each([['', 'REQUIRED'], ['   ', 'REQUIRED'], ['x'.repeat(51), 'TOO_LONG']])('%j → %s', (input, code) => {
    const r = safeParseWith(classificationNameSchema, input);
    expect(!r.ok && r.issues[0].code).toBe(code);
  });

  it('keys names case- and diacritic-insensitively', () => {
    expect(classificationNameKey('Żółte VIP')).toBe(classificationNameKey('zolte vip'));
  });
});
