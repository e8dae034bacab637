import fc from 'fast-check';
import { isValidEmail, normalizeEmail } from './email';

describe('normalizeEmail', () => {
  it.each([
    ['anna.kowalska@example.pl', 'anna.kowalska@example.pl'],
    ['  Anna.Kowalska@Example.PL ', 'anna.kowalska@example.pl'],
    ['ANNA+salon@gmail.com', 'anna+salon@gmail.com'],
    ['mailto:biuro@salon-urody.pl', 'biuro@salon-urody.pl'],
    ['<kontakt@fryzjer.com.pl>', 'kontakt@fryzjer.com.pl'],
    ['jan_o\'brien@example.ie', "jan_o'brien@example.ie"],
    ['zażółć@gęślą.pl', null], // non-ASCII local part: not accepted by Polish providers
    ['kontakt@żółw.pl', 'kontakt@żółw.pl'], // IDN domain
    ['kontakt@xn--w-uga1v.pl', 'kontakt@xn--w-uga1v.pl'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeEmail(input)).toBe(expected);
  });

  it.each([
    [''],
    ['   '],
    ['anna'],
    ['anna@'],
    ['@example.pl'],
    ['anna@example'],
    ['anna@@example.pl'],
    ['anna@exa mple.pl'],
    ['anna..kowalska@example.pl'],
    ['.anna@example.pl'],
    ['anna@-example.pl'],
    ['anna@example.p'],
    [`${'a'.repeat(65)}@example.pl`],
  ])('rejects %j', (input) => {
    expect(normalizeEmail(input)).toBeNull();
    expect(isValidEmail(input)).toBe(false);
  });

  it('treats null and undefined as no e-mail', () => {
    expect(normalizeEmail(null)).toBeNull();
    expect(normalizeEmail(undefined)).toBeNull();
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        const once = normalizeEmail(email);
        return once === null || normalizeEmail(once) === once;
      }),
    );
  });

  it('ignores case (property)', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (email) => normalizeEmail(email.toUpperCase()) === normalizeEmail(email)),
    );
  });
});
