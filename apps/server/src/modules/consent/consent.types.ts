import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UUIDScalar } from '../../graphql/common/scalars';

export enum ConsentMethodEnum {
  STAFF_OUTSIDE_SYSTEM = 'STAFF_OUTSIDE_SYSTEM', ONLINE_FORM = 'ONLINE_FORM', IMPORT = 'IMPORT', API = 'API',
}
registerEnumType(ConsentMethodEnum, {
  name: 'ConsentMethod',
  description: 'How a consent was collected. Staff may only record consents collected outside the system.',
});

@ObjectType('ConsentPurpose')
export class ConsentPurposeType {
  @Field(() => ID) id: string;
  @Field() key: string;
  @Field() name: string;
  @Field({ description: 'The exact wording shown to the client.' }) wording: string;
  @Field(() => Int) wordingVersion: number;
  @Field() isBuiltin: boolean;
  @Field() isArchived: boolean;
}

@ObjectType('ConsentState', { description: 'The current state of one purpose, derived from the ledger.' })
export class ConsentStateType {
  @Field(() => ConsentPurposeType) purpose: ConsentPurposeType;
  @Field() granted: boolean;
  @Field(() => Date, { nullable: true }) since: Date | null;
  @Field(() => ConsentMethodEnum, { nullable: true }) method: ConsentMethodEnum | null;
  @Field(() => Int, { nullable: true }) wordingVersion: number | null;
}

@ObjectType('ConsentRecord', { description: 'One append-only ledger record: a grant or a withdrawal.' })
export class ConsentRecordType {
  @Field(() => ID) id: string;
  @Field() purposeKey: string;
  @Field() granted: boolean;
  @Field(() => ConsentMethodEnum) method: ConsentMethodEnum;
  @Field() wording: string;
  @Field(() => Int) wordingVersion: number;
  @Field(() => String, { nullable: true }) evidence: string | null;
  @Field(() => String, { nullable: true }) ip: string | null;
  @Field(() => String, { nullable: true }) userAgent: string | null;
  @Field() recordedAt: Date;
  recordedById: string | null;
}

@InputType()
export class RecordConsentInput {
  @Field(() => UUIDScalar) clientId: string;
  @Field() purposeKey: string;
  @Field() granted: boolean;
  @Field(() => ConsentMethodEnum, { defaultValue: ConsentMethodEnum.STAFF_OUTSIDE_SYSTEM }) method: ConsentMethodEnum;
  @Field({ nullable: true, description: 'Where the proof is: "paper form in the binder 2026/11", an import file…' }) evidence?: string;
}

@InputType()
export class ConsentPurposeInput {
  @Field(() => UUIDScalar, { nullable: true }) id?: string;
  @Field({ nullable: true, description: 'UPPER_SNAKE key; fixed once created.' }) key?: string;
  @Field() name: string;
  @Field() wording: string;
  @Field({ nullable: true }) isArchived?: boolean;
}
