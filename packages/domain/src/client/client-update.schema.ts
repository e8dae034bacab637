import { z } from 'zod';
import { FieldIssue } from '../errors';
import { clientFieldSchemas, consentChoiceSchema } from './client-fields';
import { checkClientLists, clientNameIssues } from './client-rules';
import { withDefaultPrimary } from './contact-lists';
import type { ClientCreateData } from './client-create.schema';

/**
 * A patch of a client card (F3.4): absent = unchanged, null = clear, and a present list (phones, emails,
 * addresses, groupIds, tags, customFields) REPLACES the whole list. `version` is the version the user started
 * editing from; the service answers VERSION_CONFLICT (with `diffClientFields`) when the card moved on meanwhile.
 *
 * Rules that need the whole card (a person keeps a name, a company its name) cannot be judged from a patch:
 * the service merges with `mergeClientPatch` and checks `clientInvariantIssues` on the result.
 */
const f = clientFieldSchemas;

export const clientUpdateSchema = z
  .object({
    version: z.number().int().min(1),
    kind: f.kind.optional(),
    firstName: f.firstName.optional(),
    lastName: f.lastName.optional(),
    companyName: f.companyName.optional(),
    gender: f.gender.optional(),
    preferredLanguage: f.preferredLanguage.optional(),
    description: f.description.optional(),
    remarks: f.remarks.optional(),
    phones: f.phones.optional(),
    emails: f.emails.optional(),
    addresses: f.addresses.optional(),
    birthday: f.birthday.optional(),
    nameDay: f.nameDay.optional(),
    clientNumber: f.clientNumber.optional(),
    loyaltyCardNumber: f.loyaltyCardNumber.optional(),
    groupIds: f.groupIds.optional(),
    tags: f.tags.optional(),
    sourceId: f.sourceId.optional(),
    assignedStaffId: f.assignedStaffId.optional(),
    isActive: f.isActive.optional(),
    isSupplier: f.isSupplier.optional(),
    isConflict: f.isConflict.optional(),
    bookingRestriction: f.bookingRestriction.optional(),
    discountPercent: f.discountPercent.optional(),
    onlineBookingLimit: f.onlineBookingLimit.optional(),
    blockNewsletter: f.blockNewsletter.optional(),
    blockAutomaticMessages: f.blockAutomaticMessages.optional(),
    identityDocuments: f.identityDocuments.optional(),
    invoiceData: f.invoiceData.optional(),
    customFields: f.customFields.optional(),
    consents: z.array(consentChoiceSchema).max(50).optional(),
  })
  .superRefine(
    (raw, ctx) => {
      if (!raw || typeof raw !== 'object') return;
      checkClientLists(raw as Record<string, unknown>, ctx);
    },
    { when: () => true },
  )
  .transform((p) => {
    // Keep absent keys absent: `{ ...p, phones: undefined }` would read as "clear the phones" downstream.
    const out = { ...p };
    if (p.phones) out.phones = withDefaultPrimary(p.phones);
    if (p.emails) out.emails = withDefaultPrimary(p.emails);
    return out;
  });

export type ClientUpdateInput = z.input<typeof clientUpdateSchema>;
export type ClientUpdateData = z.output<typeof clientUpdateSchema>;

/** A complete, validated client card (identity documents included, consents not: they live in the ledger). */
export type ClientCard = Omit<ClientCreateData, 'consents'>;

/** The card after applying a patch: present keys (null included) win, absent keys keep the current value. */
export function mergeClientPatch<T extends Partial<ClientCard>>(current: T, patch: Omit<ClientUpdateData, 'version'> & { version?: number }): T {
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'version' || key === 'consents' || value === undefined) continue;
    merged[key] = value;
  }
  return merged as T;
}

/** Whole-card rules to check after merging a patch. */
export function clientInvariantIssues(card: Partial<ClientCard>): FieldIssue[] {
  return clientNameIssues({ ...card, kind: card.kind ?? 'PERSON' });
}
