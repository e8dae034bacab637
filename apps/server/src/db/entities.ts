import { ClassificationEntities } from '../modules/classification/classification.entities.index';
import { ClientEntity } from '../modules/client/client.entity';
import {
  ClientAddressEntity, ClientEmailEntity, ClientGroupEntity, ClientPhoneEntity, ClientTagEntity,
} from '../modules/client/client-children.entities';
import { ConsentPurposeEntity, ConsentRecordEntity } from '../modules/consent/consent.entities';
import { InvitationEntity } from '../modules/staff/invitation.entity';
import { MembershipEntity } from '../modules/staff/membership.entity';
import { SessionEntity } from '../modules/staff/session.entity';
import { StaffAccountEntity } from '../modules/staff/staff-account.entity';
import { TenantEntity } from '../modules/tenant/tenant.entity';

export const ENTITIES = [
  TenantEntity, StaffAccountEntity, MembershipEntity, SessionEntity, InvitationEntity,
  ...ClassificationEntities,
  ClientEntity, ClientPhoneEntity, ClientEmailEntity, ClientAddressEntity, ClientGroupEntity, ClientTagEntity,
  ConsentPurposeEntity, ConsentRecordEntity,
];
