import * as domain from './index';

/** The names the server and the admin are written against (the contract); renaming one breaks them. */
const CONTRACT = [
  'DOMAIN_ERROR_CODES', 'FIELD_ISSUE_CODES', 'DomainError', 'validationError', 'parseWith', 'fieldIssueMessage', 'domainErrorMessage',
  'parsePhone', 'formatPhone', 'phoneSearchKeys', 'phoneDigits', 'PHONE_TYPES', 'normalizeEmail', 'isValidEmail',
  'isValidPostalCode', 'normalizePostalCode', 'normalizeForSearch',
  'validatePartialDate', 'formatPartialDate', 'nextOccurrence', 'daysUntil', 'upcomingWithin', 'ageOn', 'suggestNameDays', 'nameDaysOn',
  'validateNip', 'validateRegon', 'validatePesel', 'validateEuVat', 'checkTaxId', 'invoiceDataSchema',
  'clientKindSchema', 'genderSchema', 'phoneInputSchema', 'emailInputSchema', 'addressInputSchema', 'mapUrl', 'bookingRestrictionSchema',
  'identityDocumentsSchema', 'clientCreateSchema', 'clientUpdateSchema', 'quickCreateClientSchema', 'quickToFullClientInput',
  'displayName', 'sortName', 'formatClientNumber', 'isValidClientNumber', 'customFieldDefinitionSchema', 'validateCustomFieldValues',
  'diffClientFields',
  'BUILT_IN_CONSENT_PURPOSES', 'consentRecordInputSchema', 'currentConsentState', 'canWithdraw', 'isNoOpConsentChange', 'canContactFor',
  'dedupeKeys', 'scoreDuplicate', 'classifySearchInput',
  'ROLES', 'ACTIONS', 'can', 'assertCan', 'viewerCan', 'canSetRole',
  // used by apps/server beyond the brief's list
  'acceptInvitationSchema', 'updateStaffMemberSchema', 'LOGIN_LOCK_MINUTES', 'shouldLockAfterFailure', 'normalizeIdentityDocumentNumber',
  'clientSearchKeys', 'clientListArgsSchema', 'classificationNameSchema', 'consentPurposeInputSchema',
  'passwordSchema', 'emailSchema', 'businessNameSchema', 'signUpSchema', 'loginSchema', 'inviteStaffSchema', 'nextLoginDelay', 'isLocked',
];

it.each(CONTRACT.map((n) => [n]))('exports %s', (name) => {
  expect((domain as Record<string, unknown>)[name]).toBeDefined();
});
