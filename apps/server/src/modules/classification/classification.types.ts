import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UUIDScalar } from '../../graphql/common/scalars';

export enum CustomFieldTypeEnum { TEXT = 'TEXT', NUMBER = 'NUMBER', DATE = 'DATE', BOOLEAN = 'BOOLEAN', SINGLE_CHOICE = 'SINGLE_CHOICE', MULTI_CHOICE = 'MULTI_CHOICE' }
export enum AppliesToEnum { ALL = 'ALL', PERSON = 'PERSON', COMPANY = 'COMPANY' }
export enum MembershipChangeEnum { ADD = 'ADD', REMOVE = 'REMOVE' }
registerEnumType(CustomFieldTypeEnum, { name: 'CustomFieldType' });
registerEnumType(AppliesToEnum, { name: 'CustomFieldAppliesTo' });
registerEnumType(MembershipChangeEnum, { name: 'MembershipChange' });

@ObjectType('Group', { description: 'A client group such as "Stali klienci" or "Alergicy".' })
export class GroupType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) color: string | null;
}

@ObjectType('Tag')
export class TagType {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType('Source', { description: 'Where the client heard of the business ("skąd klient dowiedział się o nas").' })
export class SourceType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() isArchived: boolean;
}

@ObjectType('PhoneType', { description: 'A business-defined phone type, besides MOBILE, WORK and HOME.' })
export class PhoneTypeType {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType('CustomFieldDefinition')
export class CustomFieldDefinitionType {
  @Field(() => ID) id: string;
  @Field() key: string;
  @Field() label: string;
  @Field(() => CustomFieldTypeEnum) type: CustomFieldTypeEnum;
  @Field(() => [String]) options: string[];
  @Field() required: boolean;
  @Field(() => AppliesToEnum) appliesTo: AppliesToEnum;
  @Field(() => Int) position: number;
  @Field() isArchived: boolean;
}

@InputType()
export class CustomFieldDefinitionInput {
  @Field(() => UUIDScalar, { nullable: true }) id?: string;
  @Field({ nullable: true, description: 'Stable key (letters, digits, _); generated from the label when omitted.' }) key?: string;
  @Field() label: string;
  @Field(() => CustomFieldTypeEnum) type: CustomFieldTypeEnum;
  @Field(() => [String], { nullable: true }) options?: string[];
  @Field({ defaultValue: false }) required: boolean;
  @Field(() => AppliesToEnum, { nullable: true }) appliesTo?: AppliesToEnum;
  @Field({ nullable: true }) isArchived?: boolean;
}
