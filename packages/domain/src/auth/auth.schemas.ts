import { z } from 'zod';
import { idSchema, nullableText, requiredText } from '../common/text-fields';
import { normalizeEmail } from '../contact/email';
import { addFieldIssue } from '../parse-with';
import { ROLES } from '../policy/policy';

/**
 * Staff sign-up, login and invitations. Passwords are checked for length and obvious weakness only (NIST 800-63B:
 * length beats composition rules); the server hashes them with argon2id and never sees them again.
 */

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

// A handful of passwords that are long enough yet top every leaked-password list; not a breach database.
const COMMON_PASSWORDS = new Set([
  '1234567890', '12345678910', '0123456789', '1234567890a', 'qwertyuiop', 'qwertyuiop1', '1qaz2wsx3edc',
  'password12', 'password123', 'password1234', 'haslo12345', 'haslo123456', 'zaq12wsxcde', 'qwerty1234',
  'iloveyou12', 'abcdefghij', 'abc1234567', 'kartoteka1', 'kartoteka123', 'administrator', 'qazwsxedcrfv',
]);

export const emailSchema = z.string().transform((v, ctx) => {
  const email = normalizeEmail(v);
  if (!email) {
    addFieldIssue(ctx, v.trim() ? 'INVALID_EMAIL' : 'REQUIRED', 'Invalid e-mail address');
    return z.NEVER;
  }
  return email;
});

/** Why a password is weak, or null. Length is counted in characters (code points), not UTF-16 units. */
export function passwordWeakness(password: string, email?: string | null): string | null {
  const chars = [...password];
  if (chars.length < PASSWORD_MIN_LENGTH) return 'TOO_SHORT';
  if (new Set(chars).size === 1) return 'ONE_REPEATED_CHARACTER';
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return 'COMMON';
  if (email) {
    const e = email.trim().toLowerCase();
    const local = e.split('@')[0];
    if (lower === e || (local.length >= 4 && lower === local)) return 'SAME_AS_EMAIL';
  }
  return null;
}

export const passwordSchema = z
  .string()
  .max(PASSWORD_MAX_LENGTH)
  .superRefine((password, ctx) => {
    const weakness = passwordWeakness(password);
    if (weakness) {
      addFieldIssue(ctx, 'WEAK_PASSWORD', `Weak password: ${weakness}`, [], { minimum: PASSWORD_MIN_LENGTH, reason: weakness });
    }
  });

export const businessNameSchema = requiredText(120, 2);
export const displayNameSchema = requiredText(100);

/** The business owner creates the tenant and becomes its OWNER. Without a display name the e-mail is shown. */
export const signUpSchema = z
  .object({
    businessName: businessNameSchema,
    displayName: nullableText(100).nullish().transform((v) => v ?? null),
    email: emailSchema,
    password: passwordSchema,
    language: z.enum(['pl', 'en']).default('pl'),
  })
  .superRefine((v, ctx) => {
    if (typeof v.password === 'string' && passwordWeakness(v.password, v.email) === 'SAME_AS_EMAIL') {
      addFieldIssue(ctx, 'WEAK_PASSWORD', 'Password must not be the e-mail address', ['password'], {
        minimum: PASSWORD_MIN_LENGTH,
        reason: 'SAME_AS_EMAIL',
      });
    }
  });
export type SignUpInput = z.input<typeof signUpSchema>;
export type SignUpData = z.output<typeof signUpSchema>;

/** Login checks nothing about strength: old passwords must keep working, and a hint helps attackers. */
export const loginSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  /** For an account in several businesses: which one to open (the first otherwise). */
  businessId: idSchema.nullish(),
});
export type LoginInput = z.input<typeof loginSchema>;
export type LoginData = z.output<typeof loginSchema>;

export const inviteStaffSchema = z.object({
  email: emailSchema,
  displayName: displayNameSchema,
  role: z.enum(ROLES),
  /** Staff who accept visits can be assigned to clients (F10.1). */
  acceptsVisits: z.boolean().default(false),
});
export type InviteStaffInput = z.input<typeof inviteStaffSchema>;
export type InviteStaffData = z.output<typeof inviteStaffSchema>;

/**
 * Accepting an invitation: the token from the e-mail link, a password (ignored by the service when the e-mail
 * already has an account) and optionally the name to show.
 */
export const acceptInvitationSchema = z.object({
  token: z.string().transform((v) => v.trim()).pipe(z.string().min(16).max(512)),
  password: passwordSchema,
  displayName: nullableText(100).nullish().transform((v) => v ?? null),
});
export type AcceptInvitationInput = z.input<typeof acceptInvitationSchema>;
export type AcceptInvitationData = z.output<typeof acceptInvitationSchema>;

/** Changing a staff member: role (see `canSetRole`), accepting visits, active. Absent = unchanged. */
export const updateStaffMemberSchema = z.object({
  id: idSchema,
  role: z.enum(ROLES).nullish().transform((v) => v ?? undefined),
  acceptsVisits: z.boolean().nullish().transform((v) => v ?? undefined),
  isActive: z.boolean().nullish().transform((v) => v ?? undefined),
});
export type UpdateStaffMemberInput = z.input<typeof updateStaffMemberSchema>;
export type UpdateStaffMemberData = z.output<typeof updateStaffMemberSchema>;

/** Setting a password from an invitation or reset link; the e-mail is known from the token. */
export function newPasswordSchema(email?: string | null) {
  return z.object({ password: passwordSchema }).superRefine((v, ctx) => {
    if (typeof v.password === 'string' && passwordWeakness(v.password, email) === 'SAME_AS_EMAIL') {
      addFieldIssue(ctx, 'WEAK_PASSWORD', 'Password must not be the e-mail address', ['password'], {
        minimum: PASSWORD_MIN_LENGTH,
        reason: 'SAME_AS_EMAIL',
      });
    }
  });
}

export const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH), newPassword: passwordSchema })
  .superRefine((v, ctx) => {
    if (v.currentPassword === v.newPassword) {
      addFieldIssue(ctx, 'NOT_ALLOWED', 'The new password must differ from the current one', ['newPassword']);
    }
  });
