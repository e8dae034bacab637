import { z } from 'zod';
import { idSchema } from '../common/text-fields';
import { normalizeEmail } from '../contact/email';
import { addFieldIssue } from '../parse-with';

/**
 * One e-mail of a client card (F1.4). `acceptsEmail` ("Zgadzam się na otrzymywanie e-mail") defaults to false:
 * agreeing is the client's act, never a default.
 */
export const emailInputSchema = z
  .object({
    id: idSchema.optional(),
    address: z.string(),
    isPrimary: z.boolean().default(false),
    acceptsEmail: z.boolean().default(false),
  })
  .transform((e, ctx) => {
    const address = normalizeEmail(e.address);
    if (!address) {
      addFieldIssue(ctx, e.address.trim() ? 'INVALID_EMAIL' : 'REQUIRED', `Invalid e-mail "${e.address}"`, ['address']);
      return z.NEVER;
    }
    return { ...(e.id ? { id: e.id } : {}), address, isPrimary: e.isPrimary, acceptsEmail: e.acceptsEmail };
  });

export type EmailInput = z.input<typeof emailInputSchema>;
export type ClientEmail = z.output<typeof emailInputSchema>;
