import { displayName, formatPhone, mapUrl } from '@kartoteka/domain';
import { clientPhotoUrl } from '../files/client-photo.service';
import type { ClientEntity } from './client.entity';
import type { ClientRow } from './client-columns';
import type { ClientAddressEntity, ClientPhoneEntity } from './client-children.entities';
import type {
  AddressKindEnum, BookingModeEnum, ClientKindEnum, CreatedViaEnum, GenderEnum,
} from './client.enums';
import { ClientStatusEnum } from './client.enums';
import type { ClientAddressType, ClientPhoneType, ClientType, InvoiceDataType } from './client.types';

/**
 * Entity or list row → GraphQL type. Internal columns (search keys, ciphertexts, tenant id) never leave through
 * here. What costs CPU (the display name, the formatted phone) is a getter: computed only when a query asks.
 */
export function mapClient(c: ClientEntity | ClientRow): ClientType {
  return {
    id: c.id,
    version: c.version,
    number: c.clientNumber,
    kind: c.kind as ClientKindEnum,
    firstName: c.firstName,
    lastName: c.lastName,
    companyName: c.companyName,
    get displayName() { return displayName(c); },
    gender: c.gender as GenderEnum | null,
    preferredLanguage: c.preferredLanguage,
    description: c.description,
    remarks: c.remarks,
    primaryPhone: c.primaryPhone,
    get primaryPhoneFormatted() { return c.primaryPhone ? formatPhone(c.primaryPhone, 'national') : null; },
    primaryEmail: c.primaryEmail,
    birthday: c.birthdayDay && c.birthdayMonth ? { day: c.birthdayDay, month: c.birthdayMonth, year: c.birthdayYear } : null,
    nameDay: c.nameDayDay && c.nameDayMonth ? { day: c.nameDayDay, month: c.nameDayMonth } : null,
    loyaltyCardNumber: c.loyaltyCardNumber,
    status: c.isActive ? ClientStatusEnum.ACTIVE : ClientStatusEnum.INACTIVE,
    isSupplier: c.isSupplier,
    isConflict: c.isConflict,
    bookingRestriction: {
      mode: c.bookingMode as BookingModeEnum, reason: c.bookingReason,
      expiresAt: c.bookingExpiresAt ? String(c.bookingExpiresAt).slice(0, 10) : null,
    },
    discountPercent: c.discountPercent === null ? null : Number(c.discountPercent),
    onlineBookingLimit: c.onlineBookingLimit,
    blockNewsletter: c.blockNewsletter,
    blockAutomaticMessages: c.blockAutomaticMessages,
    photoUrl: clientPhotoUrl(c),
    hasIdentityDocuments: 'hasIdentityDocuments' in c ? c.hasIdentityDocuments : !!(c.idCardEncrypted || c.passportEncrypted),
    invoiceData: c.invoiceData ? mapInvoiceData(c.invoiceData) : null,
    createdVia: c.createdVia as CreatedViaEnum,
    createdAt: new Date(c.createdAt),
    updatedAt: new Date(c.updatedAt),
    deletedAt: c.deletedAt ? new Date(c.deletedAt) : null,
    sourceId: c.sourceId,
    assignedStaffId: c.assignedStaffId,
    createdById: c.createdById,
    updatedById: c.updatedById,
    customFieldValues: c.customFields ?? {},
  };
}

function mapInvoiceData(d: Record<string, unknown>): InvoiceDataType {
  const s = (k: string) => (typeof d[k] === 'string' ? (d[k] as string) : null);
  return {
    kind: (s('kind') ?? 'PERSON') as ClientKindEnum, name: s('name'), companyName: s('companyName'), taxId: s('taxId'),
    taxIdCountry: s('taxIdCountry'), street: s('street'), building: s('building'), apartment: s('apartment'),
    postalCode: s('postalCode'), city: s('city'), country: s('country'), email: s('email'),
  };
}

export function mapPhone(p: ClientPhoneEntity): ClientPhoneType {
  return {
    id: p.id, number: p.e164, get formatted() { return formatPhone(p.e164, 'national'); }, typeKey: p.typeKey, isPrimary: p.isPrimary,
    sms: p.sms, whatsapp: p.whatsapp, viber: p.viber,
  };
}

export function mapAddress(a: ClientAddressEntity): ClientAddressType {
  return {
    id: a.id, kind: a.kind as AddressKindEnum, street: a.street, building: a.building, apartment: a.apartment,
    postalCode: a.postalCode, city: a.city, country: a.country, mapUrl: mapUrl(a),
  };
}
