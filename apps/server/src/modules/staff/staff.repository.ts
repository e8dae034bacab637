import type { Role } from '@kartoteka/domain';
import type { EntityManager } from 'typeorm';
import { InvitationEntity } from './invitation.entity';
import { MembershipEntity } from './membership.entity';
import { SessionEntity } from './session.entity';
import { StaffAccountEntity } from './staff-account.entity';

export interface SessionRow {
  sessionId: string;
  accountId: string;
  tenantId: string;
  membershipId: string;
  role: Role;
  email: string;
  displayName: string;
  expiresAt: Date;
  lastSeenAt: Date;
}

export interface StaffMemberRow {
  membershipId: string;
  accountId: string;
  email: string;
  displayName: string;
  role: Role;
  acceptsVisits: boolean;
  isActive: boolean;
  createdAt: Date;
}

export const staffRepository = {
  findAccountByEmail(em: EntityManager, email: string): Promise<StaffAccountEntity | null> {
    return em.getRepository(StaffAccountEntity).findOne({ where: { email } });
  },

  createAccount(em: EntityManager, data: Pick<StaffAccountEntity, 'email' | 'displayName' | 'passwordHash'>) {
    return em.getRepository(StaffAccountEntity).save(em.getRepository(StaffAccountEntity).create(data));
  },

  async recordFailedLogin(em: EntityManager, accountId: string, failures: number, lockedUntil: Date | null): Promise<void> {
    await em.query(
      `update staff_accounts set failed_login_count = $2, last_failed_login_at = now(), locked_until = $3 where id = $1`,
      [accountId, failures, lockedUntil],
    );
  },

  async resetFailedLogins(em: EntityManager, accountId: string): Promise<void> {
    await em.query(`update staff_accounts set failed_login_count = 0, locked_until = null where id = $1`, [accountId]);
  },

  /** Active memberships of one account (row-level security lets app.account_id see them across businesses). */
  listMembershipsOfAccount(em: EntityManager, accountId: string): Promise<MembershipEntity[]> {
    return em.getRepository(MembershipEntity).find({ where: { accountId, isActive: true }, order: { createdAt: 'ASC' } });
  },

  createMembership(em: EntityManager, data: Pick<MembershipEntity, 'tenantId' | 'accountId' | 'role' | 'acceptsVisits'>) {
    return em.getRepository(MembershipEntity).save(em.getRepository(MembershipEntity).create(data));
  },

  createSession(em: EntityManager, data: Pick<SessionEntity, 'tokenHash' | 'accountId' | 'tenantId' | 'expiresAt'>) {
    return em.getRepository(SessionEntity).save(em.getRepository(SessionEntity).create(data));
  },

  async deleteSession(em: EntityManager, tokenHash: string): Promise<void> {
    await em.getRepository(SessionEntity).delete({ tokenHash });
  },

  /** The live session row; sessions are global (looked up before the business is known). */
  /** The live session behind a token hash and its active staff member, or null (app_session_viewer). */
  async findSessionViewer(db: Pick<EntityManager, 'query'>, tokenHash: string): Promise<SessionRow | null> {
    const rows: SessionRow[] = await db.query(`select * from app_session_viewer($1)`, [tokenHash]);
    return rows[0] ?? null;
  },

  async touchSession(em: EntityManager, sessionId: string): Promise<void> {
    await em.query(`update sessions set last_seen_at = now() where id = $1`, [sessionId]);
  },

  listStaff(em: EntityManager, tenantId: string): Promise<StaffMemberRow[]> {
    return em.query(
      `select m.id as "membershipId", a.id as "accountId", a.email, a.display_name as "displayName", m.role,
              m.accepts_visits as "acceptsVisits", m.is_active as "isActive", m.created_at as "createdAt"
         from memberships m join staff_accounts a on a.id = m.account_id
        where m.tenant_id = $1 order by a.display_name, a.email`,
      [tenantId],
    );
  },

  findMembership(em: EntityManager, tenantId: string, membershipId: string): Promise<MembershipEntity | null> {
    return em.getRepository(MembershipEntity).findOne({ where: { tenantId, id: membershipId } });
  },

  async updateMembership(em: EntityManager, tenantId: string, membershipId: string, patch: Partial<Pick<MembershipEntity, 'role' | 'acceptsVisits' | 'isActive'>>) {
    await em.getRepository(MembershipEntity).update({ tenantId, id: membershipId }, patch);
  },

  async countOwners(em: EntityManager, tenantId: string): Promise<number> {
    const rows: { n: string }[] = await em.query(
      `select count(*) as n from memberships where tenant_id = $1 and role = 'OWNER' and is_active`, [tenantId]);
    return Number(rows[0]?.n ?? 0);
  },

  createInvitation(em: EntityManager, data: Omit<InvitationEntity, 'id' | 'createdAt' | 'acceptedAt'>) {
    return em.getRepository(InvitationEntity).save(em.getRepository(InvitationEntity).create({ ...data, acceptedAt: null }));
  },

  findOpenInvitation(em: EntityManager, tokenHash: string): Promise<InvitationEntity | null> {
    return em.getRepository(InvitationEntity).createQueryBuilder('i')
      .where('i.token_hash = :tokenHash and i.accepted_at is null and i.expires_at > now()', { tokenHash })
      .getOne();
  },

  async markInvitationAccepted(em: EntityManager, id: string): Promise<void> {
    await em.getRepository(InvitationEntity).update({ id }, { acceptedAt: new Date() });
  },

  listOpenInvitations(em: EntityManager, tenantId: string): Promise<InvitationEntity[]> {
    return em.getRepository(InvitationEntity).createQueryBuilder('i')
      .where('i.tenant_id = :tenantId and i.accepted_at is null and i.expires_at > now()', { tenantId })
      .orderBy('i.created_at', 'DESC').getMany();
  },
};
