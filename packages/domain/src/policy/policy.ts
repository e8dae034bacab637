import { DomainError } from '../errors';

/**
 * Who may do what (F10.1), one declarative table. The API checks it with `assertCan`, and ships `viewerCan(role)`
 * to the admin so buttons are hidden with the same rules (the admin never re-derives them).
 */

export const ROLES = ['OWNER', 'ADMIN', 'RECEPTIONIST', 'READ_ONLY'] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  'client:read',
  'client:create',
  'client:update',
  'client:delete',
  'client:restore',
  'client:readIdentityDocuments',
  'client:bulkUpdate',
  'consent:record',
  /** Groups, tags, sources, phone types, custom fields, consent purposes. */
  'classification:manage',
  'staff:invite',
  'staff:setRole',
  'staff:read',
  'tenant:manage',
  'apiKey:manage',
  'webhook:manage',
  /** Replay the event feed and subscribe to it (payloads carry what client:read shows). */
  'event:read',
  'import:run',
  'export:run',
] as const;
export type Action = (typeof ACTIONS)[number];

const allExcept = (...excluded: Action[]): readonly Action[] => ACTIONS.filter((a) => !excluded.includes(a));

/**
 * Decisions worth knowing:
 * - ADMIN runs the business day to day but cannot change tenant settings that belong to the owner (plan, name,
 *   deleting the tenant): 'tenant:manage'.
 * - RECEPTIONIST works the desk: reads, creates and edits clients (which includes marking a client inactive, the
 *   everyday way to "remove" someone, F1.8), assigns groups and tags or sets inactive on a list selection (bulk
 *   actions on at most 500 clients, each logged as its own event), and records consents collected at the desk.
 *   Deleting, restoring, import and export stay with admins: a receptionist should not be able to walk out with
 *   the whole database in one click. A receptionist may type identity-document numbers in while checking an ID,
 *   but reading them back is for owners and admins only (F1.9, as the product specification requires), and
 *   every read is logged.
 * - READ_ONLY (an accountant, a trainee) reads clients and the staff list, nothing else, and not identity documents.
 */
const PERMISSIONS: Record<Role, readonly Action[]> = {
  OWNER: ACTIONS,
  ADMIN: allExcept('tenant:manage'),
  RECEPTIONIST: [
    'client:read',
    'client:create',
    'client:update',
    'client:bulkUpdate',
    'consent:record',
    'staff:read',
    'event:read',
  ],
  READ_ONLY: ['client:read', 'staff:read', 'event:read'],
};

const PERMISSION_SETS: Record<Role, ReadonlySet<Action>> = {
  OWNER: new Set(PERMISSIONS.OWNER),
  ADMIN: new Set(PERMISSIONS.ADMIN),
  RECEPTIONIST: new Set(PERMISSIONS.RECEPTIONIST),
  READ_ONLY: new Set(PERMISSIONS.READ_ONLY),
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isAction(value: unknown): value is Action {
  return typeof value === 'string' && (ACTIONS as readonly string[]).includes(value);
}

export function can(role: Role, action: Action): boolean {
  return PERMISSION_SETS[role]?.has(action) ?? false;
}

export function assertCan(role: Role, action: Action): void {
  if (!can(role, action)) {
    throw new DomainError('FORBIDDEN', `Role ${role} may not ${action}`, [], { role, action });
  }
}

/** Every action → allowed, for the UI. */
export function viewerCan(role: Role): Record<Action, boolean> {
  return Object.fromEntries(ACTIONS.map((a) => [a, can(role, a)])) as Record<Action, boolean>;
}

/** GraphQL field names cannot contain ':': 'client:readIdentityDocuments' → 'clientReadIdentityDocuments'. */
export function actionFieldName(action: Action): string {
  const [subject, verb] = action.split(':');
  return `${subject}${verb.charAt(0).toUpperCase()}${verb.slice(1)}`;
}

/**
 * Role changes: only owners grant or revoke OWNER (an admin cannot promote themselves or demote the owner);
 * admins move staff among ADMIN, RECEPTIONIST and READ_ONLY. `targetCurrentRole` null means someone without a
 * role yet (an invitation). Keeping at least one owner is the service's job (it knows the count): see
 * `wouldLeaveNoOwner`.
 */
export function canSetRole(actorRole: Role, targetCurrentRole: Role | null, newRole: Role): boolean {
  if (!can(actorRole, targetCurrentRole === null ? 'staff:invite' : 'staff:setRole')) return false;
  if (actorRole === 'OWNER') return true;
  return targetCurrentRole !== 'OWNER' && newRole !== 'OWNER';
}

/** Inviting someone with a role follows the same rule as granting it. */
export function canInviteWithRole(actorRole: Role, role: Role): boolean {
  return canSetRole(actorRole, null, role);
}

export function assertCanSetRole(actorRole: Role, targetCurrentRole: Role | null, newRole: Role): void {
  if (!canSetRole(actorRole, targetCurrentRole, newRole)) {
    throw new DomainError('FORBIDDEN', `Role ${actorRole} may not change ${targetCurrentRole} to ${newRole}`, [], {
      actorRole,
      targetCurrentRole,
      newRole,
    });
  }
}

/** A tenant must keep an owner: demoting or removing the last one is refused. */
export function wouldLeaveNoOwner(ownerCount: number, targetCurrentRole: Role, newRole: Role | null): boolean {
  return targetCurrentRole === 'OWNER' && newRole !== 'OWNER' && ownerCount <= 1;
}
