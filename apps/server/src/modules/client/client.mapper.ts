import { displayName, formatPhone, mapUrl } from '@kartoteka/domain';
import { clientPhotoUrl } from '../files/client-photo.service';
import type { ClientEntity } from './client.entity';
import type { ClientRow } from './client-columns';
import type { ClientAddressEntity, ClientPhoneEntity } from './client-children.entities';
import type {
  AddressKindEnum, BookingModeEnum, ClientKindEnum, CreatedViaEnum, GenderEnum,
} from './client.enums';
import { ClientStatusEnum } from './client.enums';
import { ClientType } from './client.types';
import type { ClientAddressType, ClientPhoneType, InvoiceDataType } from './client.types';

/**
 * Entity or list row → GraphQL type. Internal columns (search keys, ciphertexts, tenant id) never leave through
 * here. Every field is a getter on the prototype, computed only when a query asks for it: a list page of 50
 * clients showing five fields used to build 45 properties, three Dates and two objects per row, which was a
 * visible share of the server's CPU and garbage (docs/PERFORMANCE.md). The row is a private field, so the view
 * serialises to `{}` if it is ever logged whole.
 */
export function mapClient(c: ClientEntity | ClientRow): ClientType {
  return new ClientView(c);
}

class ClientView implements ClientType {
  readonly #c: ClientEntity | ClientRow;
  constructor(c: ClientEntity | ClientRow) { this.#c = c; }

  get id() { return this.#c.id; }
  get version() { return this.#c.version; }
  get number() { return this.#c.clientNumber; }
  get kind() { return this.#c.kind as ClientKindEnum; }
  get firstName() { return this.#c.firstName; }
  get lastName() { return this.#c.lastName; }
  get companyName() { return this.#c.companyName; }
  get displayName() { return displayName(this.#c); }
  get gender() { return this.#c.gender as GenderEnum | null; }
  get preferredLanguage() { return this.#c.preferredLanguage; }
  get description() { return this.#c.description; }
  get remarks() { return this.#c.remarks; }
  get primaryPhone() { return this.#c.primaryPhone; }
  get primaryPhoneFormatted() { return this.#c.primaryPhone ? formatPhone(this.#c.primaryPhone, 'national') : null; }
  get primaryEmail() { return this.#c.primaryEmail; }
  get birthday() {
    const c = this.#c;
    return c.birthdayDay && c.birthdayMonth ? { day: c.birthdayDay, month: c.birthdayMonth, year: c.birthdayYear } : null;
  }
  get nameDay() { const c = this.#c; return c.nameDayDay && c.nameDayMonth ? { day: c.nameDayDay, month: c.nameDayMonth } : null; }
  get loyaltyCardNumber() { return this.#c.loyaltyCardNumber; }
  get status() { return this.#c.isActive ? ClientStatusEnum.ACTIVE : ClientStatusEnum.INACTIVE; }
  get isSupplier() { return this.#c.isSupplier; }
  get isConflict() { return this.#c.isConflict; }
  get bookingRestriction() {
    const c = this.#c;
    return {
      mode: c.bookingMode as BookingModeEnum, reason: c.bookingReason,
      expiresAt: c.bookingExpiresAt ? String(c.bookingExpiresAt).slice(0, 10) : null,
    };
  }
  get discountPercent() { return this.#c.discountPercent === null ? null : Number(this.#c.discountPercent); }
  get onlineBookingLimit() { return this.#c.onlineBookingLimit; }
  get blockNewsletter() { return this.#c.blockNewsletter; }
  get blockAutomaticMessages() { return this.#c.blockAutomaticMessages; }
  get photoUrl() { return clientPhotoUrl(this.#c); }
  get hasIdentityDocuments() {
    const c = this.#c;
    return 'hasIdentityDocuments' in c ? c.hasIdentityDocuments : !!(c.idCardEncrypted || c.passportEncrypted);
  }
  get invoiceData() { return this.#c.invoiceData ? mapInvoiceData(this.#c.invoiceData) : null; }
  get createdVia() { return this.#c.createdVia as CreatedViaEnum; }
  get createdAt() { return new Date(this.#c.createdAt); }
  get updatedAt() { return new Date(this.#c.updatedAt); }
  get deletedAt() { return this.#c.deletedAt ? new Date(this.#c.deletedAt) : null; }
  get sourceId() { return this.#c.sourceId; }
  get assignedStaffId() { return this.#c.assignedStaffId; }
  get createdById() { return this.#c.createdById; }
  get updatedById() { return this.#c.updatedById; }
  get customFieldValues() { return this.#c.customFields ?? {}; }
}
// type-graphql hands a field resolver's @Root() over as is only when it is an instance of the type's class, and
// otherwise copies its own properties into a new one (which would drop these getters). Extending ClientType
// would run its field initialisers, which define every field as an own `undefined` over the getters.
Object.setPrototypeOf(ClientView.prototype, ClientType.prototype);

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
