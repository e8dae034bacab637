import {
  DomainError, loginSchema, parseWith, signUpSchema, LOGIN_LOCK_MINUTES, shouldLockAfterFailure, shouldResetFailures,
  type LoginInput, type SignUpInput,
} from '@kartoteka/domain';
import { randomUUID } from 'node:crypto';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { RequestReads } from '../../db/request-reads';
import { inTenant, inUnscoped } from '../../db/tenant-scope';
import type { StaffViewer } from '../../graphql/context';
import { createTenantRecords } from '../tenant/tenant.service';
import { burnPasswordCheck, hashPassword, verifyPassword } from './password-hasher';
import { hashToken, newSessionToken } from './session-token';
import { staffRepository as repo, type SessionRow } from './staff.repository';

export interface NewSession {
  token: string;
  expiresAt: Date;
  viewer: StaffViewer;
}

/**
 * Staff sign-up, login and sessions. Two brakes on password guessing: a per-(IP, e-mail) rate limit answered
 * before any hashing (RATE_LIMITED), and the domain's lockout rule stored on the account (ACCOUNT_LOCKED).
 */
export class AuthService {
  private readonly limiter = new RateLimiterMemory({ points: 10, duration: 15 * 60 });

  constructor(private readonly ds: DataSource, private readonly sessionTtlHours: number) {}

  async signUp(raw: SignUpInput): Promise<NewSession> {
    const input = parseWith(signUpSchema, raw);
    const passwordHash = await hashPassword(input.password);
    const tenantId = randomUUID();
    const result = await inTenant(this.ds, { tenantId }, async (em) => {
      if (await repo.findAccountByEmail(em, input.email)) {
        throw new DomainError('ALREADY_EXISTS', 'An account with this e-mail already exists.', [
          { path: ['email'], code: 'DUPLICATE', message: 'An account with this e-mail already exists.' },
        ]);
      }
      await createTenantRecords(em, tenantId, input.businessName);
      const account = await repo.createAccount(em, {
        email: input.email, displayName: input.displayName ?? input.email, passwordHash,
      });
      const membership = await repo.createMembership(em, { tenantId, accountId: account.id, role: 'OWNER', acceptsVisits: true });
      return { account, membership };
    });
    return this.openSession(result.account.id, result.account.email, result.account.displayName, result.membership.id, tenantId, 'OWNER');
  }

  async login(raw: LoginInput, ip: string): Promise<NewSession> {
    const input = parseWith(loginSchema, raw);
    await this.consumeAttempt(`${ip}|${input.email.toLowerCase()}`);
    const account = await inUnscoped(this.ds, {}, (em) => repo.findAccountByEmail(em, input.email));
    if (!account?.passwordHash) {
      await burnPasswordCheck(input.password);
      throw invalidCredentials();
    }
    const now = new Date();
    if (account.lockedUntil && account.lockedUntil > now) throw accountLocked(account.lockedUntil);
    // once a lock has expired the count starts over: a locked-out owner gets fresh attempts, not an instant re-lock
    const previousFailures = shouldResetFailures(account.failedLoginCount, account.lastFailedLoginAt, now) ? 0 : account.failedLoginCount;
    if (!(await verifyPassword(account.passwordHash, input.password))) {
      const failures = previousFailures + 1;
      const lockedUntil = shouldLockAfterFailure(failures) ? new Date(now.getTime() + LOGIN_LOCK_MINUTES * 60_000) : null;
      await inUnscoped(this.ds, {}, (em) => repo.recordFailedLogin(em, account.id, failures, lockedUntil));
      if (lockedUntil) throw accountLocked(lockedUntil);
      throw invalidCredentials();
    }
    const memberships = await inUnscoped(this.ds, { 'app.account_id': account.id }, async (em) => {
      if (account.failedLoginCount > 0 || account.lockedUntil) await repo.resetFailedLogins(em, account.id);
      return repo.listMembershipsOfAccount(em, account.id);
    });
    const membership = memberships.find((m) => m.tenantId === input.businessId) ?? memberships[0];
    if (!membership) throw new DomainError('FORBIDDEN', 'This account has no active access to any business.');
    await this.limiter.delete(`${ip}|${input.email.toLowerCase()}`);
    return this.openSession(account.id, account.email, account.displayName, membership.id, membership.tenantId, membership.role);
  }

  async logout(token: string | null): Promise<void> {
    if (!token) return;
    await inUnscoped(this.ds, {}, (em) => repo.deleteSession(em, hashToken(token)));
  }

  /** The viewer behind a session cookie, or null when it is unknown, expired or its membership was removed. */
  async resolveSession(token: string): Promise<StaffViewer | null> {
    // one round trip, no transaction: see migration SessionViewerFunction1764600000000
    const row = await repo.findSessionViewer(this.ds, hashToken(token));
    return row ? this.viewerOf(row) : null;
  }

  /**
   * resolveSession for an HTTP request: the same lookup, sent with the BEGIN of the request's shared read
   * transaction, which it returns open in the session's business (db/request-reads.ts).
   */
  async openRequest(token: string): Promise<{ viewer: StaffViewer; reads: RequestReads } | null> {
    const { row, reads } = await RequestReads.openForSession<SessionRow>(this.ds, hashToken(token));
    return row && reads ? { viewer: this.viewerOf(row), reads } : null;
  }

  private viewerOf(row: SessionRow): StaffViewer {
    // last_seen_at is informational: written at most once a minute, and not waited for (a request holding its
    // read connection must not wait for a second one)
    if (Date.now() - new Date(row.lastSeenAt).getTime() > 60_000) {
      void inUnscoped(this.ds, {}, (em) => repo.touchSession(em, row.sessionId)).catch(() => undefined);
    }
    return {
      kind: 'staff' as const, accountId: row.accountId, membershipId: row.membershipId, tenantId: row.tenantId, role: row.role,
      email: row.email, displayName: row.displayName, sessionId: row.sessionId,
    };
  }

  private async openSession(
    accountId: string, email: string, displayName: string, membershipId: string, tenantId: string, role: StaffViewer['role'],
  ): Promise<NewSession> {
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + this.sessionTtlHours * 3_600_000);
    const session = await inUnscoped(this.ds, {}, (em) =>
      repo.createSession(em, { tokenHash: hashToken(token), accountId, tenantId, expiresAt }));
    return { token, expiresAt, viewer: { kind: 'staff', accountId, membershipId, tenantId, role, email, displayName, sessionId: session.id } };
  }

  private async consumeAttempt(key: string): Promise<void> {
    try {
      await this.limiter.consume(key);
    } catch (rejection) {
      const ms = (rejection as { msBeforeNext?: number }).msBeforeNext ?? 60_000;
      throw new DomainError('RATE_LIMITED', 'Too many login attempts. Try again later.', [], {
        retryAfterSeconds: Math.ceil(ms / 1000),
      });
    }
  }
}

function invalidCredentials(): DomainError {
  return new DomainError('INVALID_CREDENTIALS', 'Wrong e-mail or password.');
}

function accountLocked(until: Date): DomainError {
  return new DomainError('ACCOUNT_LOCKED', 'Too many failed logins: the account is locked for a while.', [], {
    lockedUntil: until.toISOString(),
  });
}
