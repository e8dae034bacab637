import { z } from 'zod';
import { idSchema } from '../common/text-fields';
import { parsePhone } from '../contact/phone';
import { addFieldIssue } from '../parse-with';

/**
 * One phone of a client card (F1.3). `number` comes in as typed and goes out in E.164; `typeKey` is a built-in
 * type (MOBILE, WORK, HOME) or the id of a tenant-defined phone type.
 *
 * SMS defaults to on when the number can receive texts: a mobile number, a number whose type cannot be told
 * (FIXED_LINE_OR_MOBILE, as in the US), or one marked MOBILE whose range is unknown. Landlines default to off,
 * so reminders are not sent into the void. WhatsApp and Viber default to off: only the client can say.
 */
export const phoneInputSchema = z
  .object({
    id: idSchema.optional(),
    number: z.string(),
    typeKey: z
      .string()
      .transform((v) => v.trim())
      .pipe(z.string().min(1).max(64))
      .default('MOBILE'),
    isPrimary: z.boolean().default(false),
    sms: z.boolean().optional(),
    whatsapp: z.boolean().default(false),
    viber: z.boolean().default(false),
  })
  .transform((p, ctx) => {
    const parsed = parsePhone(p.number);
    if (!parsed.ok) {
      addFieldIssue(ctx, p.number.trim() ? 'INVALID_PHONE' : 'REQUIRED', `Invalid phone number "${p.number}"`, ['number']);
      return z.NEVER;
    }
    const smsCapable =
      parsed.type === 'MOBILE' ||
      parsed.type === 'FIXED_LINE_OR_MOBILE' ||
      (parsed.type === 'UNKNOWN' && p.typeKey === 'MOBILE');
    return {
      ...(p.id ? { id: p.id } : {}),
      number: parsed.e164,
      typeKey: p.typeKey,
      isPrimary: p.isPrimary,
      sms: p.sms ?? smsCapable,
      whatsapp: p.whatsapp,
      viber: p.viber,
      /** "wew. 12" typed after the number; E.164 has no room for it. */
      extension: parsed.extension ?? null,
    };
  });

export type PhoneInput = z.input<typeof phoneInputSchema>;
export type ClientPhone = z.output<typeof phoneInputSchema>;
