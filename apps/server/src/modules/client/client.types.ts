import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { JSONScalar } from '../../graphql/common/scalars';
import {
  AddressKindEnum, BookingModeEnum, ClientKindEnum, ClientStatusEnum, CreatedViaEnum, DuplicateReasonEnum, GenderEnum,
} from './client.enums';

@ObjectType('ClientPhone')
export class ClientPhoneType {
  @Field(() => ID) id: string;
  @Field({ description: 'E.164, e.g. +48600100200.' }) number: string;
  @Field({ description: 'For display: national format for Polish numbers, international otherwise.' }) formatted: string;
  @Field() typeKey: string;
  @Field() isPrimary: boolean;
  @Field() sms: boolean;
  @Field() whatsapp: boolean;
  @Field() viber: boolean;
}

@ObjectType('ClientEmail')
export class ClientEmailType {
  @Field(() => ID) id: string;
  @Field() address: string;
  @Field() isPrimary: boolean;
  @Field() acceptsEmail: boolean;
}

@ObjectType('ClientAddress')
export class ClientAddressType {
  @Field(() => ID) id: string;
  @Field(() => AddressKindEnum) kind: AddressKindEnum;
  @Field(() => String, { nullable: true }) street: string | null;
  @Field(() => String, { nullable: true }) building: string | null;
  @Field(() => String, { nullable: true }) apartment: string | null;
  @Field(() => String, { nullable: true }) postalCode: string | null;
  @Field(() => String, { nullable: true }) city: string | null;
  @Field() country: string;
  @Field({ description: 'Opens the address on a map.' }) mapUrl: string;
}

@ObjectType('PartialDate', { description: 'A date whose year may be unknown (birthdays kept without the year).' })
export class PartialDateType {
  @Field(() => Int) day: number;
  @Field(() => Int) month: number;
  @Field(() => Int, { nullable: true }) year: number | null;
}

@ObjectType('DayMonth')
export class DayMonthType {
  @Field(() => Int) day: number;
  @Field(() => Int) month: number;
}

@ObjectType('BookingRestriction')
export class BookingRestrictionType {
  @Field(() => BookingModeEnum) mode: BookingModeEnum;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => String, { nullable: true }) expiresAt: string | null;
}

@ObjectType('IdentityDocuments', { description: 'Decrypted on read; every read is logged.' })
export class IdentityDocumentsType {
  @Field(() => String, { nullable: true }) idCardNumber: string | null;
  @Field(() => String, { nullable: true }) passportNumber: string | null;
}

@ObjectType('InvoiceData')
export class InvoiceDataType {
  @Field(() => ClientKindEnum) kind: ClientKindEnum;
  @Field(() => String, { nullable: true }) name: string | null;
  @Field(() => String, { nullable: true }) companyName: string | null;
  @Field(() => String, { nullable: true }) taxId: string | null;
  @Field(() => String, { nullable: true }) taxIdCountry: string | null;
  @Field(() => String, { nullable: true }) street: string | null;
  @Field(() => String, { nullable: true }) building: string | null;
  @Field(() => String, { nullable: true }) apartment: string | null;
  @Field(() => String, { nullable: true }) postalCode: string | null;
  @Field(() => String, { nullable: true }) city: string | null;
  @Field(() => String, { nullable: true }) country: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
}

@ObjectType('StaffRef', { description: 'A staff member as shown on a card.' })
export class StaffRefType {
  @Field(() => ID) id: string;
  @Field() displayName: string;
}

@ObjectType('CustomFieldValue')
export class CustomFieldValueType {
  @Field(() => ID) fieldId: string;
  @Field() key: string;
  @Field() label: string;
  @Field(() => JSONScalar, { nullable: true }) value: unknown;
}

/** The card; phones, e-mails, groups, tags and other related data come from batched field resolvers. */
@ObjectType('Client')
export class ClientType {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'Increases on every saved change; send it back with updateClient.' }) version: number;
  @Field({ description: 'Numer klienta: unique in the business, never reused.' }) number: string;
  @Field(() => ClientKindEnum) kind: ClientKindEnum;
  @Field(() => String, { nullable: true }) firstName: string | null;
  @Field(() => String, { nullable: true }) lastName: string | null;
  @Field(() => String, { nullable: true }) companyName: string | null;
  @Field() displayName: string;
  @Field(() => GenderEnum, { nullable: true }) gender: GenderEnum | null;
  @Field(() => String, { nullable: true }) preferredLanguage: string | null;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => String, { nullable: true }) remarks: string | null;
  @Field(() => String, { nullable: true, description: 'E.164 of the primary phone.' }) primaryPhone: string | null;
  @Field(() => String, { nullable: true }) primaryPhoneFormatted: string | null;
  @Field(() => String, { nullable: true }) primaryEmail: string | null;
  @Field(() => PartialDateType, { nullable: true }) birthday: PartialDateType | null;
  @Field(() => DayMonthType, { nullable: true }) nameDay: DayMonthType | null;
  @Field(() => String, { nullable: true }) loyaltyCardNumber: string | null;
  @Field(() => ClientStatusEnum) status: ClientStatusEnum;
  @Field() isSupplier: boolean;
  @Field() isConflict: boolean;
  @Field(() => BookingRestrictionType) bookingRestriction: BookingRestrictionType;
  @Field(() => Float, { nullable: true }) discountPercent: number | null;
  @Field(() => Int, { nullable: true }) onlineBookingLimit: number | null;
  @Field() blockNewsletter: boolean;
  @Field() blockAutomaticMessages: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'Profile photo (visible to the client too): a relative URL for logged-in staff of the business, null when none. PUT (JPEG, PNG or WebP, at most 5 MB) and DELETE on the same path; v changes with every new photo.',
  })
  photoUrl: string | null;
  @Field({ description: 'Whether ID card or passport data are stored (readable by owners and admins only).' })
  hasIdentityDocuments: boolean;
  @Field(() => InvoiceDataType, { nullable: true }) invoiceData: InvoiceDataType | null;
  @Field(() => CreatedViaEnum) createdVia: CreatedViaEnum;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field(() => Date, { nullable: true }) deletedAt: Date | null;

  // resolved by field resolvers from these ids
  sourceId: string | null;
  assignedStaffId: string | null;
  createdById: string | null;
  updatedById: string | null;
  customFieldValues: Record<string, unknown>;
}

@ObjectType('DuplicateCandidate')
export class DuplicateCandidateType {
  @Field(() => ClientType) client: ClientType;
  @Field(() => Float, { description: '0..1' }) score: number;
  @Field(() => [DuplicateReasonEnum]) reasons: DuplicateReasonEnum[];
}

@ObjectType('FieldChange')
export class FieldChangeType {
  @Field() field: string;
  @Field(() => JSONScalar, { nullable: true }) from: unknown;
  @Field(() => JSONScalar, { nullable: true }) to: unknown;
}

@ObjectType('TaxIdCheck')
export class TaxIdCheckType {
  @Field({ description: 'NIP, REGON, PESEL, EU_VAT or UNKNOWN.' }) kind: string;
  @Field() valid: boolean;
  @Field(() => String, { nullable: true }) normalized: string | null;
  @Field(() => String, { nullable: true }) country: string | null;
  @Field(() => String, { nullable: true, description: 'Why it is invalid (a field issue code).' }) reason: string | null;
  @Field(() => String, { nullable: true, description: 'PESEL: the birth date it encodes.' }) birthDate: string | null;
}
