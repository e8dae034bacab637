import { Field, Float, InputType, Int } from 'type-graphql';
import { JSONScalar, UUIDScalar } from '../../graphql/common/scalars';
import { AddressKindEnum, BookingModeEnum, ClientKindEnum, GenderEnum } from './client.enums';

@InputType()
export class PhoneInput {
  @Field(() => UUIDScalar, { nullable: true }) id?: string;
  @Field({ description: 'Any common format: "600 100 200", "+48 600-100-200", "0048…"; stored as E.164.' }) number: string;
  @Field({ nullable: true, description: 'MOBILE, WORK, HOME or the id of a business-defined phone type.' }) typeKey?: string;
  @Field({ nullable: true }) isPrimary?: boolean;
  @Field({ nullable: true }) sms?: boolean;
  @Field({ nullable: true }) whatsapp?: boolean;
  @Field({ nullable: true }) viber?: boolean;
}

@InputType()
export class EmailInput {
  @Field(() => UUIDScalar, { nullable: true }) id?: string;
  @Field() address: string;
  @Field({ nullable: true }) isPrimary?: boolean;
  @Field({ nullable: true, description: 'Agrees to receive e-mail at this address.' }) acceptsEmail?: boolean;
}

@InputType()
export class AddressInput {
  @Field(() => UUIDScalar, { nullable: true }) id?: string;
  @Field(() => AddressKindEnum) kind: AddressKindEnum;
  @Field({ nullable: true }) street?: string;
  @Field({ nullable: true }) building?: string;
  @Field({ nullable: true }) apartment?: string;
  @Field({ nullable: true }) postalCode?: string;
  @Field({ nullable: true }) city?: string;
  @Field({ nullable: true, description: 'ISO 3166-1 alpha-2; PL by default.' }) country?: string;
}

@InputType()
export class PartialDateInput {
  @Field(() => Int) day: number;
  @Field(() => Int) month: number;
  @Field(() => Int, { nullable: true, description: 'Optional: a birthday may be kept without the year.' }) year?: number | null;
}

@InputType()
export class DayMonthInput {
  @Field(() => Int) day: number;
  @Field(() => Int) month: number;
}

@InputType()
export class BookingRestrictionInput {
  @Field(() => BookingModeEnum) mode: BookingModeEnum;
  @Field({ nullable: true }) reason?: string;
  @Field({ nullable: true, description: 'YYYY-MM-DD; the restriction ends after this day.' }) expiresAt?: string;
}

@InputType()
export class IdentityDocumentsInput {
  @Field(() => String, { nullable: true }) idCardNumber?: string | null;
  @Field(() => String, { nullable: true }) passportNumber?: string | null;
}

@InputType()
export class InvoiceDataInput {
  @Field(() => ClientKindEnum) kind: ClientKindEnum;
  @Field({ nullable: true, description: 'Full name, for a person.' }) name?: string;
  @Field({ nullable: true }) companyName?: string;
  @Field({ nullable: true, description: 'NIP or EU VAT number; a country prefix is accepted.' }) taxId?: string;
  @Field({ nullable: true, description: 'Prefix of the VAT number: PL, DE, EL, XI, …' }) taxIdCountry?: string;
  @Field({ nullable: true }) street?: string;
  @Field({ nullable: true }) building?: string;
  @Field({ nullable: true }) apartment?: string;
  @Field({ nullable: true }) postalCode?: string;
  @Field({ nullable: true }) city?: string;
  @Field({ nullable: true }) country?: string;
  @Field({ nullable: true }) email?: string;
}

@InputType()
export class CustomFieldValueInput {
  @Field(() => UUIDScalar) fieldId: string;
  @Field(() => JSONScalar, { nullable: true }) value: unknown;
}

@InputType()
export class ConsentChoiceInput {
  @Field() purposeKey: string;
  @Field() granted: boolean;
}

/** The fields shared by create and update; on update every field is optional (absent = unchanged, null = clear). */
@InputType('ClientCardFields')
class ClientCardFields {
  @Field(() => String, { nullable: true }) firstName?: string | null;
  @Field(() => String, { nullable: true }) lastName?: string | null;
  @Field(() => String, { nullable: true }) companyName?: string | null;
  @Field(() => GenderEnum, { nullable: true }) gender?: GenderEnum | null;
  @Field(() => String, { nullable: true, description: 'ISO 639-1, e.g. pl, en, uk.' }) preferredLanguage?: string | null;
  @Field(() => String, { nullable: true, description: 'Shown to staff wherever the client appears.' }) description?: string | null;
  @Field(() => String, { nullable: true, description: 'Uwagi.' }) remarks?: string | null;
  @Field(() => [PhoneInput], { nullable: true }) phones?: PhoneInput[];
  @Field(() => [EmailInput], { nullable: true }) emails?: EmailInput[];
  @Field(() => [AddressInput], { nullable: true }) addresses?: AddressInput[];
  @Field(() => PartialDateInput, { nullable: true }) birthday?: PartialDateInput | null;
  @Field(() => DayMonthInput, { nullable: true }) nameDay?: DayMonthInput | null;
  @Field(() => String, { nullable: true, description: 'Generated when omitted on create; unique in the business.' }) clientNumber?: string | null;
  @Field(() => String, { nullable: true }) loyaltyCardNumber?: string | null;
  @Field(() => [UUIDScalar], { nullable: true }) groupIds?: string[];
  @Field(() => [String], { nullable: true, description: 'Tag names; unknown tags are created.' }) tags?: string[];
  @Field(() => UUIDScalar, { nullable: true }) sourceId?: string | null;
  @Field(() => UUIDScalar, { nullable: true, description: 'A staff member (membership id) who accepts visits.' }) assignedStaffId?: string | null;
  @Field({ nullable: true }) isSupplier?: boolean;
  @Field({ nullable: true }) isConflict?: boolean;
  @Field(() => BookingRestrictionInput, { nullable: true }) bookingRestriction?: BookingRestrictionInput | null;
  @Field(() => Float, { nullable: true }) discountPercent?: number | null;
  @Field(() => Int, { nullable: true }) onlineBookingLimit?: number | null;
  @Field({ nullable: true }) blockNewsletter?: boolean;
  @Field({ nullable: true }) blockAutomaticMessages?: boolean;
  @Field(() => IdentityDocumentsInput, { nullable: true }) identityDocuments?: IdentityDocumentsInput | null;
  @Field(() => InvoiceDataInput, { nullable: true }) invoiceData?: InvoiceDataInput | null;
  @Field(() => [CustomFieldValueInput], { nullable: true }) customFields?: CustomFieldValueInput[];
}

@InputType()
export class CreateClientInput extends ClientCardFields {
  @Field(() => ClientKindEnum, { nullable: true, defaultValue: ClientKindEnum.PERSON }) kind?: ClientKindEnum;
  @Field(() => [ConsentChoiceInput], { nullable: true, description: 'Consents collected outside the system.' })
  consents?: ConsentChoiceInput[];
}

@InputType()
export class UpdateClientInput extends ClientCardFields {
  @Field(() => UUIDScalar) id: string;
  @Field(() => Int, { description: 'The version that was read; a newer saved version gives VERSION_CONFLICT.' }) version: number;
  @Field(() => ClientKindEnum, { nullable: true }) kind?: ClientKindEnum;
}

@InputType()
export class QuickCreateClientInput {
  @Field(() => ClientKindEnum, { nullable: true }) kind?: ClientKindEnum;
  @Field({ nullable: true }) firstName?: string;
  @Field({ nullable: true }) lastName?: string;
  @Field({ nullable: true }) companyName?: string;
  @Field({ nullable: true }) phone?: string;
  @Field({ nullable: true }) email?: string;
  @Field(() => [ConsentChoiceInput], { nullable: true }) consents?: ConsentChoiceInput[];
}
