import { z } from 'zod';
import { NO_BOOKING_RESTRICTION } from './booking-restriction.schema';
import { clientFieldSchemas, consentChoiceSchema } from './client-fields';
import { checkClientLists, clientNameIssues, reportIssues } from './client-rules';
import { withDefaultPrimary } from './contact-lists';

/**
 * The full client form (F3.1) and the API's createClient input. Every optional field has a default, so the
 * output is a complete card: optional texts are null, lists are [], flags false (isActive true).
 * `consents` are the choices made in the form's "Zgody" section; the server records them as STAFF_OUTSIDE_SYSTEM
 * (or ONLINE_FORM for the public form) with the purpose's current wording.
 */
const f = clientFieldSchemas;

export const clientCreateSchema = z
  .object({
    kind: f.kind.default('PERSON'),
    firstName: f.firstName.default(null),
    lastName: f.lastName.default(null),
    companyName: f.companyName.default(null),
    gender: f.gender.default(null),
    preferredLanguage: f.preferredLanguage.default(null),
    description: f.description.default(null),
    remarks: f.remarks.default(null),
    phones: f.phones.default([]),
    emails: f.emails.default([]),
    addresses: f.addresses.default([]),
    birthday: f.birthday.default(null),
    nameDay: f.nameDay.default(null),
    clientNumber: f.clientNumber.default(null),
    loyaltyCardNumber: f.loyaltyCardNumber.default(null),
    groupIds: f.groupIds.default([]),
    tags: f.tags.default([]),
    sourceId: f.sourceId.default(null),
    assignedStaffId: f.assignedStaffId.default(null),
    isActive: f.isActive.default(true),
    isSupplier: f.isSupplier.default(false),
    isConflict: f.isConflict.default(false),
    bookingRestriction: f.bookingRestriction.default(NO_BOOKING_RESTRICTION),
    discountPercent: f.discountPercent.default(null),
    onlineBookingLimit: f.onlineBookingLimit.default(null),
    blockNewsletter: f.blockNewsletter.default(false),
    blockAutomaticMessages: f.blockAutomaticMessages.default(false),
    identityDocuments: f.identityDocuments.default(null),
    invoiceData: f.invoiceData.default(null),
    customFields: f.customFields.default([]),
    consents: z.array(consentChoiceSchema).max(50).default([]),
  })
  .superRefine(
    (raw, ctx) => {
      if (!raw || typeof raw !== 'object') return;
      const card = raw as Record<string, unknown>;
      reportIssues(ctx, clientNameIssues({ ...card, kind: card.kind ?? 'PERSON' }));
      checkClientLists(card, ctx);
    },
    { when: () => true },
  )
  .transform((c) => ({ ...c, phones: withDefaultPrimary(c.phones), emails: withDefaultPrimary(c.emails) }));

/** What the form holds and the API receives, before validation (react-hook-form's field values). */
export type ClientCreateInput = z.input<typeof clientCreateSchema>;
export type ClientCreateFormValues = ClientCreateInput;
/** A parsed, normalised card with every default filled in. */
export type ClientCreateData = z.output<typeof clientCreateSchema>;
