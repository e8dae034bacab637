import { graphql } from '../../../gql';

/** Every field of the card the profile and the edit form show (identity documents are asked for separately). */
export const ClientCardFragment = graphql(`
  fragment ClientCard on Client {
    id
    version
    number
    kind
    firstName
    lastName
    companyName
    displayName
    status
    deletedAt
    isSupplier
    isConflict
    gender
    preferredLanguage
    description
    remarks
    loyaltyCardNumber
    discountPercent
    onlineBookingLimit
    blockNewsletter
    blockAutomaticMessages
    hasIdentityDocuments
    photoUrl
    birthday { day month year }
    nameDay { day month }
    phones { id number formatted typeKey isPrimary sms whatsapp viber }
    emails { id address isPrimary acceptsEmail }
    addresses { id kind street building apartment postalCode city country mapUrl }
    groups { id name color }
    tags { id name }
    source { id name }
    assignedStaff { id displayName }
    bookingRestriction { mode reason expiresAt }
    invoiceData { kind name companyName taxId taxIdCountry street building apartment postalCode city country email }
    customFields { fieldId key label value }
    consents { granted method since wordingVersion purpose { id key name wording wordingVersion } }
    createdAt
    createdVia
    createdBy { id displayName }
    updatedAt
    updatedBy { id displayName }
  }
`);
