import { DomainError } from '../errors';
import {
  ACTIONS,
  Action,
  actionFieldName,
  assertCan,
  assertCanSetRole,
  can,
  canInviteWithRole,
  canSetRole,
  Role,
  ROLES,
  viewerCan,
  wouldLeaveNoOwner,
} from './policy';

// The whole matrix, written out so a change to the table is a visible change to this test.
const MATRIX: Record<Action, [owner: boolean, admin: boolean, receptionist: boolean, readOnly: boolean]> = {
  'client:read': [true, true, true, true],
  'client:create': [true, true, true, false],
  'client:update': [true, true, true, false],
  'client:delete': [true, true, false, false],
  'client:restore': [true, true, false, false],
  'client:readIdentityDocuments': [true, true, false, false],
  'client:bulkUpdate': [true, true, true, false],
  'consent:record': [true, true, true, false],
  'classification:manage': [true, true, false, false],
  'staff:invite': [true, true, false, false],
  'staff:setRole': [true, true, false, false],
  'staff:read': [true, true, true, true],
  'tenant:manage': [true, false, false, false],
  'apiKey:manage': [true, true, false, false],
  'webhook:manage': [true, true, false, false],
  'event:read': [true, true, true, true],
  'import:run': [true, true, false, false],
  'export:run': [true, true, false, false],
};

describe('can', () => {
  it('the matrix lists every action', () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...ACTIONS].sort());
  });

  it.each(ACTIONS.flatMap((action) => ROLES.map((role, i) => [role, action, MATRIX[action][i]] as const)))(
    '%s %s → %s',
    (role, action, expected) => {
      expect(can(role, action)).toBe(expected);
      expect(viewerCan(role)[action]).toBe(expected);
    },
  );

  it('assertCan throws FORBIDDEN with the role and action', () => {
    expect(() => assertCan('OWNER', 'tenant:manage')).not.toThrow();
    try {
      assertCan('RECEPTIONIST', 'client:delete');
      throw new Error('expected FORBIDDEN');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect(e).toMatchObject({ code: 'FORBIDDEN', details: { role: 'RECEPTIONIST', action: 'client:delete' } });
    }
  });

  it('gives GraphQL-safe field names', () => {
    expect(actionFieldName('client:readIdentityDocuments')).toBe('clientReadIdentityDocuments');
    expect(actionFieldName('apiKey:manage')).toBe('apiKeyManage');
    expect(new Set(ACTIONS.map(actionFieldName)).size).toBe(ACTIONS.length);
  });
});

describe('canSetRole', () => {
  const cases: [Role, Role | null, Role, boolean][] = [
    ['OWNER', null, 'OWNER', true], // null: a new person (invitation)
    ['ADMIN', null, 'OWNER', false],
    ['ADMIN', null, 'RECEPTIONIST', true],
    ['RECEPTIONIST', null, 'READ_ONLY', false],
    ['OWNER', 'RECEPTIONIST', 'OWNER', true],
    ['OWNER', 'OWNER', 'ADMIN', true],
    ['OWNER', 'ADMIN', 'READ_ONLY', true],
    ['ADMIN', 'RECEPTIONIST', 'ADMIN', true],
    ['ADMIN', 'ADMIN', 'READ_ONLY', true],
    ['ADMIN', 'READ_ONLY', 'RECEPTIONIST', true],
    ['ADMIN', 'RECEPTIONIST', 'OWNER', false], // only owners grant OWNER
    ['ADMIN', 'ADMIN', 'OWNER', false], // not even to themselves
    ['ADMIN', 'OWNER', 'ADMIN', false], // nor demote an owner
    ['RECEPTIONIST', 'READ_ONLY', 'RECEPTIONIST', false],
    ['READ_ONLY', 'READ_ONLY', 'ADMIN', false],
  ];
  it.each(cases)('%s changing %s → %s: %s', (actor, current, next, expected) => {
    expect(canSetRole(actor, current, next)).toBe(expected);
    if (expected) expect(() => assertCanSetRole(actor, current, next)).not.toThrow();
    else expect(() => assertCanSetRole(actor, current, next)).toThrow(DomainError);
  });

  it.each([
    ['OWNER', 'OWNER', true],
    ['ADMIN', 'OWNER', false],
    ['ADMIN', 'RECEPTIONIST', true],
    ['RECEPTIONIST', 'READ_ONLY', false],
  ] as const)('%s inviting a %s: %s', (actor, role, expected) => {
    expect(canInviteWithRole(actor, role)).toBe(expected);
  });

  it.each([
    [1, 'OWNER', 'ADMIN', true],
    [1, 'OWNER', null, true],
    [2, 'OWNER', 'ADMIN', false],
    [1, 'ADMIN', 'READ_ONLY', false],
    [1, 'OWNER', 'OWNER', false],
  ] as const)('%i owner(s), %s → %s leaves no owner: %s', (count, current, next, expected) => {
    expect(wouldLeaveNoOwner(count, current, next)).toBe(expected);
  });
});
