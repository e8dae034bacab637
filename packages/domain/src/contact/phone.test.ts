import fc from 'fast-check';
import { formatPhone, isValidPhone, parsePhone, phoneDigits, phoneSearchKeys } from './phone';

describe('parsePhone', () => {
  it.each([
    // Polish mobiles in every way they get typed
    ['600 100 200', '+48600100200', 'PL', 'MOBILE', '600 100 200'],
    ['+48 600-100-200', '+48600100200', 'PL', 'MOBILE', '600 100 200'],
    ['0048600100200', '+48600100200', 'PL', 'MOBILE', '600 100 200'],
    ['48600100200', '+48600100200', 'PL', 'MOBILE', '600 100 200'],
    ['+48600100200', '+48600100200', 'PL', 'MOBILE', '600 100 200'],
    ['tel:+48600100200', '+48600100200', 'PL', 'MOBILE', '600 100 200'],
    ['\u00a0512\u00a0345\u00a0678 ', '+48512345678', 'PL', 'MOBILE', '512 345 678'],
    ['0 600 100 200', '+48600100200', 'PL', 'MOBILE', '600 100 200'],
    ['+48 (0) 600 100 200', '+48600100200', 'PL', 'MOBILE', '600 100 200'],
    // Polish landlines: Warsaw numbers of the Ministry of Finance and the President's Chancellery
    ['(22) 621 45 67', '+48226214567', 'PL', 'FIXED_LINE', '22 621 45 67'],
    ['22 694 55 55', '+48226945555', 'PL', 'FIXED_LINE', '22 694 55 55'],
    ['+48 22 695 29 00', '+48226952900', 'PL', 'FIXED_LINE', '22 695 29 00'],
    ['022 621 45 67', '+48226214567', 'PL', 'FIXED_LINE', '22 621 45 67'],
    ['12 616 12 00', '+48126161200', 'PL', 'FIXED_LINE', '12 616 12 00'],
    ['800 100 100', '+48800100100', 'PL', 'TOLL_FREE', '800 100 100'],
    ['+48 39 123 45 67', '+48391234567', 'PL', 'VOIP', '391 234 567'],
    ['+48 701 123 456', '+48701123456', 'PL', 'OTHER', '701 123 456'],
    // Foreign numbers
    ['+44 20 7946 0958', '+442079460958', 'GB', 'FIXED_LINE', '020 7946 0958'],
    ['0044 20 7946 0958', '+442079460958', 'GB', 'FIXED_LINE', '020 7946 0958'],
    ['+49 30 901820', '+4930901820', 'DE', 'FIXED_LINE', '030 901820'],
    ['+1 202-456-1111', '+12024561111', 'US', 'FIXED_LINE_OR_MOBILE', '(202) 456-1111'],
    ['+380 50 123 4567', '+380501234567', 'UA', 'MOBILE', '050 123 4567'],
    ['+420 224 004 111', '+420224004111', 'CZ', 'FIXED_LINE', '224 004 111'],
    ['+33 1 42 92 81 00', '+33142928100', 'FR', 'FIXED_LINE', '01 42 92 81 00'],
  ])('%j → %s', (input, e164, country, type, national) => {
    const r = parsePhone(input);
    expect(r).toMatchObject({ ok: true, e164, country, type, national });
  });

  it.each([
    ['020 7946 0958', 'GB', '+442079460958'],
    ['030 901820', 'DE', '+4930901820'],
    ['050 123 4567', 'UA', '+380501234567'],
  ])('reads %j nationally for default country %s', (input, country, e164) => {
    expect(parsePhone(input, country)).toMatchObject({ ok: true, e164 });
  });

  it.each([
    [''],
    ['   '],
    ['abc'],
    ['123'],
    ['600 100'],
    ['+48 100 100 100'], // right length, unassigned range: "min" metadata would accept it
    ['+48 999 999 999'],
    ['6OO 100 200'],
    ['600 100 200 300 400'],
    ['+999 123 456 789'],
  ])('rejects %j', (input) => {
    expect(parsePhone(input)).toEqual({ ok: false, reason: 'INVALID_PHONE' });
    expect(isValidPhone(input)).toBe(false);
  });

  it('keeps an extension apart from the E.164 number', () => {
    expect(parsePhone('22 621 45 67 wew. 12')).toMatchObject({ ok: true, e164: '+48226214567', extension: '12' });
    expect(parsePhone('+48 600 100 200 ext 5')).toMatchObject({ ok: true, e164: '+48600100200', extension: '5' });
  });

  it('parsing its own E.164 output is stable (property)', () => {
    const plMobile = fc.tuple(fc.constantFrom('50', '51', '53', '60', '66', '69', '72', '78', '79', '88'), fc.integer({ min: 0, max: 9_999_999 }));
    fc.assert(
      fc.property(plMobile, ([prefix, rest]) => {
        const typed = `${prefix}${String(rest).padStart(7, '0')}`;
        const first = parsePhone(typed);
        if (!first.ok) return true; // a few sub-ranges are unassigned
        const again = parsePhone(first.e164);
        const fromNational = parsePhone(first.national);
        return again.ok && again.e164 === first.e164 && fromNational.ok && fromNational.e164 === first.e164;
      }),
    );
  });
});

describe('formatPhone', () => {
  it.each([
    ['+48600100200', 'national', '600 100 200'],
    ['+48600100200', 'international', '+48 600 100 200'],
    ['+48226214567', 'national', '22 621 45 67'],
    ['+442079460958', 'national', '+44 20 7946 0958'],
    ['+442079460958', 'international', '+44 20 7946 0958'],
    ['+4930901820', 'national', '+49 30 901820'],
    ['not a phone', 'national', 'not a phone'],
  ] as const)('%s as %s → %s', (e164, style, expected) => {
    expect(formatPhone(e164, style)).toBe(expected);
  });
});

describe('phoneSearchKeys / phoneDigits', () => {
  it.each([
    ['+48600100200', ['48600100200', '600100200']],
    ['+442079460958', ['442079460958', '2079460958']],
    ['+12024561111', ['12024561111', '2024561111']],
  ])('%s → %j', (e164, keys) => {
    expect(phoneSearchKeys(e164)).toEqual(keys);
  });

  it.each([
    ['600 1', '6001'],
    ['+48 600', '48600'],
    ['…4567', '4567'],
    ['(22) 621-45', '2262145'],
    ['abc', ''],
  ])('phoneDigits(%j) = %j', (input, digits) => {
    expect(phoneDigits(input)).toBe(digits);
  });

  it('every search fragment of a number is a substring of one of its keys (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (start, len) => {
        const keys = phoneSearchKeys('+48600100200');
        const fragment = '600100200'.slice(start, start + len);
        return keys.some((k) => k.includes(phoneDigits(fragment)));
      }),
    );
  });
});
