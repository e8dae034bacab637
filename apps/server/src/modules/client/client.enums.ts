import { registerEnumType } from 'type-graphql';

export enum ClientKindEnum { PERSON = 'PERSON', COMPANY = 'COMPANY' }
export enum GenderEnum { FEMALE = 'FEMALE', MALE = 'MALE', OTHER = 'OTHER' }
export enum ClientStatusEnum { ACTIVE = 'ACTIVE', INACTIVE = 'INACTIVE' }
export enum AddressKindEnum { RESIDENCE = 'RESIDENCE', CORRESPONDENCE = 'CORRESPONDENCE', REGISTRATION = 'REGISTRATION', WORK = 'WORK' }
export enum BookingModeEnum { ALLOW = 'ALLOW', REQUIRE_APPROVAL = 'REQUIRE_APPROVAL', BLOCKED = 'BLOCKED' }
export enum CreatedViaEnum { STAFF_FORM = 'STAFF_FORM', QUICK_ADD = 'QUICK_ADD', IMPORT = 'IMPORT', API = 'API', ONLINE_FORM = 'ONLINE_FORM' }
export enum ClientSortFieldEnum { NAME = 'NAME', NUMBER = 'NUMBER', CREATED_AT = 'CREATED_AT', UPDATED_AT = 'UPDATED_AT' }
export enum SortDirectionEnum { ASC = 'ASC', DESC = 'DESC' }
export enum DuplicateReasonEnum { SAME_PHONE = 'SAME_PHONE', SAME_EMAIL = 'SAME_EMAIL', SAME_TAX_ID = 'SAME_TAX_ID', SIMILAR_NAME = 'SIMILAR_NAME', SAME_NAME = 'SAME_NAME' }
export enum StatusFilterEnum { ACTIVE = 'ACTIVE', INACTIVE = 'INACTIVE', ALL = 'ALL' }

registerEnumType(ClientKindEnum, { name: 'ClientKind', description: 'Osoba fizyczna (PERSON) or Firma (COMPANY).' });
registerEnumType(GenderEnum, { name: 'Gender' });
registerEnumType(ClientStatusEnum, { name: 'ClientStatus', description: 'Inactive clients are hidden from default lists, never blocked.' });
registerEnumType(AddressKindEnum, { name: 'AddressKind', description: 'Zamieszkania, korespondencyjny, zameldowania, miejsca pracy.' });
registerEnumType(BookingModeEnum, { name: 'BookingMode' });
registerEnumType(CreatedViaEnum, { name: 'CreatedVia', description: 'How the card was created.' });
registerEnumType(ClientSortFieldEnum, { name: 'ClientSortField' });
registerEnumType(SortDirectionEnum, { name: 'SortDirection' });
registerEnumType(DuplicateReasonEnum, { name: 'DuplicateReason' });
registerEnumType(StatusFilterEnum, { name: 'StatusFilter' });
