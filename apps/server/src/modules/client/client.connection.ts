import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { BookingModeEnum, ClientKindEnum, ClientSortFieldEnum, SortDirectionEnum, StatusFilterEnum } from './client.enums';
import { DayMonthInput } from './client.inputs';
import { ClientType } from './client.types';
import { JSONScalar, UUIDScalar } from '../../graphql/common/scalars';

@ObjectType('ClientEdge')
export class ClientEdgeType {
  @Field() cursor: string;
  @Field(() => ClientType) node: ClientType;
}

@ObjectType('PageInfo')
export class PageInfoType {
  @Field() hasNextPage: boolean;
  @Field() hasPreviousPage: boolean;
  @Field(() => String, { nullable: true }) startCursor: string | null;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ObjectType('BoundedCount', { description: 'Matches counted up to a bound.' })
export class BoundedCountType {
  @Field(() => Int, { description: 'The matches counted: all of them when `exact`, otherwise the bound (more match).' }) value: number;
  @Field({ description: 'True when every match was counted; false when more match than the bound.' }) exact: boolean;
}

@ObjectType('ClientConnection')
export class ClientConnectionType {
  @Field(() => [ClientEdgeType]) edges: ClientEdgeType[];
  @Field(() => PageInfoType) pageInfo: PageInfoType;
  /** Filled by a field resolver, only when asked for. */
  countTotal: () => Promise<number>;
  countUpTo: (atMost: number | null | undefined) => Promise<BoundedCountType>;
}

@InputType()
export class CustomFieldFilterInput {
  @Field(() => UUIDScalar) fieldId: string;
  @Field(() => JSONScalar) value: unknown;
}

@InputType()
export class ClientFilterInput {
  @Field(() => StatusFilterEnum, { nullable: true, description: 'ACTIVE by default: inactive clients are hidden unless asked for.' })
  status?: StatusFilterEnum;
  @Field({ nullable: true, description: 'Only soft-deleted clients (the bin), to restore them.' }) deleted?: boolean;
  @Field(() => ClientKindEnum, { nullable: true }) kind?: ClientKindEnum;
  @Field(() => [UUIDScalar], { nullable: true, description: 'Clients in any of these groups.' }) groupIds?: string[];
  @Field(() => [UUIDScalar], { nullable: true, description: 'Clients with any of these tags.' }) tagIds?: string[];
  @Field(() => [UUIDScalar], { nullable: true }) sourceIds?: string[];
  @Field(() => [UUIDScalar], { nullable: true }) assignedStaffIds?: string[];
  @Field({ nullable: true, description: 'Dostawcy.' }) isSupplier?: boolean;
  @Field({ nullable: true, description: 'Konfliktowi.' }) isConflict?: boolean;
  @Field(() => [BookingModeEnum], { nullable: true }) bookingModes?: BookingModeEnum[];
  @Field(() => [String], { nullable: true, description: 'Consent purpose keys that must all be granted now.' }) hasConsents?: string[];
  @Field(() => DayMonthInput, { nullable: true }) birthdayFrom?: DayMonthInput;
  @Field(() => DayMonthInput, { nullable: true }) birthdayTo?: DayMonthInput;
  @Field({ nullable: true }) createdFrom?: Date;
  @Field({ nullable: true }) createdTo?: Date;
  @Field(() => [CustomFieldFilterInput], { nullable: true }) customFields?: CustomFieldFilterInput[];
}

@InputType()
export class ClientOrderInput {
  @Field(() => ClientSortFieldEnum, { defaultValue: ClientSortFieldEnum.NAME }) field: ClientSortFieldEnum;
  @Field(() => SortDirectionEnum, { defaultValue: SortDirectionEnum.ASC }) direction: SortDirectionEnum;
}

@InputType()
export class DuplicateProbeInput {
  @Field(() => ClientKindEnum, { nullable: true }) kind?: ClientKindEnum;
  @Field({ nullable: true }) firstName?: string;
  @Field({ nullable: true }) lastName?: string;
  @Field({ nullable: true }) companyName?: string;
  @Field(() => [String], { nullable: true }) phones?: string[];
  @Field(() => [String], { nullable: true }) emails?: string[];
  @Field({ nullable: true }) taxId?: string;
  @Field(() => UUIDScalar, { nullable: true, description: 'The card being edited, so it does not match itself.' }) excludeId?: string;
}

