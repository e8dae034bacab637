export type FakeClientKind = 'PERSON' | 'COMPANY';
export type FakeGender = 'FEMALE' | 'MALE';
export type FakePhoneType = 'MOBILE' | 'WORK' | 'HOME';
export type FakeAddressKind = 'RESIDENCE' | 'CORRESPONDENCE' | 'REGISTRATION' | 'WORK';
export type FakeConsentPurpose = 'DATA_PROCESSING' | 'MARKETING_EMAIL' | 'MARKETING_SMS' | 'NOTIFICATIONS';

export interface FakePhone {
  /** E.164, e.g. +48601234567. */
  number: string;
  typeKey: FakePhoneType;
  isPrimary: boolean;
  sms: boolean;
  whatsapp: boolean;
  viber: boolean;
}

export interface FakeEmail {
  /** Lower-case ASCII. */
  address: string;
  isPrimary: boolean;
  acceptsEmail: boolean;
}

export interface FakeAddress {
  kind: FakeAddressKind;
  /** Without the "ul." prefix. */
  street: string;
  building: string;
  apartment: string | null;
  /** NN-NNN, within the city's real range. */
  postalCode: string;
  city: string;
  country: 'PL';
}

export interface FakeBirthday {
  day: number;
  month: number;
  year: number | null;
}

export interface FakeConsent {
  purposeKey: FakeConsentPurpose;
  granted: boolean;
}

export interface FakeClient {
  kind: FakeClientKind;
  firstName: string | null;
  lastName: string | null;
  companyName: string | null;
  gender: FakeGender | null;
  phones: FakePhone[];
  emails: FakeEmail[];
  addresses: FakeAddress[];
  birthday: FakeBirthday | null;
  /** Always null: the domain package suggests name days from the first name. */
  nameDay: { day: number; month: number } | null;
  description: string | null;
  remarks: string | null;
  tags: string[];
  /** Names from FAKE_GROUP_NAMES (an addition to the brief: groups are tenant-defined, match by name). */
  groups: string[];
  /** One of FAKE_SOURCES or null (an addition to the brief). */
  source: string | null;
  isSupplier: boolean;
  isConflict: boolean;
  isActive: boolean;
  discountPercent: number | null;
  /** Companies only: a valid NIP, unique per stream index. */
  companyTaxId: string | null;
  createdAt: Date;
  consents: FakeConsent[];
}

export interface FakeClientGeneratorOptions {
  /** Share of persons with non-Polish names (Ukrainian, Belarusian, German, English, Vietnamese, other). Default 0.3. */
  foreignShare?: number;
  /**
   * The end of the createdAt window and the reference for ages. Defaults to a fixed date (2026-11-01T00:00Z) so
   * the output depends on the seed only; pass `new Date()` for demo data that ends today.
   */
  now?: Date;
  /** Length of the createdAt window in years. Default 6. */
  historyYears?: number;
  /**
   * When known, createdAt grows with the stream index (index / expectedCount through the window, with jitter),
   * as it would in a real database. Without it createdAt is uniform over the window.
   */
  expectedCount?: number;
}

export interface FakeClientGenerator {
  next(): FakeClient;
  nextMany(n: number): FakeClient[];
  /** Stream index of the next client (0 for a fresh generator). */
  readonly index: number;
}
