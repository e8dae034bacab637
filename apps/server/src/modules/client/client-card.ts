import { clientSearchKeys, phoneSearchKeys, storedNameKey, type ClientCard } from '@kartoteka/domain';
import type { ClientEntity } from './client.entity';
import type { ClientChildren } from './client.repository';

/**
 * A client card in the domain's shape (what clientCreateSchema produces), read back from the rows. Updates are
 * applied to this snapshot and the whole result is validated again, so rules that span fields (a person needs
 * a name, a company needs invoice data with a tax id) hold after every partial edit. Identity documents are
 * not part of it: they are encrypted and handled on their own.
 */
export type CardSnapshot = Omit<ClientCard, 'identityDocuments'>;

export function snapshotFromRecord(c: ClientEntity, children: ClientChildren, tagNames: string[]): CardSnapshot {
  return {
    kind: c.kind,
    firstName: c.firstName,
    lastName: c.lastName,
    companyName: c.companyName,
    gender: c.gender,
    preferredLanguage: c.preferredLanguage,
    description: c.description,
    remarks: c.remarks,
    phones: children.phones.map((p) => ({
      number: p.e164, typeKey: p.typeKey, isPrimary: p.isPrimary, sms: p.sms, whatsapp: p.whatsapp, viber: p.viber,
    })),
    emails: children.emails.map((e) => ({ address: e.address, isPrimary: e.isPrimary, acceptsEmail: e.acceptsEmail })),
    addresses: children.addresses.map((a) => ({
      kind: a.kind, street: a.street, building: a.building, apartment: a.apartment, postalCode: a.postalCode,
      city: a.city, country: a.country,
    })),
    birthday: c.birthdayDay && c.birthdayMonth ? { day: c.birthdayDay, month: c.birthdayMonth, year: c.birthdayYear } : null,
    nameDay: c.nameDayDay && c.nameDayMonth ? { day: c.nameDayDay, month: c.nameDayMonth } : null,
    clientNumber: c.clientNumber,
    loyaltyCardNumber: c.loyaltyCardNumber,
    groupIds: [...children.groupIds].sort(),
    tags: [...tagNames].sort((a, b) => a.localeCompare(b, 'pl')),
    sourceId: c.sourceId,
    assignedStaffId: c.assignedStaffId,
    isActive: c.isActive,
    isSupplier: c.isSupplier,
    isConflict: c.isConflict,
    bookingRestriction: { mode: c.bookingMode, reason: c.bookingReason, expiresAt: c.bookingExpiresAt },
    discountPercent: c.discountPercent === null ? null : Number(c.discountPercent),
    onlineBookingLimit: c.onlineBookingLimit,
    blockNewsletter: c.blockNewsletter,
    blockAutomaticMessages: c.blockAutomaticMessages,
    invoiceData: (c.invoiceData as ClientCard['invoiceData']) ?? null,
    customFields: Object.entries(c.customFields ?? {}).map(([fieldId, value]) => ({ fieldId, value })),
  } as CardSnapshot;
}

/** The client row's columns for a validated card (everything but ids, numbers and bookkeeping). */
export function columnsFromCard(card: CardSnapshot, clientNumber: string): Partial<ClientEntity> {
  const primaryPhone = card.phones.find((p) => p.isPrimary) ?? card.phones[0];
  const primaryEmail = card.emails.find((e) => e.isPrimary) ?? card.emails[0];
  const keys = clientSearchKeys({
    kind: card.kind, firstName: card.firstName, lastName: card.lastName, companyName: card.companyName,
    clientNumber, emails: card.emails.map((e) => e.address), tags: card.tags,
  });
  const restriction = card.bookingRestriction ?? { mode: 'ALLOW' as const, reason: null, expiresAt: null };
  return {
    kind: card.kind,
    clientNumber,
    numberSortKey: keys.numberSortKey,
    firstName: card.firstName ?? null,
    lastName: card.lastName ?? null,
    companyName: card.companyName ?? null,
    gender: card.gender ?? null,
    preferredLanguage: card.preferredLanguage ?? null,
    description: card.description ?? null,
    remarks: card.remarks ?? null,
    birthdayDay: card.birthday?.day ?? null,
    birthdayMonth: card.birthday?.month ?? null,
    birthdayYear: card.birthday?.year ?? null,
    nameDayDay: card.nameDay?.day ?? null,
    nameDayMonth: card.nameDay?.month ?? null,
    loyaltyCardNumber: card.loyaltyCardNumber ?? null,
    sourceId: card.sourceId ?? null,
    assignedStaffId: card.assignedStaffId ?? null,
    isActive: card.isActive ?? true,
    isSupplier: card.isSupplier ?? false,
    isConflict: card.isConflict ?? false,
    bookingMode: restriction.mode,
    bookingReason: restriction.mode === 'ALLOW' ? null : restriction.reason ?? null,
    bookingExpiresAt: restriction.mode === 'ALLOW' ? null : restriction.expiresAt ?? null,
    discountPercent: card.discountPercent === null || card.discountPercent === undefined ? null : String(card.discountPercent),
    onlineBookingLimit: card.onlineBookingLimit ?? null,
    blockNewsletter: card.blockNewsletter ?? false,
    blockAutomaticMessages: card.blockAutomaticMessages ?? false,
    invoiceData: (card.invoiceData as Record<string, unknown> | null) ?? null,
    taxId: card.invoiceData?.taxId ?? null,
    customFields: Object.fromEntries((card.customFields ?? []).map((f) => [f.fieldId, f.value])),
    primaryPhone: primaryPhone?.number ?? null,
    primaryEmail: primaryEmail?.address ?? null,
    nameLf: keys.nameLf,
    dedupeKey: storedNameKey(card),
    nameFl: keys.nameFl,
    searchText: keys.searchText,
  };
}

export function phoneRows(card: CardSnapshot) {
  return card.phones.map((p) => {
    const [digits, nationalDigits] = phoneSearchKeys(p.number);
    return {
      e164: p.number, digits: digits ?? p.number.replace(/\D/g, ''), nationalDigits: nationalDigits ?? digits ?? '',
      typeKey: p.typeKey, isPrimary: !!p.isPrimary, sms: !!p.sms, whatsapp: !!p.whatsapp, viber: !!p.viber,
    };
  });
}

export function emailRows(card: CardSnapshot) {
  return card.emails.map((e) => ({ address: e.address, isPrimary: !!e.isPrimary, acceptsEmail: !!e.acceptsEmail }));
}

export function addressRows(card: CardSnapshot) {
  return card.addresses.map((a) => ({
    kind: a.kind, street: a.street ?? null, building: a.building ?? null, apartment: a.apartment ?? null,
    postalCode: a.postalCode ?? null, city: a.city ?? null, country: a.country ?? 'PL',
  }));
}
