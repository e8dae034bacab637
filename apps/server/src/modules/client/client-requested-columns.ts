import { Kind, parse, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { ClientRow } from './client-columns';

type RowColumn = Exclude<keyof ClientRow, 'id'>;

/**
 * The row columns each Client field is made from (client.mapper.ts). Fields resolved by loaders or services
 * (phones, tags, consents…) need only the id; a field missing here makes the list read every column, so a new
 * field is never served from a row that lacks its column (client-requested-columns.test.ts checks the map
 * against mapClient).
 */
export const CLIENT_FIELD_COLUMNS: Record<string, readonly RowColumn[]> = {
  __typename: [], id: [], phones: [], emails: [], addresses: [], groups: [], tags: [], consents: [], identityDocuments: [],
  version: ['version'], number: ['clientNumber'], kind: ['kind'], firstName: ['firstName'], lastName: ['lastName'],
  companyName: ['companyName'], displayName: ['kind', 'firstName', 'lastName', 'companyName'], gender: ['gender'],
  preferredLanguage: ['preferredLanguage'], description: ['description'], remarks: ['remarks'],
  primaryPhone: ['primaryPhone'], primaryPhoneFormatted: ['primaryPhone'], primaryEmail: ['primaryEmail'],
  birthday: ['birthdayDay', 'birthdayMonth', 'birthdayYear'], nameDay: ['nameDayDay', 'nameDayMonth'],
  loyaltyCardNumber: ['loyaltyCardNumber'], status: ['isActive'], isSupplier: ['isSupplier'], isConflict: ['isConflict'],
  bookingRestriction: ['bookingMode', 'bookingReason', 'bookingExpiresAt'], discountPercent: ['discountPercent'],
  onlineBookingLimit: ['onlineBookingLimit'], blockNewsletter: ['blockNewsletter'], blockAutomaticMessages: ['blockAutomaticMessages'],
  photoUrl: ['photoKey'], hasIdentityDocuments: ['hasIdentityDocuments'], invoiceData: ['invoiceData'], createdVia: ['createdVia'],
  createdAt: ['createdAt'], updatedAt: ['updatedAt'], deletedAt: ['deletedAt'], source: ['sourceId'],
  assignedStaff: ['assignedStaffId'], createdBy: ['createdById'], updatedBy: ['updatedById'], customFields: ['customFields'],
};

/**
 * The columns a `clients` query needs for the fields it asks of `edges.node` (through fragments too), or null
 * (every column) when a field is not in the map. A list of 50 clients showing five fields then parses eight
 * columns instead of forty-five.
 */
export function requestedClientColumns(info: GraphQLResolveInfo): RowColumn[] | null {
  const columns = new Set<RowColumn>();
  let complete = true;
  const visit = (set: SelectionSetNode | undefined, path: readonly string[], depth: number): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, path, depth);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment: FragmentDefinitionNode | undefined = info.fragments[selection.name.value];
        visit(fragment?.selectionSet, path, depth);
      } else if (depth < path.length) {
        if (selection.name.value === path[depth]) visit(selection.selectionSet, path, depth + 1);
      } else {
        const needed = CLIENT_FIELD_COLUMNS[selection.name.value];
        if (needed) for (const c of needed) columns.add(c);
        else complete = false;
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, ['edges', 'node'], 0);
  return complete ? [...columns].sort() : null;
}

/** The same for the first field of a query text (tools/bench: its direct SQL reads what its HTTP query reads). */
export function requestedClientColumnsOfQuery(query: string): RowColumn[] | null {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const fragments = Object.fromEntries(doc.definitions
    .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const field = op?.selectionSet.selections[0];
  return field ? requestedClientColumns({ fieldNodes: [field], fragments } as unknown as GraphQLResolveInfo) : null;
}
