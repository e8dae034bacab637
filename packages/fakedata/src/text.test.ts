import { feminineSurname, toAsciiSlug } from './text';

describe('feminineSurname', () => {
  it.each([
    ['Kowalski', 'Kowalska'],
    ['Czarnecki', 'Czarnecka'],
    ['Zawadzki', 'Zawadzka'],
    ['Nowak', 'Nowak'],
    ['Wróbel', 'Wróbel'],
    ['Żółć', 'Żółć'],
    ['Sikora', 'Sikora'],
  ])('%s → %s', (masculine, feminine) => {
    expect(feminineSurname(masculine)).toBe(feminine);
  });
});

describe('toAsciiSlug', () => {
  it('folds diacritics and drops what e-mails cannot hold', () => {
    expect(toAsciiSlug('Żółć')).toBe('zolc');
    expect(toAsciiSlug('Łódź')).toBe('lodz');
    expect(toAsciiSlug('Müller')).toBe('mueller');
    expect(toAsciiSlug("O'Brien")).toBe('obrien');
    expect(toAsciiSlug('Thi Lan')).toBe('thilan');
    expect(toAsciiSlug('Ewa-Kos', true)).toBe('ewa-kos');
  });
});
