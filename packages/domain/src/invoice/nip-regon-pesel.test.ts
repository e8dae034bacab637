import { stdnum } from 'stdnum';
import fc from 'fast-check';
import { formatNip, isValidNip, validateNip } from './nip';
import { validatePesel } from './pesel';
import { validateRegon } from './regon';

describe('validateNip', () => {
  it.each([
    ['5260250274', '5260250274'], // Ministerstwo Finansów
    ['7740001454', '7740001454'], // PKN Orlen
    ['5261040828', '5261040828'],
    ['1132191233', '1132191233'],
    ['526-025-02-74', '5260250274'],
    ['526 025 02 74', '5260250274'],
    ['PL5260250274', '5260250274'],
    ['pl 774-000-14-54', '5260250274'.replace('5260250274', '7740001454')],
    ['584-030-44-72', '5840304472'],
    ['645-000-67-50', '6450006750'],
    ['687-16-26-585', '6871626585'],
    ['951-157-77-68', '9511577768'],
    ['６７７２１３５８２６', '6772135826'], // full-width digits from a PDF
  ])('%j is valid → %s', (input, normalized) => {
    expect(validateNip(input)).toEqual({ valid: true, normalized });
  });

  it.each([
    ['5260250275', 'INVALID_NIP'], // last digit changed
    ['5260250247', 'INVALID_NIP'], // two digits swapped
    ['1234567890', 'INVALID_NIP'], // checksum would be 10: never valid
    ['1111111111', 'INVALID_NIP'], // passes the checksum, but a repeated digit is not a NIP
    ['0000000000', 'INVALID_NIP'],
    ['526025027', 'INVALID_NIP'],
    ['52602502744', 'INVALID_NIP'],
    ['DE5260250274', 'INVALID_NIP'],
    ['526O250274', 'INVALID_NIP'],
    ['', 'REQUIRED'],
    ['   ', 'REQUIRED'],
  ])('%j is invalid (%s)', (input, reason) => {
    expect(validateNip(input)).toEqual({ valid: false, reason });
    expect(isValidNip(input)).toBe(false);
  });

  it('formats as on Polish invoices', () => {
    expect(formatNip('5260250274')).toBe('526-025-02-74');
    expect(formatNip('garbage')).toBe('garbage');
  });

  it('detects every single-digit typo (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
        const nip = '7740001454';
        const typo = nip.slice(0, pos) + String((Number(nip[pos]) + delta) % 10) + nip.slice(pos + 1);
        return !isValidNip(typo);
      }),
    );
  });

  it('accepts any separators around a valid NIP (property)', () => {
    const sep = fc.constantFrom('', ' ', '-', '.', ' - ');
    fc.assert(
      fc.property(fc.array(sep, { minLength: 9, maxLength: 9 }), (seps) => {
        const typed = [...'5261040828'].map((d, i) => d + (seps[i] ?? '')).join('');
        return validateNip(typed).normalized === '5261040828';
      }),
    );
  });
});

describe('validateRegon', () => {
  it.each([
    ['610188201', 9], // PKN Orlen
    ['000331501', 9], // Główny Urząd Statystyczny
    ['000002217', 9], // Ministerstwo Finansów
    ['61-01-88-201', 9],
    ['887012068', 9], // Ministry of Finance white-list test environment
    ['730371613', 9],
    ['00033150100000', 14], // local units: parent REGON + unit number + second check digit
    ['00033150100017', 14],
    ['61018820100010', 14],
    ['61018820100121', 14],
    ['00000221700129', 14],
  ])('%s is valid (%i digits)', (input, length) => {
    const r = validateRegon(input);
    expect(r).toMatchObject({ valid: true, normalized: input.replace(/-/g, ''), length });
    if (length === 14) expect(r.parentRegon).toBe(input.slice(0, 9));
  });

  it.each([
    ['610188202'],
    ['000331502'],
    ['00033150100001'], // second check digit wrong
    ['00033150200000'], // parent REGON invalid, second check digit right
    ['000000000'],
    ['00000000000000'],
    ['61018820'],
    ['6101882010001'],
    ['abc'],
  ])('%s is invalid', (input) => {
    expect(validateRegon(input)).toEqual({ valid: false, reason: 'INVALID_REGON' });
  });
});

describe('validatePesel', () => {
  it('does not depend on the clock, unlike stdnum (which rejects birth dates after today)', () => {
    expect(stdnum.PL.pesel.validate('05410100517').isValid).toBe(false);
    expect(validatePesel('05410100517').valid).toBe(true);
  });

  it.each([
    ['44051401359', '1944-05-14', 'MALE'],
    ['02070803628', '1902-07-08', 'FEMALE'],
    ['95831212346', '1895-03-12', 'FEMALE'], // 1800s: month + 80
    ['95831212353', '1895-03-12', 'MALE'],
    ['05313000460', '2005-11-30', 'FEMALE'], // 2000s: month + 20
    ['05410100517', '2105-01-01', 'MALE'], // 2100s: month + 40
    ['01723199987', '2201-12-31', 'FEMALE'], // 2200s: month + 60
    ['80022912635', '1980-02-29', 'MALE'], // leap day
    ['440514 01359', '1944-05-14', 'MALE'],
  ])('%s → born %s, %s', (input, birthDate, sex) => {
    expect(validatePesel(input)).toEqual({ valid: true, normalized: input.replace(/\s/g, ''), birthDate, sex });
  });

  it.each([
    ['44051401358'], // check digit
    ['44051401395'], // swapped digits
    ['00022912671'], // 29 Feb 1900: not a leap year (checksum is right)
    ['99223143216'], // 31 February 2099 (checksum is right)
    ['4405140135'],
    ['440514013599'],
    ['00000000000'],
  ])('%s is invalid', (input) => {
    expect(validatePesel(input)).toEqual({ valid: false, reason: 'INVALID_PESEL' });
  });
});
