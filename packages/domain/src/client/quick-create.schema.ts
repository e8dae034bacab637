import { z } from 'zod';
import { normalizeEmail } from '../contact/email';
import { parsePhone } from '../contact/phone';
import { addFieldIssue } from '../parse-with';
import { clientFieldSchemas, consentChoiceSchema } from './client-fields';
import type { ClientCreateInput } from './client-create.schema';
import { clientNameIssues, reportIssues } from './client-rules';

/**
 * Quick add (F3.2), as from a calendar slot: a name, a phone and/or an e-mail, consents. A client must be
 * reachable, so a phone or an e-mail is required (reported on `phone`, the field the receptionist fills first).
 */
const f = clientFieldSchemas;

const optionalPhone = z
  .string()
  .nullish()
  .transform((v, ctx) => {
    if (v == null || !v.trim()) return null;
    const parsed = parsePhone(v);
    if (!parsed.ok) {
      addFieldIssue(ctx, 'INVALID_PHONE', `Invalid phone number "${v}"`);
      return z.NEVER;
    }
    return parsed.e164;
  });

const optionalEmail = z
  .string()
  .nullish()
  .transform((v, ctx) => {
    if (v == null || !v.trim()) return null;
    const email = normalizeEmail(v);
    if (!email) {
      addFieldIssue(ctx, 'INVALID_EMAIL', `Invalid e-mail "${v}"`);
      return z.NEVER;
    }
    return email;
  });

export const quickCreateClientSchema = z
  .object({
    kind: f.kind.default('PERSON'),
    firstName: f.firstName.default(null),
    lastName: f.lastName.default(null),
    companyName: f.companyName.default(null),
    phone: optionalPhone.default(null),
    email: optionalEmail.default(null),
    consents: z.array(consentChoiceSchema).max(50).default([]),
  })
  .superRefine(
    (raw, ctx) => {
      if (!raw || typeof raw !== 'object') return;
      const q = raw as Record<string, unknown>;
      reportIssues(ctx, clientNameIssues({ ...q, kind: q.kind ?? 'PERSON' }));
      // A value that failed its own check still counts as given: it gets INVALID_PHONE, not also REQUIRED.
      const given = (v: unknown) => v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '');
      if (!given(q.phone) && !given(q.email)) {
        addFieldIssue(ctx, 'REQUIRED', 'Give a phone number or an e-mail address', ['phone']);
      }
    },
    { when: () => true },
  );

export type QuickCreateClientInput = z.input<typeof quickCreateClientSchema>;
export type QuickCreateClientData = z.output<typeof quickCreateClientSchema>;

/**
 * "Więcej danych": carries what was typed in quick add into the full form, valid or not (the full form shows
 * the same errors). The phone becomes the primary MOBILE phone, the e-mail the primary e-mail.
 */
export function quickToFullClientInput(q: QuickCreateClientInput | QuickCreateClientData): ClientCreateInput {
  const phone = typeof q.phone === 'string' && q.phone.trim() ? q.phone.trim() : null;
  const email = typeof q.email === 'string' && q.email.trim() ? q.email.trim() : null;
  return {
    kind: q.kind ?? 'PERSON',
    firstName: q.firstName ?? null,
    lastName: q.lastName ?? null,
    companyName: q.companyName ?? null,
    phones: phone ? [{ number: phone, typeKey: 'MOBILE', isPrimary: true }] : [],
    emails: email ? [{ address: email, isPrimary: true }] : [],
    consents: q.consents ? q.consents.map((c) => ({ purposeKey: c.purposeKey, granted: c.granted })) : [],
  };
}
