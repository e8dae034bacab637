import { FAKE_GROUP_NAMES, FAKE_SOURCES, generateFakeClients, type FakeClient } from '@kartoteka/fakedata';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../graphql/context';
import type { Services } from '../../services';

export interface DemoLogin {
  businessName: string;
  email: string;
  password: string;
}

export const DEMO_LOGIN: DemoLogin = {
  businessName: 'Salon Urody Bella (demo)',
  email: 'demo@kartoteka.local',
  password: 'kartoteka-demo',
};

const RECEPTIONIST = { email: 'recepcja@kartoteka.local', displayName: 'Recepcja (demo)' };

/**
 * On the first start of an empty database: a demo business with its owner, a receptionist, groups, sources, a
 * custom field and realistic Polish clients, all created through the same services (rules, events) as real ones.
 */
export async function seedDemoIfEmpty(ds: DataSource, services: Services, clientCount: number, log: Logger): Promise<DemoLogin | null> {
  const [{ n }] = await ds.query(`select count(*)::int as n from staff_accounts`);
  if (n > 0) {
    const demo = await ds.query(`select 1 from staff_accounts where email = $1`, [DEMO_LOGIN.email]);
    return demo.length ? DEMO_LOGIN : null;
  }
  const started = Date.now();
  const session = await services.auth.signUp({
    businessName: DEMO_LOGIN.businessName, email: DEMO_LOGIN.email, password: DEMO_LOGIN.password, displayName: 'Anna Właścicielka',
  });
  const owner = session.viewer;
  await services.auth.logout(session.token);
  const invitation = await services.staff.invite(owner, { ...RECEPTIONIST, role: 'RECEPTIONIST', acceptsVisits: true });
  const accepted = await services.staff.accept({ token: invitation.token, password: DEMO_LOGIN.password });
  await services.auth.logout(accepted.token);

  const groupIds: string[] = [];
  for (const name of FAKE_GROUP_NAMES) groupIds.push((await services.classification.create(owner, 'group', name)).id);
  const sourceIds: string[] = [];
  for (const name of FAKE_SOURCES) sourceIds.push((await services.classification.create(owner, 'source', name)).id);
  const skinType = await services.classification.saveCustomField(owner, {
    label: 'Typ skóry', type: 'SINGLE_CHOICE', options: ['sucha', 'tłusta', 'mieszana', 'wrażliwa', 'normalna'], required: false,
  });

  const fakes = generateFakeClients(clientCount, 20261123);
  for (const [i, fake] of fakes.entries()) {
    await createDemoClient(services, owner, fake, {
      groupIds: i % 3 === 0 ? [groupIds[i % groupIds.length]!] : [],
      sourceId: i % 2 === 0 ? sourceIds[i % sourceIds.length]! : null,
      assignedStaffId: i % 5 === 0 ? accepted.viewer.membershipId : null,
      customFields: fake.kind === 'PERSON' && i % 4 === 0
        ? [{ fieldId: skinType.id, value: skinType.options[i % skinType.options.length] }] : [],
    });
  }
  log.info({ clients: fakes.length, ms: Date.now() - started }, 'demo business created');
  return DEMO_LOGIN;
}

async function createDemoClient(
  services: Services, owner: Viewer, fake: FakeClient,
  extra: { groupIds: string[]; sourceId: string | null; assignedStaffId: string | null; customFields: { fieldId: string; value: unknown }[] },
): Promise<void> {
  const address = fake.addresses[0];
  const invoiceData = fake.kind === 'COMPANY' && fake.companyTaxId && address
    ? {
      kind: 'COMPANY' as const, companyName: fake.companyName!, taxId: fake.companyTaxId, taxIdCountry: 'PL',
      street: address.street, building: address.building, apartment: address.apartment ?? undefined,
      postalCode: address.postalCode, city: address.city, country: 'PL',
    }
    : null;
  const client = await services.clients.create(owner, {
    kind: fake.kind, firstName: fake.firstName, lastName: fake.lastName, companyName: fake.companyName,
    gender: fake.gender, description: fake.description, remarks: fake.remarks, phones: fake.phones, emails: fake.emails,
    addresses: fake.addresses, birthday: fake.birthday, tags: fake.tags, isSupplier: fake.isSupplier,
    isConflict: fake.isConflict, discountPercent: fake.discountPercent, invoiceData, ...extra,
    consents: fake.consents.filter((c) => c.granted),
  }, { via: 'IMPORT' });
  if (!fake.isActive) await services.clients.setStatus(owner, [client.id], false);
}
