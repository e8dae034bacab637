/** GraphQL documents shared by the integration tests. */
export const CLIENT_FIELDS = `
  id version number kind firstName lastName companyName displayName status isSupplier isConflict
  primaryPhone primaryEmail description remarks createdVia createdAt updatedAt deletedAt discountPercent
  birthday { day month year } nameDay { day month }
  phones { id number formatted typeKey isPrimary sms whatsapp viber }
  emails { id address isPrimary acceptsEmail }
  addresses { kind street building apartment postalCode city country mapUrl }
  groups { id name } tags { id name } source { id name } assignedStaff { id displayName }
  createdBy { id displayName }
  bookingRestriction { mode reason expiresAt }
  invoiceData { kind name companyName taxId taxIdCountry street building postalCode city country }
  customFields { fieldId key value }
  consents { purpose { key } granted method wordingVersion }
  hasIdentityDocuments
`;

export const CREATE_CLIENT = `mutation($input: CreateClientInput!) { createClient(input: $input) { ${CLIENT_FIELDS} } }`;
export const QUICK_CREATE = `mutation($input: QuickCreateClientInput!) { quickCreateClient(input: $input) { ${CLIENT_FIELDS} } }`;
export const UPDATE_CLIENT = `mutation($input: UpdateClientInput!) { updateClient(input: $input) { ${CLIENT_FIELDS} } }`;
export const GET_CLIENT = `query($id: UUID!, $includeDeleted: Boolean) { client(id: $id, includeDeleted: $includeDeleted) { ${CLIENT_FIELDS} } }`;
export const LIST_CLIENTS = `query($search: String, $filter: ClientFilterInput, $orderBy: ClientOrderInput, $first: Int, $after: String) {
  clients(search: $search, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id number displayName firstName lastName companyName status primaryPhone primaryEmail tags { name } } }
  }
}`;
export const SET_STATUS = `mutation($ids: [UUID!]!, $status: ClientStatus!) { setClientStatus(ids: $ids, status: $status) { id status version } }`;
export const DELETE_CLIENT = `mutation($id: UUID!) { deleteClient(id: $id) { id deletedAt } }`;
export const RESTORE_CLIENT = `mutation($id: UUID!) { restoreClient(id: $id) { id number deletedAt } }`;

export function errorCode(res: { errors?: { extensions?: Record<string, unknown> }[] }): unknown {
  return res.errors?.[0]?.extensions?.code;
}

export function issues(res: { errors?: { extensions?: Record<string, unknown> }[] }): { path: (string | number)[]; code: string }[] {
  return (res.errors?.[0]?.extensions?.issues as { path: (string | number)[]; code: string }[]) ?? [];
}
