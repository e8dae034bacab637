/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { id }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { id }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      business { id name }\n      can {\n        readClients createClients updateClients deleteClients restoreClients bulkUpdateClients\n        readIdentityDocuments recordConsents manageClassification readStaff inviteStaff setStaffRoles manageBusiness\n        manageApiKeys manageWebhooks\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) { id }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) { ...ClientCard }\n  }\n": typeof types.CreateClientDocument,
    "\n  query TaxIdCheck($number: String!, $country: String) {\n    taxIdCheck(number: $number, country: $country) { kind valid normalized country reason }\n  }\n": typeof types.TaxIdCheckDocument,
    "\n  mutation UpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) { ...ClientCard }\n  }\n": typeof types.UpdateClientDocument,
    "\n  fragment ClientCard on Client {\n    id\n    version\n    number\n    kind\n    firstName\n    lastName\n    companyName\n    displayName\n    status\n    deletedAt\n    isSupplier\n    isConflict\n    gender\n    preferredLanguage\n    description\n    remarks\n    loyaltyCardNumber\n    discountPercent\n    onlineBookingLimit\n    blockNewsletter\n    blockAutomaticMessages\n    hasIdentityDocuments\n    photoUrl\n    birthday { day month year }\n    nameDay { day month }\n    phones { id number formatted typeKey isPrimary sms whatsapp viber }\n    emails { id address isPrimary acceptsEmail }\n    addresses { id kind street building apartment postalCode city country mapUrl }\n    groups { id name color }\n    tags { id name }\n    source { id name }\n    assignedStaff { id displayName }\n    bookingRestriction { mode reason expiresAt }\n    invoiceData { kind name companyName taxId taxIdCountry street building apartment postalCode city country email }\n    customFields { fieldId key label value }\n    consents { granted method since wordingVersion purpose { id key name wording wordingVersion } }\n    createdAt\n    createdVia\n    createdBy { id displayName }\n    updatedAt\n    updatedBy { id displayName }\n  }\n": typeof types.ClientCardFragmentDoc,
    "\n  query ClientDetail($id: UUID!) {\n    client(id: $id, includeDeleted: true) { ...ClientCard }\n  }\n": typeof types.ClientDetailDocument,
    "\n  query ClientIdentityDocuments($id: UUID!) {\n    client(id: $id) { id identityDocuments { idCardNumber passportNumber } }\n  }\n": typeof types.ClientIdentityDocumentsDocument,
    "\n  mutation DeleteClient($id: UUID!) {\n    deleteClient(id: $id) { id deletedAt version }\n  }\n": typeof types.DeleteClientDocument,
    "\n  fragment ClientListItem on Client {\n    id\n    number\n    kind\n    displayName\n    status\n    isConflict\n    isSupplier\n    deletedAt\n    bookingRestriction { mode }\n    primaryPhoneFormatted\n    primaryPhone\n    primaryEmail\n    groups { id name color }\n    tags { id name }\n  }\n": typeof types.ClientListItemFragmentDoc,
    "\n  query ClientsList($search: String, $filter: ClientFilterInput, $orderBy: ClientOrderInput, $first: Int!, $after: String) {\n    clients(search: $search, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      boundedCount(atMost: 1000) { value exact }\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...ClientListItem } }\n    }\n  }\n": typeof types.ClientsListDocument,
    "\n  mutation RestoreClient($id: UUID!) {\n    restoreClient(id: $id) { id deletedAt version }\n  }\n": typeof types.RestoreClientDocument,
    "\n  mutation SetClientGroups($clientIds: [UUID!]!, $groupIds: [UUID!]!, $change: MembershipChange!) {\n    setClientGroups(clientIds: $clientIds, groupIds: $groupIds, change: $change)\n  }\n": typeof types.SetClientGroupsDocument,
    "\n  mutation SetClientStatus($ids: [UUID!]!, $status: ClientStatus!) {\n    setClientStatus(ids: $ids, status: $status) { id status version updatedAt }\n  }\n": typeof types.SetClientStatusDocument,
    "\n  mutation SetClientTags($clientIds: [UUID!]!, $tagIds: [UUID!]!, $change: MembershipChange!) {\n    setClientTags(clientIds: $clientIds, tagIds: $tagIds, change: $change)\n  }\n": typeof types.SetClientTagsDocument,
    "\n  query ConsentHistory($clientId: UUID!) {\n    consentHistory(clientId: $clientId) { id purposeKey granted method wording wordingVersion evidence recordedAt }\n  }\n": typeof types.ConsentHistoryDocument,
    "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) { granted method since wordingVersion purpose { id key } }\n  }\n": typeof types.RecordConsentDocument,
    "\n  mutation WithdrawConsent($clientId: UUID!, $purposeKey: String!) {\n    withdrawConsent(clientId: $clientId, purposeKey: $purposeKey) { granted method since purpose { id key } }\n  }\n": typeof types.WithdrawConsentDocument,
    "\n  query DuplicateCandidates($input: DuplicateProbeInput!) {\n    duplicateCandidates(input: $input, limit: 5) {\n      score\n      reasons\n      client { ...ClientListItem }\n    }\n  }\n": typeof types.DuplicateCandidatesDocument,
    "\n  mutation QuickCreateClient($input: QuickCreateClientInput!) {\n    quickCreateClient(input: $input) { id displayName number }\n  }\n": typeof types.QuickCreateClientDocument,
    "\n  query ReferenceData {\n    groups { id name color }\n    tags { id name }\n    sources { id name isArchived }\n    phoneTypes { id name }\n    consentPurposes { id key name wording wordingVersion isBuiltin isArchived }\n    customFields { id key label type options required appliesTo position isArchived }\n    staffMembers { id displayName acceptsVisits isActive role email createdAt }\n  }\n": typeof types.ReferenceDataDocument,
    "\n  query AllConsentPurposes {\n    consentPurposes(includeArchived: true) { id key name wording wordingVersion isBuiltin isArchived }\n  }\n": typeof types.AllConsentPurposesDocument,
    "\n  query AllCustomFields {\n    customFields(includeArchived: true) { id key label type options required appliesTo position isArchived }\n  }\n": typeof types.AllCustomFieldsDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id name prefix scopes rateLimitPerMinute createdAt lastUsedAt revokedAt\n    createdBy { id displayName }\n  }\n": typeof types.ApiKeyFieldsFragmentDoc,
    "\n  query ApiKeys($includeRevoked: Boolean!) {\n    apiKeys(includeRevoked: $includeRevoked) { ...ApiKeyFields }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { secret apiKey { ...ApiKeyFields } }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation CreateGroup($name: String!, $color: String) {\n    createGroup(name: $name, color: $color) { id name color }\n  }\n": typeof types.CreateGroupDocument,
    "\n  mutation CreatePhoneType($name: String!) {\n    createPhoneType(name: $name) { id name }\n  }\n": typeof types.CreatePhoneTypeDocument,
    "\n  mutation CreateSource($name: String!) {\n    createSource(name: $name) { id name isArchived }\n  }\n": typeof types.CreateSourceDocument,
    "\n  mutation CreateTag($name: String!) {\n    createTag(name: $name) { id name }\n  }\n": typeof types.CreateTagDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { secret endpoint { ...WebhookEndpointFields } }\n  }\n": typeof types.CreateWebhookEndpointDocument,
    "\n  mutation DeleteGroup($id: UUID!) {\n    deleteGroup(id: $id)\n  }\n": typeof types.DeleteGroupDocument,
    "\n  mutation DeletePhoneType($id: UUID!) {\n    deletePhoneType(id: $id)\n  }\n": typeof types.DeletePhoneTypeDocument,
    "\n  mutation DeleteSource($id: UUID!) {\n    deleteSource(id: $id)\n  }\n": typeof types.DeleteSourceDocument,
    "\n  mutation DeleteTag($id: UUID!) {\n    deleteTag(id: $id)\n  }\n": typeof types.DeleteTagDocument,
    "\n  mutation DeleteWebhookEndpoint($id: UUID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": typeof types.DeleteWebhookEndpointDocument,
    "\n  mutation DisableWebhookEndpoint($id: UUID!) {\n    disableWebhookEndpoint(id: $id) { ...WebhookEndpointFields }\n  }\n": typeof types.DisableWebhookEndpointDocument,
    "\n  mutation EnableWebhookEndpoint($id: UUID!) {\n    enableWebhookEndpoint(id: $id) { ...WebhookEndpointFields }\n  }\n": typeof types.EnableWebhookEndpointDocument,
    "\n  mutation InviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) { id email displayName role expiresAt token }\n  }\n": typeof types.InviteStaffDocument,
    "\n  mutation MergeTags($sourceIds: [UUID!]!, $targetId: UUID!) {\n    mergeTags(sourceIds: $sourceIds, targetId: $targetId) { id name }\n  }\n": typeof types.MergeTagsDocument,
    "\n  mutation RedeliverWebhook($deliveryId: UUID!) {\n    redeliverWebhook(deliveryId: $deliveryId) { ...WebhookDeliveryFields }\n  }\n": typeof types.RedeliverWebhookDocument,
    "\n  mutation RenamePhoneType($id: UUID!, $name: String!) {\n    renamePhoneType(id: $id, name: $name) { id name }\n  }\n": typeof types.RenamePhoneTypeDocument,
    "\n  mutation RenameTag($id: UUID!, $name: String!) {\n    renameTag(id: $id, name: $name) { id name }\n  }\n": typeof types.RenameTagDocument,
    "\n  mutation RevokeApiKey($id: UUID!) {\n    revokeApiKey(id: $id) { ...ApiKeyFields }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  mutation RotateWebhookSecret($id: UUID!) {\n    rotateWebhookSecret(id: $id) { secret endpoint { ...WebhookEndpointFields } }\n  }\n": typeof types.RotateWebhookSecretDocument,
    "\n  mutation SaveConsentPurpose($input: ConsentPurposeInput!) {\n    saveConsentPurpose(input: $input) { id key name wording wordingVersion isBuiltin isArchived }\n  }\n": typeof types.SaveConsentPurposeDocument,
    "\n  mutation SaveCustomField($input: CustomFieldDefinitionInput!) {\n    saveCustomField(input: $input) { id key label type options required appliesTo position isArchived }\n  }\n": typeof types.SaveCustomFieldDocument,
    "\n  mutation SendTestWebhook($endpointId: UUID!) {\n    sendTestWebhook(endpointId: $endpointId) { ...WebhookDeliveryFields }\n  }\n": typeof types.SendTestWebhookDocument,
    "\n  query StaffSettings {\n    staffMembers { id displayName email role acceptsVisits isActive createdAt }\n    openInvitations { id email displayName role expiresAt }\n  }\n": typeof types.StaffSettingsDocument,
    "\n  mutation UpdateGroup($id: UUID!, $name: String!, $color: String) {\n    updateGroup(id: $id, name: $name, color: $color) { id name color }\n  }\n": typeof types.UpdateGroupDocument,
    "\n  mutation UpdateSource($id: UUID!, $name: String!, $isArchived: Boolean) {\n    updateSource(id: $id, name: $name, isArchived: $isArchived) { id name isArchived }\n  }\n": typeof types.UpdateSourceDocument,
    "\n  mutation UpdateStaffMember($input: UpdateStaffMemberInput!) {\n    updateStaffMember(input: $input) { id role acceptsVisits isActive }\n  }\n": typeof types.UpdateStaffMemberDocument,
    "\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) { ...WebhookEndpointFields }\n  }\n": typeof types.UpdateWebhookEndpointDocument,
    "\n  query WebhookDeliveries($endpointId: UUID!, $first: Int!, $after: String, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after, status: $status) {\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...WebhookDeliveryFields } }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  query WebhookDelivery($id: UUID!) {\n    webhookDelivery(id: $id) { ...WebhookDeliveryFields }\n  }\n": typeof types.WebhookDeliveryDocument,
    "\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id endpointId eventId eventType status isTest redeliveryOf attemptCount createdAt lastAttemptAt nextAttemptAt completedAt\n    lastStatusCode lastError\n    attempts { id attemptNumber attemptedAt durationMs statusCode succeeded error responseExcerpt }\n  }\n": typeof types.WebhookDeliveryFieldsFragmentDoc,
    "\n  query WebhookEndpoint($id: UUID!) {\n    webhookEndpoint(id: $id) { ...WebhookEndpointFields }\n    webhookEventTypes\n  }\n": typeof types.WebhookEndpointDocument,
    "\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id url description eventTypes enabled disabledAt disabledBy disabledReason failingSince lastSuccessAt createdAt updatedAt\n  }\n": typeof types.WebhookEndpointFieldsFragmentDoc,
    "\n  query WebhookEndpoints {\n    webhookEndpoints { ...WebhookEndpointFields }\n    webhookEventTypes\n  }\n": typeof types.WebhookEndpointsDocument,
};
const documents: Documents = {
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { id }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { id }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      business { id name }\n      can {\n        readClients createClients updateClients deleteClients restoreClients bulkUpdateClients\n        readIdentityDocuments recordConsents manageClassification readStaff inviteStaff setStaffRoles manageBusiness\n        manageApiKeys manageWebhooks\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) { id }\n  }\n": types.SignUpDocument,
    "\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) { ...ClientCard }\n  }\n": types.CreateClientDocument,
    "\n  query TaxIdCheck($number: String!, $country: String) {\n    taxIdCheck(number: $number, country: $country) { kind valid normalized country reason }\n  }\n": types.TaxIdCheckDocument,
    "\n  mutation UpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) { ...ClientCard }\n  }\n": types.UpdateClientDocument,
    "\n  fragment ClientCard on Client {\n    id\n    version\n    number\n    kind\n    firstName\n    lastName\n    companyName\n    displayName\n    status\n    deletedAt\n    isSupplier\n    isConflict\n    gender\n    preferredLanguage\n    description\n    remarks\n    loyaltyCardNumber\n    discountPercent\n    onlineBookingLimit\n    blockNewsletter\n    blockAutomaticMessages\n    hasIdentityDocuments\n    photoUrl\n    birthday { day month year }\n    nameDay { day month }\n    phones { id number formatted typeKey isPrimary sms whatsapp viber }\n    emails { id address isPrimary acceptsEmail }\n    addresses { id kind street building apartment postalCode city country mapUrl }\n    groups { id name color }\n    tags { id name }\n    source { id name }\n    assignedStaff { id displayName }\n    bookingRestriction { mode reason expiresAt }\n    invoiceData { kind name companyName taxId taxIdCountry street building apartment postalCode city country email }\n    customFields { fieldId key label value }\n    consents { granted method since wordingVersion purpose { id key name wording wordingVersion } }\n    createdAt\n    createdVia\n    createdBy { id displayName }\n    updatedAt\n    updatedBy { id displayName }\n  }\n": types.ClientCardFragmentDoc,
    "\n  query ClientDetail($id: UUID!) {\n    client(id: $id, includeDeleted: true) { ...ClientCard }\n  }\n": types.ClientDetailDocument,
    "\n  query ClientIdentityDocuments($id: UUID!) {\n    client(id: $id) { id identityDocuments { idCardNumber passportNumber } }\n  }\n": types.ClientIdentityDocumentsDocument,
    "\n  mutation DeleteClient($id: UUID!) {\n    deleteClient(id: $id) { id deletedAt version }\n  }\n": types.DeleteClientDocument,
    "\n  fragment ClientListItem on Client {\n    id\n    number\n    kind\n    displayName\n    status\n    isConflict\n    isSupplier\n    deletedAt\n    bookingRestriction { mode }\n    primaryPhoneFormatted\n    primaryPhone\n    primaryEmail\n    groups { id name color }\n    tags { id name }\n  }\n": types.ClientListItemFragmentDoc,
    "\n  query ClientsList($search: String, $filter: ClientFilterInput, $orderBy: ClientOrderInput, $first: Int!, $after: String) {\n    clients(search: $search, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      boundedCount(atMost: 1000) { value exact }\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...ClientListItem } }\n    }\n  }\n": types.ClientsListDocument,
    "\n  mutation RestoreClient($id: UUID!) {\n    restoreClient(id: $id) { id deletedAt version }\n  }\n": types.RestoreClientDocument,
    "\n  mutation SetClientGroups($clientIds: [UUID!]!, $groupIds: [UUID!]!, $change: MembershipChange!) {\n    setClientGroups(clientIds: $clientIds, groupIds: $groupIds, change: $change)\n  }\n": types.SetClientGroupsDocument,
    "\n  mutation SetClientStatus($ids: [UUID!]!, $status: ClientStatus!) {\n    setClientStatus(ids: $ids, status: $status) { id status version updatedAt }\n  }\n": types.SetClientStatusDocument,
    "\n  mutation SetClientTags($clientIds: [UUID!]!, $tagIds: [UUID!]!, $change: MembershipChange!) {\n    setClientTags(clientIds: $clientIds, tagIds: $tagIds, change: $change)\n  }\n": types.SetClientTagsDocument,
    "\n  query ConsentHistory($clientId: UUID!) {\n    consentHistory(clientId: $clientId) { id purposeKey granted method wording wordingVersion evidence recordedAt }\n  }\n": types.ConsentHistoryDocument,
    "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) { granted method since wordingVersion purpose { id key } }\n  }\n": types.RecordConsentDocument,
    "\n  mutation WithdrawConsent($clientId: UUID!, $purposeKey: String!) {\n    withdrawConsent(clientId: $clientId, purposeKey: $purposeKey) { granted method since purpose { id key } }\n  }\n": types.WithdrawConsentDocument,
    "\n  query DuplicateCandidates($input: DuplicateProbeInput!) {\n    duplicateCandidates(input: $input, limit: 5) {\n      score\n      reasons\n      client { ...ClientListItem }\n    }\n  }\n": types.DuplicateCandidatesDocument,
    "\n  mutation QuickCreateClient($input: QuickCreateClientInput!) {\n    quickCreateClient(input: $input) { id displayName number }\n  }\n": types.QuickCreateClientDocument,
    "\n  query ReferenceData {\n    groups { id name color }\n    tags { id name }\n    sources { id name isArchived }\n    phoneTypes { id name }\n    consentPurposes { id key name wording wordingVersion isBuiltin isArchived }\n    customFields { id key label type options required appliesTo position isArchived }\n    staffMembers { id displayName acceptsVisits isActive role email createdAt }\n  }\n": types.ReferenceDataDocument,
    "\n  query AllConsentPurposes {\n    consentPurposes(includeArchived: true) { id key name wording wordingVersion isBuiltin isArchived }\n  }\n": types.AllConsentPurposesDocument,
    "\n  query AllCustomFields {\n    customFields(includeArchived: true) { id key label type options required appliesTo position isArchived }\n  }\n": types.AllCustomFieldsDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id name prefix scopes rateLimitPerMinute createdAt lastUsedAt revokedAt\n    createdBy { id displayName }\n  }\n": types.ApiKeyFieldsFragmentDoc,
    "\n  query ApiKeys($includeRevoked: Boolean!) {\n    apiKeys(includeRevoked: $includeRevoked) { ...ApiKeyFields }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { secret apiKey { ...ApiKeyFields } }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation CreateGroup($name: String!, $color: String) {\n    createGroup(name: $name, color: $color) { id name color }\n  }\n": types.CreateGroupDocument,
    "\n  mutation CreatePhoneType($name: String!) {\n    createPhoneType(name: $name) { id name }\n  }\n": types.CreatePhoneTypeDocument,
    "\n  mutation CreateSource($name: String!) {\n    createSource(name: $name) { id name isArchived }\n  }\n": types.CreateSourceDocument,
    "\n  mutation CreateTag($name: String!) {\n    createTag(name: $name) { id name }\n  }\n": types.CreateTagDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { secret endpoint { ...WebhookEndpointFields } }\n  }\n": types.CreateWebhookEndpointDocument,
    "\n  mutation DeleteGroup($id: UUID!) {\n    deleteGroup(id: $id)\n  }\n": types.DeleteGroupDocument,
    "\n  mutation DeletePhoneType($id: UUID!) {\n    deletePhoneType(id: $id)\n  }\n": types.DeletePhoneTypeDocument,
    "\n  mutation DeleteSource($id: UUID!) {\n    deleteSource(id: $id)\n  }\n": types.DeleteSourceDocument,
    "\n  mutation DeleteTag($id: UUID!) {\n    deleteTag(id: $id)\n  }\n": types.DeleteTagDocument,
    "\n  mutation DeleteWebhookEndpoint($id: UUID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": types.DeleteWebhookEndpointDocument,
    "\n  mutation DisableWebhookEndpoint($id: UUID!) {\n    disableWebhookEndpoint(id: $id) { ...WebhookEndpointFields }\n  }\n": types.DisableWebhookEndpointDocument,
    "\n  mutation EnableWebhookEndpoint($id: UUID!) {\n    enableWebhookEndpoint(id: $id) { ...WebhookEndpointFields }\n  }\n": types.EnableWebhookEndpointDocument,
    "\n  mutation InviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) { id email displayName role expiresAt token }\n  }\n": types.InviteStaffDocument,
    "\n  mutation MergeTags($sourceIds: [UUID!]!, $targetId: UUID!) {\n    mergeTags(sourceIds: $sourceIds, targetId: $targetId) { id name }\n  }\n": types.MergeTagsDocument,
    "\n  mutation RedeliverWebhook($deliveryId: UUID!) {\n    redeliverWebhook(deliveryId: $deliveryId) { ...WebhookDeliveryFields }\n  }\n": types.RedeliverWebhookDocument,
    "\n  mutation RenamePhoneType($id: UUID!, $name: String!) {\n    renamePhoneType(id: $id, name: $name) { id name }\n  }\n": types.RenamePhoneTypeDocument,
    "\n  mutation RenameTag($id: UUID!, $name: String!) {\n    renameTag(id: $id, name: $name) { id name }\n  }\n": types.RenameTagDocument,
    "\n  mutation RevokeApiKey($id: UUID!) {\n    revokeApiKey(id: $id) { ...ApiKeyFields }\n  }\n": types.RevokeApiKeyDocument,
    "\n  mutation RotateWebhookSecret($id: UUID!) {\n    rotateWebhookSecret(id: $id) { secret endpoint { ...WebhookEndpointFields } }\n  }\n": types.RotateWebhookSecretDocument,
    "\n  mutation SaveConsentPurpose($input: ConsentPurposeInput!) {\n    saveConsentPurpose(input: $input) { id key name wording wordingVersion isBuiltin isArchived }\n  }\n": types.SaveConsentPurposeDocument,
    "\n  mutation SaveCustomField($input: CustomFieldDefinitionInput!) {\n    saveCustomField(input: $input) { id key label type options required appliesTo position isArchived }\n  }\n": types.SaveCustomFieldDocument,
    "\n  mutation SendTestWebhook($endpointId: UUID!) {\n    sendTestWebhook(endpointId: $endpointId) { ...WebhookDeliveryFields }\n  }\n": types.SendTestWebhookDocument,
    "\n  query StaffSettings {\n    staffMembers { id displayName email role acceptsVisits isActive createdAt }\n    openInvitations { id email displayName role expiresAt }\n  }\n": types.StaffSettingsDocument,
    "\n  mutation UpdateGroup($id: UUID!, $name: String!, $color: String) {\n    updateGroup(id: $id, name: $name, color: $color) { id name color }\n  }\n": types.UpdateGroupDocument,
    "\n  mutation UpdateSource($id: UUID!, $name: String!, $isArchived: Boolean) {\n    updateSource(id: $id, name: $name, isArchived: $isArchived) { id name isArchived }\n  }\n": types.UpdateSourceDocument,
    "\n  mutation UpdateStaffMember($input: UpdateStaffMemberInput!) {\n    updateStaffMember(input: $input) { id role acceptsVisits isActive }\n  }\n": types.UpdateStaffMemberDocument,
    "\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) { ...WebhookEndpointFields }\n  }\n": types.UpdateWebhookEndpointDocument,
    "\n  query WebhookDeliveries($endpointId: UUID!, $first: Int!, $after: String, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after, status: $status) {\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...WebhookDeliveryFields } }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  query WebhookDelivery($id: UUID!) {\n    webhookDelivery(id: $id) { ...WebhookDeliveryFields }\n  }\n": types.WebhookDeliveryDocument,
    "\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id endpointId eventId eventType status isTest redeliveryOf attemptCount createdAt lastAttemptAt nextAttemptAt completedAt\n    lastStatusCode lastError\n    attempts { id attemptNumber attemptedAt durationMs statusCode succeeded error responseExcerpt }\n  }\n": types.WebhookDeliveryFieldsFragmentDoc,
    "\n  query WebhookEndpoint($id: UUID!) {\n    webhookEndpoint(id: $id) { ...WebhookEndpointFields }\n    webhookEventTypes\n  }\n": types.WebhookEndpointDocument,
    "\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id url description eventTypes enabled disabledAt disabledBy disabledReason failingSince lastSuccessAt createdAt updatedAt\n  }\n": types.WebhookEndpointFieldsFragmentDoc,
    "\n  query WebhookEndpoints {\n    webhookEndpoints { ...WebhookEndpointFields }\n    webhookEventTypes\n  }\n": types.WebhookEndpointsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      business { id name }\n      can {\n        readClients createClients updateClients deleteClients restoreClients bulkUpdateClients\n        readIdentityDocuments recordConsents manageClassification readStaff inviteStaff setStaffRoles manageBusiness\n        manageApiKeys manageWebhooks\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      business { id name }\n      can {\n        readClients createClients updateClients deleteClients restoreClients bulkUpdateClients\n        readIdentityDocuments recordConsents manageClassification readStaff inviteStaff setStaffRoles manageBusiness\n        manageApiKeys manageWebhooks\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) { ...ClientCard }\n  }\n"): (typeof documents)["\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) { ...ClientCard }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaxIdCheck($number: String!, $country: String) {\n    taxIdCheck(number: $number, country: $country) { kind valid normalized country reason }\n  }\n"): (typeof documents)["\n  query TaxIdCheck($number: String!, $country: String) {\n    taxIdCheck(number: $number, country: $country) { kind valid normalized country reason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) { ...ClientCard }\n  }\n"): (typeof documents)["\n  mutation UpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) { ...ClientCard }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientCard on Client {\n    id\n    version\n    number\n    kind\n    firstName\n    lastName\n    companyName\n    displayName\n    status\n    deletedAt\n    isSupplier\n    isConflict\n    gender\n    preferredLanguage\n    description\n    remarks\n    loyaltyCardNumber\n    discountPercent\n    onlineBookingLimit\n    blockNewsletter\n    blockAutomaticMessages\n    hasIdentityDocuments\n    photoUrl\n    birthday { day month year }\n    nameDay { day month }\n    phones { id number formatted typeKey isPrimary sms whatsapp viber }\n    emails { id address isPrimary acceptsEmail }\n    addresses { id kind street building apartment postalCode city country mapUrl }\n    groups { id name color }\n    tags { id name }\n    source { id name }\n    assignedStaff { id displayName }\n    bookingRestriction { mode reason expiresAt }\n    invoiceData { kind name companyName taxId taxIdCountry street building apartment postalCode city country email }\n    customFields { fieldId key label value }\n    consents { granted method since wordingVersion purpose { id key name wording wordingVersion } }\n    createdAt\n    createdVia\n    createdBy { id displayName }\n    updatedAt\n    updatedBy { id displayName }\n  }\n"): (typeof documents)["\n  fragment ClientCard on Client {\n    id\n    version\n    number\n    kind\n    firstName\n    lastName\n    companyName\n    displayName\n    status\n    deletedAt\n    isSupplier\n    isConflict\n    gender\n    preferredLanguage\n    description\n    remarks\n    loyaltyCardNumber\n    discountPercent\n    onlineBookingLimit\n    blockNewsletter\n    blockAutomaticMessages\n    hasIdentityDocuments\n    photoUrl\n    birthday { day month year }\n    nameDay { day month }\n    phones { id number formatted typeKey isPrimary sms whatsapp viber }\n    emails { id address isPrimary acceptsEmail }\n    addresses { id kind street building apartment postalCode city country mapUrl }\n    groups { id name color }\n    tags { id name }\n    source { id name }\n    assignedStaff { id displayName }\n    bookingRestriction { mode reason expiresAt }\n    invoiceData { kind name companyName taxId taxIdCountry street building apartment postalCode city country email }\n    customFields { fieldId key label value }\n    consents { granted method since wordingVersion purpose { id key name wording wordingVersion } }\n    createdAt\n    createdVia\n    createdBy { id displayName }\n    updatedAt\n    updatedBy { id displayName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientDetail($id: UUID!) {\n    client(id: $id, includeDeleted: true) { ...ClientCard }\n  }\n"): (typeof documents)["\n  query ClientDetail($id: UUID!) {\n    client(id: $id, includeDeleted: true) { ...ClientCard }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientIdentityDocuments($id: UUID!) {\n    client(id: $id) { id identityDocuments { idCardNumber passportNumber } }\n  }\n"): (typeof documents)["\n  query ClientIdentityDocuments($id: UUID!) {\n    client(id: $id) { id identityDocuments { idCardNumber passportNumber } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteClient($id: UUID!) {\n    deleteClient(id: $id) { id deletedAt version }\n  }\n"): (typeof documents)["\n  mutation DeleteClient($id: UUID!) {\n    deleteClient(id: $id) { id deletedAt version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientListItem on Client {\n    id\n    number\n    kind\n    displayName\n    status\n    isConflict\n    isSupplier\n    deletedAt\n    bookingRestriction { mode }\n    primaryPhoneFormatted\n    primaryPhone\n    primaryEmail\n    groups { id name color }\n    tags { id name }\n  }\n"): (typeof documents)["\n  fragment ClientListItem on Client {\n    id\n    number\n    kind\n    displayName\n    status\n    isConflict\n    isSupplier\n    deletedAt\n    bookingRestriction { mode }\n    primaryPhoneFormatted\n    primaryPhone\n    primaryEmail\n    groups { id name color }\n    tags { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientsList($search: String, $filter: ClientFilterInput, $orderBy: ClientOrderInput, $first: Int!, $after: String) {\n    clients(search: $search, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      boundedCount(atMost: 1000) { value exact }\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...ClientListItem } }\n    }\n  }\n"): (typeof documents)["\n  query ClientsList($search: String, $filter: ClientFilterInput, $orderBy: ClientOrderInput, $first: Int!, $after: String) {\n    clients(search: $search, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      boundedCount(atMost: 1000) { value exact }\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...ClientListItem } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreClient($id: UUID!) {\n    restoreClient(id: $id) { id deletedAt version }\n  }\n"): (typeof documents)["\n  mutation RestoreClient($id: UUID!) {\n    restoreClient(id: $id) { id deletedAt version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetClientGroups($clientIds: [UUID!]!, $groupIds: [UUID!]!, $change: MembershipChange!) {\n    setClientGroups(clientIds: $clientIds, groupIds: $groupIds, change: $change)\n  }\n"): (typeof documents)["\n  mutation SetClientGroups($clientIds: [UUID!]!, $groupIds: [UUID!]!, $change: MembershipChange!) {\n    setClientGroups(clientIds: $clientIds, groupIds: $groupIds, change: $change)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetClientStatus($ids: [UUID!]!, $status: ClientStatus!) {\n    setClientStatus(ids: $ids, status: $status) { id status version updatedAt }\n  }\n"): (typeof documents)["\n  mutation SetClientStatus($ids: [UUID!]!, $status: ClientStatus!) {\n    setClientStatus(ids: $ids, status: $status) { id status version updatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetClientTags($clientIds: [UUID!]!, $tagIds: [UUID!]!, $change: MembershipChange!) {\n    setClientTags(clientIds: $clientIds, tagIds: $tagIds, change: $change)\n  }\n"): (typeof documents)["\n  mutation SetClientTags($clientIds: [UUID!]!, $tagIds: [UUID!]!, $change: MembershipChange!) {\n    setClientTags(clientIds: $clientIds, tagIds: $tagIds, change: $change)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsentHistory($clientId: UUID!) {\n    consentHistory(clientId: $clientId) { id purposeKey granted method wording wordingVersion evidence recordedAt }\n  }\n"): (typeof documents)["\n  query ConsentHistory($clientId: UUID!) {\n    consentHistory(clientId: $clientId) { id purposeKey granted method wording wordingVersion evidence recordedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) { granted method since wordingVersion purpose { id key } }\n  }\n"): (typeof documents)["\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) { granted method since wordingVersion purpose { id key } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawConsent($clientId: UUID!, $purposeKey: String!) {\n    withdrawConsent(clientId: $clientId, purposeKey: $purposeKey) { granted method since purpose { id key } }\n  }\n"): (typeof documents)["\n  mutation WithdrawConsent($clientId: UUID!, $purposeKey: String!) {\n    withdrawConsent(clientId: $clientId, purposeKey: $purposeKey) { granted method since purpose { id key } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DuplicateCandidates($input: DuplicateProbeInput!) {\n    duplicateCandidates(input: $input, limit: 5) {\n      score\n      reasons\n      client { ...ClientListItem }\n    }\n  }\n"): (typeof documents)["\n  query DuplicateCandidates($input: DuplicateProbeInput!) {\n    duplicateCandidates(input: $input, limit: 5) {\n      score\n      reasons\n      client { ...ClientListItem }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuickCreateClient($input: QuickCreateClientInput!) {\n    quickCreateClient(input: $input) { id displayName number }\n  }\n"): (typeof documents)["\n  mutation QuickCreateClient($input: QuickCreateClientInput!) {\n    quickCreateClient(input: $input) { id displayName number }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferenceData {\n    groups { id name color }\n    tags { id name }\n    sources { id name isArchived }\n    phoneTypes { id name }\n    consentPurposes { id key name wording wordingVersion isBuiltin isArchived }\n    customFields { id key label type options required appliesTo position isArchived }\n    staffMembers { id displayName acceptsVisits isActive role email createdAt }\n  }\n"): (typeof documents)["\n  query ReferenceData {\n    groups { id name color }\n    tags { id name }\n    sources { id name isArchived }\n    phoneTypes { id name }\n    consentPurposes { id key name wording wordingVersion isBuiltin isArchived }\n    customFields { id key label type options required appliesTo position isArchived }\n    staffMembers { id displayName acceptsVisits isActive role email createdAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllConsentPurposes {\n    consentPurposes(includeArchived: true) { id key name wording wordingVersion isBuiltin isArchived }\n  }\n"): (typeof documents)["\n  query AllConsentPurposes {\n    consentPurposes(includeArchived: true) { id key name wording wordingVersion isBuiltin isArchived }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllCustomFields {\n    customFields(includeArchived: true) { id key label type options required appliesTo position isArchived }\n  }\n"): (typeof documents)["\n  query AllCustomFields {\n    customFields(includeArchived: true) { id key label type options required appliesTo position isArchived }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyFields on ApiKey {\n    id name prefix scopes rateLimitPerMinute createdAt lastUsedAt revokedAt\n    createdBy { id displayName }\n  }\n"): (typeof documents)["\n  fragment ApiKeyFields on ApiKey {\n    id name prefix scopes rateLimitPerMinute createdAt lastUsedAt revokedAt\n    createdBy { id displayName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys($includeRevoked: Boolean!) {\n    apiKeys(includeRevoked: $includeRevoked) { ...ApiKeyFields }\n  }\n"): (typeof documents)["\n  query ApiKeys($includeRevoked: Boolean!) {\n    apiKeys(includeRevoked: $includeRevoked) { ...ApiKeyFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { secret apiKey { ...ApiKeyFields } }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { secret apiKey { ...ApiKeyFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroup($name: String!, $color: String) {\n    createGroup(name: $name, color: $color) { id name color }\n  }\n"): (typeof documents)["\n  mutation CreateGroup($name: String!, $color: String) {\n    createGroup(name: $name, color: $color) { id name color }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePhoneType($name: String!) {\n    createPhoneType(name: $name) { id name }\n  }\n"): (typeof documents)["\n  mutation CreatePhoneType($name: String!) {\n    createPhoneType(name: $name) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSource($name: String!) {\n    createSource(name: $name) { id name isArchived }\n  }\n"): (typeof documents)["\n  mutation CreateSource($name: String!) {\n    createSource(name: $name) { id name isArchived }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTag($name: String!) {\n    createTag(name: $name) { id name }\n  }\n"): (typeof documents)["\n  mutation CreateTag($name: String!) {\n    createTag(name: $name) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { secret endpoint { ...WebhookEndpointFields } }\n  }\n"): (typeof documents)["\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { secret endpoint { ...WebhookEndpointFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteGroup($id: UUID!) {\n    deleteGroup(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteGroup($id: UUID!) {\n    deleteGroup(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePhoneType($id: UUID!) {\n    deletePhoneType(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeletePhoneType($id: UUID!) {\n    deletePhoneType(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSource($id: UUID!) {\n    deleteSource(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteSource($id: UUID!) {\n    deleteSource(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTag($id: UUID!) {\n    deleteTag(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteTag($id: UUID!) {\n    deleteTag(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhookEndpoint($id: UUID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteWebhookEndpoint($id: UUID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableWebhookEndpoint($id: UUID!) {\n    disableWebhookEndpoint(id: $id) { ...WebhookEndpointFields }\n  }\n"): (typeof documents)["\n  mutation DisableWebhookEndpoint($id: UUID!) {\n    disableWebhookEndpoint(id: $id) { ...WebhookEndpointFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableWebhookEndpoint($id: UUID!) {\n    enableWebhookEndpoint(id: $id) { ...WebhookEndpointFields }\n  }\n"): (typeof documents)["\n  mutation EnableWebhookEndpoint($id: UUID!) {\n    enableWebhookEndpoint(id: $id) { ...WebhookEndpointFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) { id email displayName role expiresAt token }\n  }\n"): (typeof documents)["\n  mutation InviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) { id email displayName role expiresAt token }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeTags($sourceIds: [UUID!]!, $targetId: UUID!) {\n    mergeTags(sourceIds: $sourceIds, targetId: $targetId) { id name }\n  }\n"): (typeof documents)["\n  mutation MergeTags($sourceIds: [UUID!]!, $targetId: UUID!) {\n    mergeTags(sourceIds: $sourceIds, targetId: $targetId) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeliverWebhook($deliveryId: UUID!) {\n    redeliverWebhook(deliveryId: $deliveryId) { ...WebhookDeliveryFields }\n  }\n"): (typeof documents)["\n  mutation RedeliverWebhook($deliveryId: UUID!) {\n    redeliverWebhook(deliveryId: $deliveryId) { ...WebhookDeliveryFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenamePhoneType($id: UUID!, $name: String!) {\n    renamePhoneType(id: $id, name: $name) { id name }\n  }\n"): (typeof documents)["\n  mutation RenamePhoneType($id: UUID!, $name: String!) {\n    renamePhoneType(id: $id, name: $name) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameTag($id: UUID!, $name: String!) {\n    renameTag(id: $id, name: $name) { id name }\n  }\n"): (typeof documents)["\n  mutation RenameTag($id: UUID!, $name: String!) {\n    renameTag(id: $id, name: $name) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: UUID!) {\n    revokeApiKey(id: $id) { ...ApiKeyFields }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: UUID!) {\n    revokeApiKey(id: $id) { ...ApiKeyFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWebhookSecret($id: UUID!) {\n    rotateWebhookSecret(id: $id) { secret endpoint { ...WebhookEndpointFields } }\n  }\n"): (typeof documents)["\n  mutation RotateWebhookSecret($id: UUID!) {\n    rotateWebhookSecret(id: $id) { secret endpoint { ...WebhookEndpointFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveConsentPurpose($input: ConsentPurposeInput!) {\n    saveConsentPurpose(input: $input) { id key name wording wordingVersion isBuiltin isArchived }\n  }\n"): (typeof documents)["\n  mutation SaveConsentPurpose($input: ConsentPurposeInput!) {\n    saveConsentPurpose(input: $input) { id key name wording wordingVersion isBuiltin isArchived }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCustomField($input: CustomFieldDefinitionInput!) {\n    saveCustomField(input: $input) { id key label type options required appliesTo position isArchived }\n  }\n"): (typeof documents)["\n  mutation SaveCustomField($input: CustomFieldDefinitionInput!) {\n    saveCustomField(input: $input) { id key label type options required appliesTo position isArchived }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestWebhook($endpointId: UUID!) {\n    sendTestWebhook(endpointId: $endpointId) { ...WebhookDeliveryFields }\n  }\n"): (typeof documents)["\n  mutation SendTestWebhook($endpointId: UUID!) {\n    sendTestWebhook(endpointId: $endpointId) { ...WebhookDeliveryFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffSettings {\n    staffMembers { id displayName email role acceptsVisits isActive createdAt }\n    openInvitations { id email displayName role expiresAt }\n  }\n"): (typeof documents)["\n  query StaffSettings {\n    staffMembers { id displayName email role acceptsVisits isActive createdAt }\n    openInvitations { id email displayName role expiresAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGroup($id: UUID!, $name: String!, $color: String) {\n    updateGroup(id: $id, name: $name, color: $color) { id name color }\n  }\n"): (typeof documents)["\n  mutation UpdateGroup($id: UUID!, $name: String!, $color: String) {\n    updateGroup(id: $id, name: $name, color: $color) { id name color }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSource($id: UUID!, $name: String!, $isArchived: Boolean) {\n    updateSource(id: $id, name: $name, isArchived: $isArchived) { id name isArchived }\n  }\n"): (typeof documents)["\n  mutation UpdateSource($id: UUID!, $name: String!, $isArchived: Boolean) {\n    updateSource(id: $id, name: $name, isArchived: $isArchived) { id name isArchived }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStaffMember($input: UpdateStaffMemberInput!) {\n    updateStaffMember(input: $input) { id role acceptsVisits isActive }\n  }\n"): (typeof documents)["\n  mutation UpdateStaffMember($input: UpdateStaffMemberInput!) {\n    updateStaffMember(input: $input) { id role acceptsVisits isActive }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) { ...WebhookEndpointFields }\n  }\n"): (typeof documents)["\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) { ...WebhookEndpointFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($endpointId: UUID!, $first: Int!, $after: String, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after, status: $status) {\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...WebhookDeliveryFields } }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($endpointId: UUID!, $first: Int!, $after: String, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after, status: $status) {\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...WebhookDeliveryFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDelivery($id: UUID!) {\n    webhookDelivery(id: $id) { ...WebhookDeliveryFields }\n  }\n"): (typeof documents)["\n  query WebhookDelivery($id: UUID!) {\n    webhookDelivery(id: $id) { ...WebhookDeliveryFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id endpointId eventId eventType status isTest redeliveryOf attemptCount createdAt lastAttemptAt nextAttemptAt completedAt\n    lastStatusCode lastError\n    attempts { id attemptNumber attemptedAt durationMs statusCode succeeded error responseExcerpt }\n  }\n"): (typeof documents)["\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id endpointId eventId eventType status isTest redeliveryOf attemptCount createdAt lastAttemptAt nextAttemptAt completedAt\n    lastStatusCode lastError\n    attempts { id attemptNumber attemptedAt durationMs statusCode succeeded error responseExcerpt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoint($id: UUID!) {\n    webhookEndpoint(id: $id) { ...WebhookEndpointFields }\n    webhookEventTypes\n  }\n"): (typeof documents)["\n  query WebhookEndpoint($id: UUID!) {\n    webhookEndpoint(id: $id) { ...WebhookEndpointFields }\n    webhookEventTypes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id url description eventTypes enabled disabledAt disabledBy disabledReason failingSince lastSuccessAt createdAt updatedAt\n  }\n"): (typeof documents)["\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id url description eventTypes enabled disabledAt disabledBy disabledReason failingSince lastSuccessAt createdAt updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoints {\n    webhookEndpoints { ...WebhookEndpointFields }\n    webhookEventTypes\n  }\n"): (typeof documents)["\n  query WebhookEndpoints {\n    webhookEndpoints { ...WebhookEndpointFields }\n    webhookEventTypes\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;