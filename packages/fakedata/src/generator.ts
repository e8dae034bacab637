import { fakeAddress, pickCity } from './addresses';
import { pickCompanyName, pickCompanyTld } from './companies';
import type { City } from './data/places';
import {
  birthYear,
  birthday as pickBirthday,
  companyRemark,
  personDescription,
  personRemark,
  pickDiscount,
  pickSource,
  pickTags,
} from './details';
import { companyEmail, EmailRegistry, personEmail } from './emails';
import { pickPersonName, POLISH_EMAIL_DOMAINS, type PersonName } from './names';
import { validNip } from './nip';
import { PhoneNumbers } from './phones';
import { mix32, SeededRandom } from './random';
import type {
  FakeAddressKind,
  FakeBirthday,
  FakeClient,
  FakeClientGenerator,
  FakeClientGeneratorOptions,
  FakeConsent,
  FakeEmail,
  FakePhone,
  FakeAddress,
} from './types';

// Builtins are read once per module: in a Jest sandbox every global lookup (Math, String, Date) goes through
// the context's interceptor and costs about 100x more, which would skew the printed throughput.
const { floor, min, max } = Math;
const DateCtor = Date;

// Target shares from the product brief (docs: packages/fakedata/README.md).
const COMPANY_SHARE = 0.12;
const PHONE_SHARE = 0.95;
const SECOND_PHONE_SHARE = 0.105; // of those with a phone: ~10 % of all clients have two
const EMAIL_SHARE = 0.9;
const SECOND_EMAIL_SHARE = 0.03;
const ADDRESS_SHARE = 0.6;
const SECOND_ADDRESS_SHARE = 0.05;
const BIRTHDAY_SHARE = 0.625; // of persons: ~55 % of all clients (companies have none)
const BIRTHDAY_WITHOUT_YEAR = 0.25;
const GENDER_FILLED_SHARE = 0.85;
const DESCRIPTION_SHARE = 0.16; // persons; companies half of it: ~15 % overall
const REMARKS_SHARE = 0.08;
const ACTIVE_SHARE = 0.92;
const CONFLICT_SHARE = 0.01;
const DISCOUNT_SHARE = 0.08;
const SOURCE_SHARE = 0.55;

/** Default end of the createdAt window: fixed, so output depends on the seed alone. */
export const DEFAULT_NOW = new Date(Date.UTC(2026, 10, 1));
const DAY_MS = 86_400_000;
const YEAR_MS = 365.25 * DAY_MS;

const PERSON_ADDRESS_KINDS: readonly FakeAddressKind[] = ['RESIDENCE', 'RESIDENCE', 'RESIDENCE', 'RESIDENCE', 'RESIDENCE', 'RESIDENCE', 'RESIDENCE', 'RESIDENCE', 'REGISTRATION', 'CORRESPONDENCE', 'WORK'];

class Generator implements FakeClientGenerator {
  private readonly random: SeededRandom;
  private readonly phones: PhoneNumbers;
  private readonly foreignShare: number;
  private readonly nowMs: number;
  private readonly windowMs: number;
  private readonly expectedCount: number | null;
  private readonly referenceYear: number;
  private readonly nipSalt: number;
  private readonly emails = new EmailRegistry();
  private readonly tld = () => pickCompanyTld(this.random);
  private nextIndex = 0;

  constructor(seed: number, options: FakeClientGeneratorOptions) {
    if (!Number.isFinite(seed)) throw new Error(`Seed must be a finite number: ${seed}`);
    this.random = new SeededRandom(seed);
    this.phones = new PhoneNumbers(mix32(floor(seed) >>> 0));
    this.nipSalt = mix32((floor(seed) >>> 0) ^ 0x5a17);
    this.foreignShare = min(1, max(0, options.foreignShare ?? 0.3));
    const now = options.now ?? DEFAULT_NOW;
    this.nowMs = now.getTime();
    this.referenceYear = now.getUTCFullYear();
    this.windowMs = (options.historyYears ?? 6) * YEAR_MS;
    this.expectedCount = options.expectedCount && options.expectedCount > 0 ? options.expectedCount : null;
  }

  get index(): number {
    return this.nextIndex;
  }

  nextMany(n: number): FakeClient[] {
    const out = new Array<FakeClient>(n);
    for (let i = 0; i < n; i++) out[i] = this.next();
    return out;
  }

  next(): FakeClient {
    const index = this.nextIndex++;
    const r = this.random;
    const isCompany = r.chance(COMPANY_SHARE);
    const city = pickCity(r);
    const createdAt = this.createdAt(index);
    return isCompany ? this.company(index, city, createdAt) : this.person(index, city, createdAt);
  }

  private person(index: number, city: City, createdAt: Date): FakeClient {
    const r = this.random;
    const name = pickPersonName(r, this.foreignShare);
    let birthday: FakeBirthday | null = null;
    if (r.chance(BIRTHDAY_SHARE)) {
      const year = birthYear(r, this.referenceYear);
      birthday = pickBirthday(r, r.chance(BIRTHDAY_WITHOUT_YEAR) ? null : year);
    }
    const phones = this.personPhones(index, city, name);
    const emails: FakeEmail[] = [];
    if (r.chance(EMAIL_SHARE)) {
      const year = birthday?.year ?? null;
      emails.push({ address: personEmail(r, this.emails, name.firstName.slug, name.lastName.slug, year, name.emailDomains), isPrimary: true, acceptsEmail: r.chance(0.88) });
      if (r.chance(SECOND_EMAIL_SHARE)) {
        emails.push({ address: personEmail(r, this.emails, name.firstName.slug, name.lastName.slug, year, POLISH_EMAIL_DOMAINS), isPrimary: false, acceptsEmail: r.chance(0.7) });
      }
    }
    const addresses: FakeAddress[] = [];
    if (r.chance(ADDRESS_SHARE)) {
      addresses.push(fakeAddress(r, city, r.pick(PERSON_ADDRESS_KINDS)));
      if (r.chance(SECOND_ADDRESS_SHARE)) addresses.push(fakeAddress(r, pickCity(r), r.chance(0.6) ? 'CORRESPONDENCE' : 'WORK'));
    }
    let description: string | null = null;
    let allergy = false;
    if (r.chance(DESCRIPTION_SHARE)) {
      const picked = personDescription(r, name.female);
      description = picked.text;
      allergy = picked.allergy;
    }
    const tags = pickTags(r, false);
    if (allergy && !tags.includes('alergia') && r.chance(0.5)) tags.push('alergia');
    return {
      kind: 'PERSON',
      firstName: name.firstName.text,
      lastName: name.lastName.text,
      companyName: null,
      gender: r.chance(GENDER_FILLED_SHARE) ? (name.female ? 'FEMALE' : 'MALE') : null,
      phones,
      emails,
      addresses,
      birthday,
      nameDay: null,
      description,
      remarks: r.chance(name.origin === 'PL' ? REMARKS_SHARE : 2 * REMARKS_SHARE) ? personRemark(r, name.origin) : null,
      tags,
      groups: this.groups(tags, createdAt, false, allergy),
      source: r.chance(SOURCE_SHARE) ? pickSource(r) : null,
      isSupplier: r.chance(0.003),
      isConflict: r.chance(CONFLICT_SHARE),
      isActive: r.chance(ACTIVE_SHARE),
      discountPercent: r.chance(DISCOUNT_SHARE) ? pickDiscount(r) : null,
      companyTaxId: null,
      createdAt,
      consents: this.consents(emails.length > 0, phones),
    };
  }

  private company(index: number, city: City, createdAt: Date): FakeClient {
    const r = this.random;
    const company = pickCompanyName(r, city);
    const phones: FakePhone[] = [];
    if (r.chance(PHONE_SHARE)) {
      phones.push(r.chance(0.55) ? this.mobile(index, 0, 'WORK', true) : this.landline(city, index, 0, 'WORK', true));
      if (r.chance(SECOND_PHONE_SHARE)) {
        phones.push(r.chance(0.5) ? this.mobile(index, 1, 'MOBILE', false) : this.landline(city, index, 1, 'WORK', false));
      }
    }
    const emails: FakeEmail[] = [];
    if (r.chance(EMAIL_SHARE)) {
      const address = companyEmail(r, this.emails, company.mailboxes, company.domainLabel, this.tld, company.freeMailLocal, POLISH_EMAIL_DOMAINS);
      emails.push({ address, isPrimary: true, acceptsEmail: r.chance(0.9) });
    }
    const addresses: FakeAddress[] = [];
    if (r.chance(ADDRESS_SHARE)) addresses.push(fakeAddress(r, city, r.chance(0.75) ? 'WORK' : 'CORRESPONDENCE'));
    const tags = pickTags(r, true);
    const isSupplier = r.chance(0.14);
    return {
      kind: 'COMPANY',
      firstName: null,
      lastName: null,
      companyName: company.name,
      gender: null,
      phones,
      emails,
      addresses,
      birthday: null,
      nameDay: null,
      description: r.chance(DESCRIPTION_SHARE / 2) ? companyRemark(r) : null,
      remarks: r.chance(REMARKS_SHARE) ? companyRemark(r) : null,
      tags,
      groups: this.groups(tags, createdAt, true, false),
      source: r.chance(SOURCE_SHARE) ? pickSource(r) : null,
      isSupplier,
      isConflict: r.chance(CONFLICT_SHARE),
      isActive: r.chance(ACTIVE_SHARE),
      discountPercent: r.chance(DISCOUNT_SHARE) ? pickDiscount(r) : null,
      companyTaxId: validNip(index, this.nipSalt),
      createdAt,
      consents: this.consents(emails.length > 0, phones),
    };
  }

  private personPhones(index: number, city: City, name: PersonName): FakePhone[] {
    const r = this.random;
    const phones: FakePhone[] = [];
    if (!r.chance(PHONE_SHARE)) return phones;
    if (name.phoneCountry !== null) {
      const viber = name.phoneCountry === 'UA' ? 0.55 : 0.1;
      phones.push({ number: this.phones.foreignMobile(r, name.phoneCountry), typeKey: 'MOBILE', isPrimary: true, sms: r.chance(0.7), whatsapp: r.chance(0.75), viber: r.chance(viber) });
    } else {
      phones.push(r.chance(0.97) ? this.mobile(index, 0, 'MOBILE', true) : this.landline(city, index, 0, 'HOME', true));
    }
    if (r.chance(SECOND_PHONE_SHARE)) {
      const u = r.next();
      if (u < 0.45) phones.push(this.mobile(index, 1, 'MOBILE', false));
      else if (u < 0.75) phones.push(this.landline(city, index, 1, 'HOME', false));
      else if (u < 0.9) phones.push(this.landline(city, index, 1, 'WORK', false));
      else phones.push(this.mobile(index, 1, 'WORK', false));
    }
    return phones;
  }

  private mobile(index: number, slot: number, typeKey: FakePhone['typeKey'], isPrimary: boolean): FakePhone {
    const r = this.random;
    return { number: this.phones.polishMobile(r, index, slot), typeKey, isPrimary, sms: r.chance(0.96), whatsapp: r.chance(0.3), viber: r.chance(0.06) };
  }

  private landline(city: City, index: number, slot: number, typeKey: FakePhone['typeKey'], isPrimary: boolean): FakePhone {
    return { number: this.phones.polishLandline(city.areaCode, index, slot), typeKey, isPrimary, sms: false, whatsapp: false, viber: false };
  }

  private consents(hasEmail: boolean, phones: FakePhone[]): FakeConsent[] {
    const r = this.random;
    let canSms = false;
    for (const phone of phones) canSms ||= phone.sms;
    return [
      { purposeKey: 'DATA_PROCESSING', granted: r.chance(0.97) },
      { purposeKey: 'MARKETING_EMAIL', granted: hasEmail && r.chance(0.44) },
      { purposeKey: 'MARKETING_SMS', granted: canSms && r.chance(0.44) },
      { purposeKey: 'NOTIFICATIONS', granted: r.chance(0.8) },
    ];
  }

  private groups(tags: readonly string[], createdAt: Date, isCompany: boolean, allergy: boolean): string[] {
    const r = this.random;
    const groups: string[] = [];
    if (isCompany && r.chance(0.8)) groups.push('Firmy');
    const regular = tags.includes('stały klient') || r.chance(0.15);
    if (regular) groups.push('Stali klienci');
    else if (r.chance(0.12)) groups.push('Klienci sporadyczni');
    if (tags.includes('VIP')) groups.push('VIP');
    if (allergy || tags.includes('alergia')) groups.push('Alergicy');
    if (this.nowMs - createdAt.getTime() < 90 * DAY_MS) groups.push('Nowi');
    return groups;
  }

  private createdAt(index: number): Date {
    const r = this.random;
    const fraction = this.expectedCount === null ? r.next() : min(1, (index + r.next()) / this.expectedCount);
    const start = this.nowMs - this.windowMs;
    const day = floor((start + fraction * this.windowMs) / DAY_MS) * DAY_MS;
    // Cards are created during opening hours (07:00-20:00 Polish time, roughly 06:00-19:00 UTC).
    const ms = min(this.nowMs - 1, day + 6 * 3_600_000 + floor(r.next() * 13 * 3_600_000));
    return new DateCtor(ms);
  }
}

export function createFakeClientGenerator(seed: number, options: FakeClientGeneratorOptions = {}): FakeClientGenerator {
  return new Generator(seed, options);
}

/** `count` clients with createdAt growing with the index (oldest first), as a real client list would have. */
export function generateFakeClients(count: number, seed: number, options: FakeClientGeneratorOptions = {}): FakeClient[] {
  return createFakeClientGenerator(seed, { expectedCount: count, ...options }).nextMany(count);
}
