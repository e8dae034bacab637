import { safeParseWith } from '../parse-with';
import {
  acceptInvitationSchema,
  changePasswordSchema,
  inviteStaffSchema,
  loginSchema,
  newPasswordSchema,
  passwordSchema,
  passwordWeakness,
  signUpSchema,
  updateStaffMemberSchema,
} from './auth.schemas';

const issues = (schema: Parameters<typeof safeParseWith>[0], input: unknown) => {
  const r = safeParseWith(schema, input);
  return r.ok ? [] : r.issues.map((i) => [i.path.join('.'), i.code, i.params?.reason ?? null]);
};

describe('passwordSchema', () => {
  it.each([
    ['correct horse battery'],
    ['Zażółć-gęślą-42'],
    ['1234567890x'],
    ['aaaaaaaaab'],
  ])('accepts %j', (pw) => {
    expect(issues(passwordSchema, pw)).toEqual([]);
  });

  it.each([
    ['short', 'TOO_SHORT'],
    ['ąęśćżźółń', 'TOO_SHORT'], // 9 characters, 18 bytes
    ['aaaaaaaaaaaa', 'ONE_REPEATED_CHARACTER'],
    ['1234567890', 'COMMON'],
    ['QwertyUiop', 'COMMON'],
  ])('rejects %j as WEAK_PASSWORD (%s)', (pw, reason) => {
    expect(issues(passwordSchema, pw)).toEqual([['', 'WEAK_PASSWORD', reason]]);
  });

  it('rejects over-long passwords as TOO_LONG (argon2 input is bounded)', () => {
    expect(issues(passwordSchema, 'ab'.repeat(101))).toEqual([['', 'TOO_LONG', null]]);
  });

  it('spots the e-mail used as password', () => {
    expect(passwordWeakness('Anna.Kowalska@salon.pl', 'anna.kowalska@salon.pl')).toBe('SAME_AS_EMAIL');
    expect(passwordWeakness('anna.kowalska', 'anna.kowalska@salon.pl')).toBe('SAME_AS_EMAIL');
    expect(passwordWeakness('anna.kowalska1', 'anna.kowalska@salon.pl')).toBeNull();
  });
});

describe('signUpSchema', () => {
  const valid = { businessName: ' Salon  Urody "Ewa" ', displayName: 'Ewa Nowak', email: 'Ewa@Salon.pl', password: 'mocne hasło 2024' };

  it('normalises', () => {
    expect(safeParseWith(signUpSchema, valid)).toEqual({
      ok: true,
      value: { businessName: 'Salon Urody "Ewa"', displayName: 'Ewa Nowak', email: 'ewa@salon.pl', password: 'mocne hasło 2024', language: 'pl' },
    });
    expect(safeParseWith(signUpSchema, { ...valid, displayName: undefined })).toMatchObject({ ok: true, value: { displayName: null } });
  });

  it.each([
    [{ ...valid, businessName: 'X' }, [['businessName', 'TOO_SHORT', null]]],
    [{ ...valid, businessName: 'x'.repeat(121) }, [['businessName', 'TOO_LONG', null]]],
    [{ ...valid, email: 'ewa@' }, [['email', 'INVALID_EMAIL', null]]],
    [{ ...valid, email: '' }, [['email', 'REQUIRED', null]]],
    [{ ...valid, password: 'EWA@SALON.PL' }, [['password', 'WEAK_PASSWORD', 'SAME_AS_EMAIL']]],
    [{ ...valid, displayName: '   ' }, []], // optional: the e-mail is shown instead
    [{ ...valid, displayName: 'x'.repeat(101) }, [['displayName', 'TOO_LONG', null]]],
    [{ businessName: 'Salon' }, [['email', 'REQUIRED', null], ['password', 'REQUIRED', null]]],
  ])('%j → %j', (input, expected) => {
    expect(issues(signUpSchema, input)).toEqual(expected);
  });
});

describe('other auth schemas', () => {
  it('login does not judge password strength', () => {
    expect(safeParseWith(loginSchema, { email: 'EWA@salon.pl', password: 'x' })).toEqual({ ok: true, value: { email: 'ewa@salon.pl', password: 'x' } });
    expect(safeParseWith(loginSchema, { email: 'ewa@salon.pl', password: 'x', businessId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301' }).ok).toBe(true);
    expect(issues(loginSchema, { email: 'ewa@salon.pl', password: 'x', businessId: 'salon' })).toEqual([['businessId', 'INVALID_FORMAT', null]]);
    expect(issues(loginSchema, { email: 'ewa@salon.pl', password: '' })).toEqual([['password', 'REQUIRED', null]]);
  });

  it('invites staff with a role', () => {
    expect(safeParseWith(inviteStaffSchema, { email: 'kasia@salon.pl', displayName: 'Kasia', role: 'RECEPTIONIST' })).toEqual({
      ok: true,
      value: { email: 'kasia@salon.pl', displayName: 'Kasia', role: 'RECEPTIONIST', acceptsVisits: false },
    });
    expect(issues(inviteStaffSchema, { email: 'kasia@salon.pl', displayName: 'Kasia', role: 'GOD' })).toEqual([['role', 'INVALID_CHOICE', null]]);
  });

  it('accepting an invitation', () => {
    const token = 'Zm9vYmFyYmF6cXV4cXV1eHF1dXg';
    expect(safeParseWith(acceptInvitationSchema, { token, password: 'nowe hasło 123' })).toEqual({
      ok: true,
      value: { token, password: 'nowe hasło 123', displayName: null },
    });
    expect(issues(acceptInvitationSchema, { token: 'short', password: 'abc' })).toEqual([
      ['token', 'TOO_SHORT', null],
      ['password', 'WEAK_PASSWORD', 'TOO_SHORT'],
    ]);
  });

  it('updating a staff member keeps absent fields absent', () => {
    const id = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
    const r = safeParseWith(updateStaffMemberSchema, { id, role: 'ADMIN', isActive: null });
    expect(r.ok && r.value).toEqual({ id, role: 'ADMIN', isActive: undefined });
    expect(r.ok && 'acceptsVisits' in r.value).toBe(false);
    expect(issues(updateStaffMemberSchema, { id, role: 'KING' })).toEqual([['role', 'INVALID_CHOICE', null]]);
  });

  it('new password and change password', () => {
    expect(issues(newPasswordSchema('kasia@salon.pl'), { password: 'kasia@salon.pl' })).toEqual([['password', 'WEAK_PASSWORD', 'SAME_AS_EMAIL']]);
    expect(issues(changePasswordSchema, { currentPassword: 'stare hasło 1', newPassword: 'stare hasło 1' })).toEqual([['newPassword', 'NOT_ALLOWED', null]]);
  });
});
