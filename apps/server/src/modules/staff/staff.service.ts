import {
  acceptInvitationSchema, assertCan, canSetRole, DomainError, inviteStaffSchema, parseWith, updateStaffMemberSchema,
  type AcceptInvitationInput, type InviteStaffInput, type UpdateStaffMemberInput,
} from '@kartoteka/domain';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { inTenant, inUnscoped } from '../../db/tenant-scope';
import type { StaffViewer, Viewer } from '../../graphql/context';
import { TenantEntity } from '../tenant/tenant.entity';
import type { AuthService, NewSession } from './auth.service';
import { hashPassword } from './password-hasher';
import { hashToken } from './session-token';
import { staffRepository as repo, type StaffMemberRow } from './staff.repository';

const INVITATION_TTL_DAYS = 7;

export class StaffService {
  constructor(private readonly ds: DataSource, private readonly auth: AuthService) {}

  businessOf(viewer: Viewer): Promise<TenantEntity> {
    return inTenant(this.ds, viewer, async (em) => {
      const tenant = await em.getRepository(TenantEntity).findOne({ where: { id: viewer.tenantId } });
      if (!tenant) throw new DomainError('NOT_FOUND', 'Business not found.');
      return tenant;
    });
  }

  listStaff(viewer: StaffViewer): Promise<StaffMemberRow[]> {
    assertCan(viewer.role, 'staff:read');
    return inTenant(this.ds, viewer, (em) => repo.listStaff(em, viewer.tenantId));
  }

  async invite(viewer: StaffViewer, raw: InviteStaffInput) {
    assertCan(viewer.role, 'staff:invite');
    const input = parseWith(inviteStaffSchema, raw);
    if (!canSetRole(viewer.role, null, input.role)) {
      throw new DomainError('FORBIDDEN', 'Only an owner can invite another owner.');
    }
    const token = randomBytes(24).toString('base64url');
    const invitation = await inTenant(this.ds, viewer, async (em) => {
      const staff = await repo.listStaff(em, viewer.tenantId);
      if (staff.some((s) => s.email.toLowerCase() === input.email.toLowerCase())) {
        throw new DomainError('ALREADY_EXISTS', 'This person already works in this business.', [
          { path: ['email'], code: 'DUPLICATE', message: 'Already a staff member.' },
        ]);
      }
      return repo.createInvitation(em, {
        tenantId: viewer.tenantId, email: input.email, displayName: input.displayName, role: input.role,
        acceptsVisits: input.acceptsVisits, tokenHash: hashToken(token), invitedById: viewer.membershipId,
        expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000),
      });
    });
    return { ...invitation, token };
  }

  listInvitations(viewer: StaffViewer) {
    assertCan(viewer.role, 'staff:invite');
    return inTenant(this.ds, viewer, (em) => repo.listOpenInvitations(em, viewer.tenantId));
  }

  /**
   * Accepting creates the account (or joins an existing one, which must then prove its password) and the
   * membership, then logs the person in. The token hash is the only key that opens the invitation row.
   */
  async accept(raw: AcceptInvitationInput): Promise<NewSession> {
    const input = parseWith(acceptInvitationSchema, raw);
    const tokenHash = hashToken(input.token);
    const invitation = await inUnscoped(this.ds, { 'app.invite_token_hash': tokenHash }, (em) => repo.findOpenInvitation(em, tokenHash));
    if (!invitation) throw new DomainError('NOT_FOUND', 'This invitation is unknown, used or expired.');
    const existing = await inUnscoped(this.ds, {}, (em) => repo.findAccountByEmail(em, invitation.email));
    const passwordHash = existing ? null : await hashPassword(input.password);
    await inTenant(this.ds, { tenantId: invitation.tenantId }, async (em) => {
      const account = existing ?? await repo.createAccount(em, {
        email: invitation.email, displayName: input.displayName ?? invitation.displayName, passwordHash,
      });
      await repo.createMembership(em, {
        tenantId: invitation.tenantId, accountId: account.id, role: invitation.role, acceptsVisits: invitation.acceptsVisits,
      });
      await repo.markInvitationAccepted(em, invitation.id);
    });
    return this.auth.login({ email: invitation.email, password: input.password, businessId: invitation.tenantId }, 'invitation');
  }

  async update(viewer: StaffViewer, raw: UpdateStaffMemberInput): Promise<StaffMemberRow> {
    const input = parseWith(updateStaffMemberSchema, raw);
    assertCan(viewer.role, input.role ? 'staff:setRole' : 'staff:invite');
    return inTenant(this.ds, viewer, async (em) => {
      const target = await repo.findMembership(em, viewer.tenantId, input.id);
      if (!target) throw new DomainError('NOT_FOUND', 'Staff member not found.');
      if ((input.role && !canSetRole(viewer.role, target.role, input.role)) || (target.role === 'OWNER' && viewer.role !== 'OWNER')) {
        throw new DomainError('FORBIDDEN', 'Only an owner can change an owner or make someone an owner.');
      }
      const demotesOwner = target.role === 'OWNER' && ((input.role && input.role !== 'OWNER') || input.isActive === false);
      if (demotesOwner && (await repo.countOwners(em, viewer.tenantId)) <= 1) {
        throw new DomainError('INVALID_STATE', 'A business needs at least one active owner.');
      }
      await repo.updateMembership(em, viewer.tenantId, target.id, {
        ...(input.role ? { role: input.role } : {}),
        ...(input.acceptsVisits !== undefined ? { acceptsVisits: input.acceptsVisits } : {}),
        ...(input.isActive !== undefined ? { isActive: input.isActive } : {}),
      });
      const staff = await repo.listStaff(em, viewer.tenantId);
      return staff.find((s) => s.membershipId === target.id)!;
    });
  }
}
