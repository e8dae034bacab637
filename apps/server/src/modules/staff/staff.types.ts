import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UUIDScalar } from '../../graphql/common/scalars';
import { RoleEnum } from '../../graphql/common/enums';

@ObjectType({ description: 'What the logged-in staff member may do; the admin shows or hides actions from this.' })
export class ViewerCan {
  @Field() readClients: boolean;
  @Field() createClients: boolean;
  @Field() updateClients: boolean;
  @Field() deleteClients: boolean;
  @Field() restoreClients: boolean;
  @Field() bulkUpdateClients: boolean;
  @Field() readIdentityDocuments: boolean;
  @Field() recordConsents: boolean;
  @Field() manageClassification: boolean;
  @Field() readStaff: boolean;
  @Field() inviteStaff: boolean;
  @Field() setStaffRoles: boolean;
  @Field() manageBusiness: boolean;
  @Field() manageApiKeys: boolean;
  @Field() manageWebhooks: boolean;
  @Field() runImports: boolean;
  @Field() runExports: boolean;
}

@ObjectType('Business')
export class BusinessType {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType('Viewer', { description: 'The logged-in staff member in the business of this session.' })
export class ViewerType {
  @Field(() => ID, { description: 'The membership id (the staff member within this business).' }) id: string;
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => RoleEnum) role: RoleEnum;
  @Field(() => BusinessType) business: BusinessType;
  @Field(() => ViewerCan) can: ViewerCan;
}

@ObjectType('StaffMember')
export class StaffMemberType {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => RoleEnum) role: RoleEnum;
  @Field({ description: 'Accepts visits: can be assigned to clients as their preferred or responsible person.' })
  acceptsVisits: boolean;
  @Field() isActive: boolean;
  @Field() createdAt: Date;
}

@ObjectType('Invitation')
export class InvitationType {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => RoleEnum) role: RoleEnum;
  @Field() expiresAt: Date;
  @Field({ nullable: true, description: 'Only in the answer to inviteStaff: the one-time token to send to the person.' })
  token?: string;
}

@InputType()
export class SignUpInput {
  @Field() businessName: string;
  @Field() email: string;
  @Field() password: string;
  @Field({ nullable: true }) displayName?: string;
}

@InputType()
export class LoginInput {
  @Field() email: string;
  @Field() password: string;
  @Field(() => UUIDScalar, { nullable: true, description: 'For accounts in several businesses: which one to open.' })
  businessId?: string;
}

@InputType()
export class InviteStaffInput {
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => RoleEnum) role: RoleEnum;
  @Field({ defaultValue: false }) acceptsVisits: boolean;
}

@InputType()
export class AcceptInvitationInput {
  @Field() token: string;
  @Field() password: string;
  @Field({ nullable: true }) displayName?: string;
}

@InputType()
export class UpdateStaffMemberInput {
  @Field(() => UUIDScalar) id: string;
  @Field(() => RoleEnum, { nullable: true }) role?: RoleEnum;
  @Field({ nullable: true }) acceptsVisits?: boolean;
  @Field({ nullable: true }) isActive?: boolean;
}
