import type { ClientCardFragment } from '../../gql/graphql';

/**
 * The card as the server's VERSION_CONFLICT details describe it (the domain's ClientCard shape), built from what
 * the user loaded, so "what changed since I started" is one `diffClientFields(mine, details.current)`.
 */
export function cardSnapshotFromClient(c: ClientCardFragment): Record<string, unknown> {
  return {
    kind: c.kind,
    firstName: c.firstName,
    lastName: c.lastName,
    companyName: c.companyName,
    gender: c.gender,
    preferredLanguage: c.preferredLanguage,
    description: c.description,
    remarks: c.remarks,
    phones: c.phones.map((p) => ({ number: p.number, typeKey: p.typeKey, isPrimary: p.isPrimary, sms: p.sms, whatsapp: p.whatsapp, viber: p.viber })),
    emails: c.emails.map((e) => ({ address: e.address, isPrimary: e.isPrimary, acceptsEmail: e.acceptsEmail })),
    addresses: c.addresses.map((a) => ({
      kind: a.kind, street: a.street, building: a.building, apartment: a.apartment, postalCode: a.postalCode, city: a.city, country: a.country,
    })),
    birthday: c.birthday ? { day: c.birthday.day, month: c.birthday.month, year: c.birthday.year } : null,
    nameDay: c.nameDay ? { day: c.nameDay.day, month: c.nameDay.month } : null,
    clientNumber: c.number,
    loyaltyCardNumber: c.loyaltyCardNumber,
    groupIds: c.groups.map((g) => g.id).sort(),
    tags: c.tags.map((t) => t.name).sort((a, b) => a.localeCompare(b, 'pl')),
    sourceId: c.source?.id ?? null,
    assignedStaffId: c.assignedStaff?.id ?? null,
    isActive: c.status === 'ACTIVE',
    isSupplier: c.isSupplier,
    isConflict: c.isConflict,
    bookingRestriction: { mode: c.bookingRestriction.mode, reason: c.bookingRestriction.reason, expiresAt: c.bookingRestriction.expiresAt },
    discountPercent: c.discountPercent,
    onlineBookingLimit: c.onlineBookingLimit,
    blockNewsletter: c.blockNewsletter,
    blockAutomaticMessages: c.blockAutomaticMessages,
    invoiceData: c.invoiceData ? { ...c.invoiceData } : null,
    customFields: c.customFields.map((f) => ({ fieldId: f.fieldId, value: f.value })),
  };
}
