import { viewerCan } from '@kartoteka/domain';
import type { StaffViewer } from '../../graphql/context';
import type { RoleEnum } from '../../graphql/common/enums';
import type { TenantEntity } from '../tenant/tenant.entity';
import type { StaffMemberRow } from './staff.repository';
import type { StaffMemberType, ViewerCan, ViewerType } from './staff.types';

export function mapViewerCan(role: StaffViewer['role']): ViewerCan {
  const can = viewerCan(role);
  return {
    readClients: can['client:read'],
    createClients: can['client:create'],
    updateClients: can['client:update'],
    deleteClients: can['client:delete'],
    restoreClients: can['client:restore'],
    bulkUpdateClients: can['client:bulkUpdate'],
    readIdentityDocuments: can['client:readIdentityDocuments'],
    recordConsents: can['consent:record'],
    manageClassification: can['classification:manage'],
    readStaff: can['staff:read'],
    inviteStaff: can['staff:invite'],
    setStaffRoles: can['staff:setRole'],
    manageBusiness: can['tenant:manage'],
    manageApiKeys: can['apiKey:manage'],
    manageWebhooks: can['webhook:manage'],
    runImports: can['import:run'],
    runExports: can['export:run'],
  };
}

export function mapViewer(viewer: StaffViewer, business: TenantEntity): ViewerType {
  return {
    id: viewer.membershipId,
    email: viewer.email,
    displayName: viewer.displayName,
    role: viewer.role as RoleEnum,
    business: { id: business.id, name: business.name },
    can: mapViewerCan(viewer.role),
  };
}

export function mapStaffMember(row: StaffMemberRow): StaffMemberType {
  return {
    id: row.membershipId, email: row.email, displayName: row.displayName, role: row.role as RoleEnum,
    acceptsVisits: row.acceptsVisits, isActive: row.isActive, createdAt: row.createdAt,
  };
}
