import { z } from 'zod';
import { collapseSpaces, idSchema, nullableMultilineText, nullableText } from '../common/text-fields';
import { isLanguageCode } from '../contact/countries';
import { consentPurposeKeySchema } from '../consent/purposes';
import { dayMonthSchema, partialDateSchema } from '../dates/partial-date';
import { invoiceDataSchema } from '../invoice/invoice-data.schema';
import { addFieldIssue } from '../parse-with';
import { addressInputSchema } from './address-input.schema';
import { bookingRestrictionSchema } from './booking-restriction.schema';
import { clientKindSchema, genderSchema } from './client-kind';
import { clientNumberSchema } from './client-number';
import { emailInputSchema } from './email-input.schema';
import { identityDocumentsSchema } from './identity-documents';
import { COMPANY_NAME_MAX_LENGTH, PERSON_NAME_MAX_LENGTH } from './names';
import { phoneInputSchema } from './phone-input.schema';

/**
 * The schema of every client card field, without defaults or optionality: `clientCreateSchema` adds defaults,
 * `clientUpdateSchema` makes each one optional (absent = unchanged). Defined once so create, update, quick add and
 * import cannot drift apart.
 */

export const TAG_MAX_LENGTH = 50;
export const DESCRIPTION_MAX_LENGTH = 2000;
export const REMARKS_MAX_LENGTH = 5000;

/** Tag names, trimmed; "VIP" and "vip" are one tag (the first spelling wins); blanks are dropped. */
export const tagListSchema = z
  .array(z.string().transform(collapseSpaces).pipe(z.string().max(TAG_MAX_LENGTH)))
  .max(100)
  .transform((tags) => {
    const seen = new Set<string>();
    return tags.filter((t) => {
      const k = t.toLocaleLowerCase('pl');
      if (!t || seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  });

/** Assigning a group twice is harmless: duplicates are dropped rather than reported. */
export const idListSchema = z
  .array(idSchema)
  .max(200)
  .transform((ids) => [...new Set(ids.map((id) => id.toLowerCase()))]);

export const preferredLanguageSchema = z
  .string()
  .nullable()
  .transform((v) => (v == null ? null : v.trim().toLowerCase() || null))
  .superRefine((v, ctx) => {
    if (v !== null && !isLanguageCode(v)) addFieldIssue(ctx, 'INVALID_CHOICE', `"${v}" is not an ISO 639-1 language code`);
  });

/**
 * Personal discount in percent, 0-100 with at most 2 decimals (12.5, 7.25). Strings are accepted because
 * imports and Polish keyboards produce "12,5".
 */
export const discountPercentSchema = z
  .union([z.number(), z.string()])
  .nullable()
  .transform((v, ctx) => {
    if (v === null || (typeof v === 'string' && !v.trim())) return null;
    const n = typeof v === 'number' ? v : Number(v.trim().replace(',', '.').replace(/%$/, ''));
    if (!Number.isFinite(n)) {
      addFieldIssue(ctx, 'INVALID_FORMAT', 'Discount must be a number');
      return z.NEVER;
    }
    if (n < 0 || n > 100) {
      addFieldIssue(ctx, 'OUT_OF_RANGE', 'Discount must be between 0 and 100', [], { minimum: 0, maximum: 100 });
      return z.NEVER;
    }
    if (Math.abs(n * 100 - Math.round(n * 100)) > 1e-9) {
      addFieldIssue(ctx, 'INVALID_FORMAT', 'Discount has at most 2 decimal places', [], { maxDecimals: 2 });
      return z.NEVER;
    }
    return Math.round(n * 100) / 100;
  });

/** Max upcoming online bookings for this client (F1.8); null = the tenant's default. */
export const onlineBookingLimitSchema = z.number().int().min(0).max(100).nullable();

export const customFieldValueInputSchema = z.object({ fieldId: idSchema, value: z.unknown() });
export const consentChoiceSchema = z.object({ purposeKey: consentPurposeKeySchema, granted: z.boolean() });

export const clientFieldSchemas = {
  kind: clientKindSchema,
  firstName: nullableText(PERSON_NAME_MAX_LENGTH),
  lastName: nullableText(PERSON_NAME_MAX_LENGTH),
  companyName: nullableText(COMPANY_NAME_MAX_LENGTH),
  gender: genderSchema.nullable(),
  preferredLanguage: preferredLanguageSchema,
  description: nullableMultilineText(DESCRIPTION_MAX_LENGTH),
  remarks: nullableMultilineText(REMARKS_MAX_LENGTH),
  phones: z.array(phoneInputSchema).max(20),
  emails: z.array(emailInputSchema).max(20),
  addresses: z.array(addressInputSchema).max(10),
  birthday: partialDateSchema.nullable(),
  nameDay: dayMonthSchema.nullable(),
  clientNumber: clientNumberSchema,
  loyaltyCardNumber: nullableText(64),
  groupIds: idListSchema,
  tags: tagListSchema,
  sourceId: idSchema.nullable(),
  assignedStaffId: idSchema.nullable(),
  isActive: z.boolean(),
  isSupplier: z.boolean(),
  isConflict: z.boolean(),
  bookingRestriction: bookingRestrictionSchema,
  discountPercent: discountPercentSchema,
  onlineBookingLimit: onlineBookingLimitSchema,
  blockNewsletter: z.boolean(),
  blockAutomaticMessages: z.boolean(),
  identityDocuments: identityDocumentsSchema.nullable(),
  invoiceData: invoiceDataSchema.nullable(),
  customFields: z.array(customFieldValueInputSchema).max(200),
};

export type ClientFieldName = keyof typeof clientFieldSchemas;
export const CLIENT_LIST_FIELDS = ['phones', 'emails', 'addresses', 'groupIds', 'tags', 'customFields'] as const;
