import { FAKE_GROUP_NAMES, FAKE_SOURCES, FAKE_TAGS } from './data/catalogs';
import { createFakeClientGenerator, DEFAULT_NOW, generateFakeClients } from './generator';
import { isValidNip } from './nip';
import type { FakeClient } from './types';

const N = 20_000;
const clients = generateFakeClients(N, 2024);
const persons = clients.filter((c) => c.kind === 'PERSON');
const companies = clients.filter((c) => c.kind === 'COMPANY');
const share = (list: readonly FakeClient[], predicate: (c: FakeClient) => boolean) => list.filter(predicate).length / list.length;

describe('determinism', () => {
  it('gives the same clients for the same seed', () => {
    const a = generateFakeClients(500, 77);
    const b = createFakeClientGenerator(77, { expectedCount: 500 }).nextMany(500);
    expect(b).toEqual(a);
  });

  it('gives the same stream whether drawn one by one or in batches', () => {
    const one = createFakeClientGenerator(5);
    const many = createFakeClientGenerator(5);
    const single = Array.from({ length: 300 }, () => one.next());
    expect([...many.nextMany(100), ...many.nextMany(200)]).toEqual(single);
    expect(one.index).toBe(300);
  });

  it('gives different clients for different seeds', () => {
    const a = generateFakeClients(200, 1).map((c) => `${c.firstName} ${c.lastName} ${c.companyName}`);
    const b = generateFakeClients(200, 2).map((c) => `${c.firstName} ${c.lastName} ${c.companyName}`);
    const same = a.filter((name, i) => name === b[i]).length;
    expect(same).toBeLessThan(10);
  });
});

describe('field validity', () => {
  it('gives every company a valid, unique NIP and persons none', () => {
    const nips = companies.map((c) => c.companyTaxId as string);
    expect(nips.every((nip) => isValidNip(nip))).toBe(true);
    expect(new Set(nips).size).toBe(nips.length);
    expect(persons.every((c) => c.companyTaxId === null)).toBe(true);
  });

  it('stores phones in E.164, Polish ones with 11 digits after +', () => {
    const numbers = clients.flatMap((c) => c.phones.map((p) => p.number));
    expect(numbers.filter((n) => !/^\+[1-9]\d{7,14}$/.test(n))).toEqual([]);
    expect(numbers.filter((n) => n.startsWith('+48') && !/^\+48\d{9}$/.test(n))).toEqual([]);
    expect(clients.filter((c) => c.phones.filter((p) => p.isPrimary).length !== (c.phones.length > 0 ? 1 : 0))).toEqual([]);
  });

  it('uses only prefixes libphonenumber treats as mobile for MOBILE-like Polish numbers and real area codes otherwise', () => {
    const polish = clients.flatMap((c) => c.phones).filter((p) => p.number.startsWith('+48'));
    const isMobile = (n: string) => /^\+48(?:45|5[0137]|6[069]|7[2389]|88)\d{7}$/.test(n);
    const isLandline = (n: string) =>
      /^\+48(?:1[2-8]|2[2-69]|3[2-4]|4[1-468]|5[24-689]|6[1-3578]|7[14-7]|8[1-79]|9[145])[2-9]\d{6}$/.test(n);
    expect(polish.filter((p) => !isMobile(p.number) && !isLandline(p.number))).toEqual([]);
    expect(polish.filter((p) => p.typeKey === 'MOBILE' && !isMobile(p.number))).toEqual([]);
    expect(polish.filter((p) => !isMobile(p.number) && (p.sms || p.whatsapp || p.viber))).toEqual([]);
    expect(polish.filter((p) => isLandline(p.number)).length).toBeGreaterThan(200);
  });

  it('formats postal codes NN-NNN and keeps "ul." out of streets', () => {
    const addresses = clients.flatMap((c) => c.addresses);
    expect(addresses.filter((a) => !/^\d{2}-\d{3}$/.test(a.postalCode))).toEqual([]);
    expect(addresses.filter((a) => a.street.startsWith('ul.') || a.country !== 'PL')).toEqual([]);
    const warsaw = clients.flatMap((c) => c.addresses).filter((a) => a.city === 'Warszawa');
    expect(warsaw.length).toBeGreaterThan(100);
    expect(warsaw.every((a) => /^0[0-4]-/.test(a.postalCode))).toBe(true);
  });

  it('gives only valid birthdays (29 February only in leap years or without a year)', () => {
    const birthdays = clients.flatMap((c) => (c.birthday ? [c.birthday] : []));
    const invalid = birthdays.filter(({ day, month, year }) => {
      const date = new Date(Date.UTC(year ?? 2000, month - 1, day)); // 2000 is leap: a yearless 29 February is fine
      return date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || (year !== null && year < 1930);
    });
    expect(invalid).toEqual([]);
    expect(birthdays.some((b) => b.month === 2 && b.day === 29)).toBe(true);
  });

  it('writes e-mails in lower-case ASCII, unique across the stream', () => {
    const addresses = clients.flatMap((c) => c.emails.map((e) => e.address));
    expect(addresses.filter((a) => !/^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(a))).toEqual([]);
    expect(new Set(addresses).size).toBe(addresses.length);
    expect(clients.every((c) => c.emails.length === 0 || c.emails[0].isPrimary)).toBe(true);
  });

  it('uses only the exported tags, groups and sources', () => {
    const purposes = 'DATA_PROCESSING,MARKETING_EMAIL,MARKETING_SMS,NOTIFICATIONS';
    const wrong = clients.filter(
      (c) =>
        c.tags.length > 4 ||
        new Set(c.tags).size !== c.tags.length ||
        c.tags.some((tag) => !FAKE_TAGS.includes(tag)) ||
        c.groups.some((group) => !FAKE_GROUP_NAMES.includes(group)) ||
        (c.source !== null && !FAKE_SOURCES.includes(c.source)) ||
        c.nameDay !== null ||
        c.consents.map((x) => x.purposeKey).join(',') !== purposes,
    );
    expect(wrong).toEqual([]);
  });

  it('spreads createdAt over the last six years, oldest first', () => {
    const times = clients.map((c) => c.createdAt.getTime());
    const sixYearsAgo = DEFAULT_NOW.getTime() - 6.1 * 365.25 * 86_400_000;
    expect(Math.min(...times)).toBeGreaterThan(sixYearsAgo);
    expect(Math.max(...times)).toBeLessThan(DEFAULT_NOW.getTime());
    expect(times[N - 1] - times[0]).toBeGreaterThan(5.5 * 365 * 86_400_000);
    const inversions = times.filter((t, i) => i > 0 && t < times[i - 1] - 2 * 86_400_000).length;
    expect(inversions).toBe(0);
  });

  it('fills person or company fields according to kind', () => {
    expect(persons.filter((c) => !c.firstName || !c.lastName || c.companyName !== null)).toEqual([]);
    expect(
      companies.filter((c) => !c.companyName || c.firstName !== null || c.lastName !== null || c.gender !== null || c.birthday !== null),
    ).toEqual([]);
  });
});

describe('names', () => {
  it('uses feminine surname forms for women and masculine for men', () => {
    const women = persons.filter((c) => c.gender === 'FEMALE');
    const men = persons.filter((c) => c.gender === 'MALE');
    expect(women.filter((c) => /^Kowalsk[ai]$/.test(c.lastName as string)).every((c) => c.lastName === 'Kowalska')).toBe(true);
    expect(men.filter((c) => /^Kowalsk[ai]$/.test(c.lastName as string)).every((c) => c.lastName === 'Kowalski')).toBe(true);
    const generator = createFakeClientGenerator(8);
    let annaKowalska: FakeClient | undefined;
    for (let i = 0; i < 200_000 && !annaKowalska; i++) {
      const c = generator.next();
      if (c.firstName === 'Anna' && /^Kowalsk/.test(c.lastName ?? '')) annaKowalska = c;
    }
    expect(annaKowalska?.lastName).toBe('Kowalska');
    expect(women.filter((c) => /(ski|cki|dzki)$/.test(c.lastName as string))).toEqual([]);
    expect(men.filter((c) => /(ska|cka|dzka)$/.test(c.lastName as string))).toEqual([]);
  });

  it('has a long, diacritic-heavy tail of surnames including Żółć and Łódź', () => {
    const surnames = new Set(persons.map((c) => c.lastName));
    expect(surnames.size).toBeGreaterThan(6_000);
    expect(share(persons, (c) => c.lastName === 'Żółć')).toBeGreaterThan(0.004);
    expect(share(persons, (c) => c.lastName === 'Łódź')).toBeGreaterThan(0.003);
    expect(share(persons, (c) => /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/.test(c.lastName as string))).toBeGreaterThan(0.3);
    expect(share(persons, (c) => c.lastName === 'Nowak')).toBeGreaterThan(0.005);
  });

  it('mixes in about 30 % non-Polish names, Ukrainian the largest group', () => {
    const polishFirst = /^(Anna|Maria|Katarzyna|Małgorzata|Agnieszka|Piotr|Krzysztof|Andrzej|Tomasz|Paweł)$/;
    expect(share(persons, (c) => polishFirst.test(c.firstName as string))).toBeGreaterThan(0.15);
    expect(share(persons, (c) => /(enko|chuk)$/.test(c.lastName as string))).toBeGreaterThan(0.05);
    const polishOnly = createFakeClientGenerator(3, { foreignShare: 0 }).nextMany(3_000);
    expect(polishOnly.some((c) => /enko$/.test(c.lastName ?? ''))).toBe(false);
    expect(polishOnly.every((c) => c.phones.every((p) => p.number.startsWith('+48')))).toBe(true);
  });

  it('names companies with Polish business types and legal forms', () => {
    const names = companies.map((c) => c.companyName as string);
    expect(names.some((n) => /sp\. z o\.o\.$/i.test(n))).toBe(true);
    expect(names.some((n) => / s\.c\./.test(n))).toBe(true);
    expect(names.some((n) => n.startsWith('Salon Fryzjerski '))).toBe(true);
    expect(new Set(names).size).toBeGreaterThan(names.length * 0.8);
  });
});

describe('shares on 20,000 clients', () => {
  const all = (predicate: (c: FakeClient) => boolean) => share(clients, predicate);

  it.each<[string, (c: FakeClient) => boolean, number, number]>([
    ['persons', (c) => c.kind === 'PERSON', 0.88, 0.015],
    ['with e-mail', (c) => c.emails.length > 0, 0.9, 0.015],
    ['with a phone', (c) => c.phones.length > 0, 0.95, 0.01],
    ['with two phones', (c) => c.phones.length >= 2, 0.1, 0.015],
    ['with a Ukrainian phone', (c) => c.phones.some((p) => p.number.startsWith('+380')), 0.03, 0.01],
    ['with another foreign phone', (c) => c.phones.some((p) => /^\+4[49]/.test(p.number)), 0.017, 0.01],
    ['with an address', (c) => c.addresses.length > 0, 0.6, 0.02],
    ['with a birthday', (c) => c.birthday !== null, 0.55, 0.02],
    ['with a description', (c) => c.description !== null, 0.15, 0.02],
    ['suppliers', (c) => c.isSupplier, 0.02, 0.007],
    ['in conflict', (c) => c.isConflict, 0.01, 0.005],
    ['active', (c) => c.isActive, 0.92, 0.01],
    ['with a discount', (c) => c.discountPercent !== null, 0.08, 0.01],
    ['data processing granted', (c) => c.consents[0].granted, 0.97, 0.01],
    ['marketing e-mail granted', (c) => c.consents[1].granted, 0.4, 0.03],
    ['notifications granted', (c) => c.consents[3].granted, 0.8, 0.02],
    ['with tags', (c) => c.tags.length > 0, 0.55, 0.04],
  ])('%s ≈ %d', (_label, predicate, expected, tolerance) => {
    expect(Math.abs(all(predicate) - expected)).toBeLessThanOrEqual(tolerance);
  });

  it('leaves about a quarter of birthdays without a year', () => {
    const birthdays = clients.filter((c) => c.birthday !== null);
    expect(Math.abs(share(birthdays, (c) => c.birthday?.year === null) - 0.25)).toBeLessThan(0.03);
  });

  it('gives discounts of 5, 10, 15 or 20 percent', () => {
    const discounts = new Set(clients.map((c) => c.discountPercent).filter((d) => d !== null));
    expect([...discounts].sort((a, b) => (a as number) - (b as number))).toEqual([5, 10, 15, 20]);
  });

  it('keeps almost all phone numbers distinct', () => {
    const numbers = clients.flatMap((c) => c.phones.map((p) => p.number));
    expect(new Set(numbers).size).toBeGreaterThan(numbers.length * 0.995);
  });
});
