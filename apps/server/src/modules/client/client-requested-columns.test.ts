import 'reflect-metadata';
import { isObjectType, parse, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { buildAppSchema } from '../../graphql/schema';
import type { ClientRow } from './client-columns';
import { mapClient } from './client.mapper';
import { CLIENT_FIELD_COLUMNS, requestedClientColumns, requestedClientColumnsOfQuery } from './client-requested-columns';

const FULL: ClientRow = {
  id: '4f0c3a52-6d3e-4c8e-9f51-0a1b2c3d4e5f', kind: 'PERSON', clientNumber: '42', firstName: 'Żaneta', lastName: 'Żółć',
  companyName: null, gender: 'FEMALE', preferredLanguage: 'pl', description: 'Opis', remarks: 'Uwagi', birthdayDay: 3,
  birthdayMonth: 5, birthdayYear: 1990, nameDayDay: 26, nameDayMonth: 7, loyaltyCardNumber: 'K-1', sourceId: 'a6f1c2e0-0000-4000-8000-000000000001',
  assignedStaffId: 'a6f1c2e0-0000-4000-8000-000000000002', isActive: true, isSupplier: false, isConflict: true,
  bookingMode: 'REQUIRE_APPROVAL', bookingReason: 'Zaległość', bookingExpiresAt: '2027-01-31', discountPercent: '12.50',
  onlineBookingLimit: 2, blockNewsletter: true, blockAutomaticMessages: false,
  invoiceData: { kind: 'PERSON', name: 'Żaneta Żółć', city: 'Łódź' }, customFields: { x: 1 }, primaryPhone: '+48600100200',
  primaryEmail: 'zaneta@wp.pl', photoKey: 'clients/abc/0123456789abcdef0123456789abcdef', photoContentType: 'image/jpeg', photoSize: 100,
  version: 7, createdVia: 'API', createdById: null, updatedById: 'a6f1c2e0-0000-4000-8000-000000000003',
  createdAt: new Date('2026-01-02T03:04:05Z'), updatedAt: new Date('2026-02-03T04:05:06Z'), deletedAt: null,
  hasIdentityDocuments: true, taxId: null,
} as ClientRow;

function pick(columns: readonly string[]): ClientRow {
  const out: Record<string, unknown> = { id: FULL.id };
  for (const c of columns) out[c] = (FULL as unknown as Record<string, unknown>)[c];
  return out as unknown as ClientRow;
}

describe('CLIENT_FIELD_COLUMNS', () => {
  it('names every field of the Client type, so no list query falls back to reading every column', () => {
    const client = buildAppSchema().getType('Client');
    if (!isObjectType(client)) throw new Error('no Client type');
    expect(Object.keys(client.getFields()).filter((f) => !(f in CLIENT_FIELD_COLUMNS))).toEqual([]);
  });

  it.each(Object.entries(CLIENT_FIELD_COLUMNS))('%s is made from exactly its columns', (field, columns) => {
    const full = mapClient(FULL) as unknown as Record<string, unknown>;
    if (!(field in full)) return; // a field resolver (phones, tags, …): needs the id, which is always read
    expect((mapClient(pick(columns)) as unknown as Record<string, unknown>)[field]).toEqual(full[field]);
  });
});

describe('requestedClientColumns', () => {
  const infoOf = (query: string): GraphQLResolveInfo => {
    const doc = parse(query);
    const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
    const fragments = Object.fromEntries(doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]));
    const field = op.selectionSet.selections[0]!;
    return { fieldNodes: [field], fragments } as unknown as GraphQLResolveInfo;
  };

  it('reads the fields of edges.node, through fragments, ignoring the rest of the connection', () => {
    expect(requestedClientColumns(infoOf(`{ clients { totalCount pageInfo { endCursor } edges { cursor node { id number ...Row
      ... on Client { status } } } } } fragment Row on Client { displayName primaryPhoneFormatted tags { name } }`)))
      .toEqual(['clientNumber', 'companyName', 'firstName', 'isActive', 'kind', 'lastName', 'primaryPhone']);
  });

  it('works from a query text too', () => {
    expect(requestedClientColumnsOfQuery(`query Q($s: String) { clients(search: $s) { edges { node { number primaryEmail } } } }`))
      .toEqual(['clientNumber', 'primaryEmail']);
  });

  it('asks for every column when a field is unknown to the map', () => {
    expect(requestedClientColumns(infoOf(`{ clients { edges { node { id someFutureField } } } }`))).toBeNull();
  });
});
