/**
 * The permission table, spelled out role by role: a change to who may do what must change this
 * test too, on purpose.
 */
import { describe, expect, it } from 'vitest';
import { AppError } from './errors.ts';
import { authorize, can, PERMISSION_NAMES, requirePerson, ROLES, systemActor, type Actor, type Permission, type Role } from './policy.ts';

const actor = (role: Role, personId: string | null = 'p-1'): Actor => ({
  userId: 'u',
  orgId: 'o',
  role,
  email: 'x@y.be',
  personId,
  via: 'token',
  label: 'x',
});

const EXPECTED: Record<Permission, Role[]> = {
  'people.read': ['admin', 'coordinator', 'manager', 'employee'],
  'people.readPrivate': ['admin'],
  'people.import': ['admin'],
  'people.export': ['admin'],
  'users.read': ['admin'],
  'users.manage': ['admin'],
  'tokens.manageAll': ['admin'],
  'audit.read': ['admin'],
  'org.manage': ['admin'],
  'mailbox.read': ['admin'],
  'program.manage': ['admin', 'coordinator'],
  'moments.manage': ['admin'],
  'surveys.manage': ['admin'],
  'surveys.results': ['admin', 'coordinator', 'manager'],
  'integrations.manage': ['admin'],
};

describe('the permission table', () => {
  it('lists every permission this test knows, and no other', () => {
    expect([...PERMISSION_NAMES].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const permission of Object.keys(EXPECTED) as Permission[]) {
    for (const role of ROLES) {
      const allowed = EXPECTED[permission].includes(role);
      it(`${allowed ? 'allows' : 'refuses'} ${permission} for ${role}`, () => {
        expect(can(actor(role), permission)).toBe(allowed);
        if (allowed) expect(() => authorize(actor(role), permission)).not.toThrow();
        else expect(() => authorize(actor(role), permission)).toThrow(expect.objectContaining({ status: 403 }));
      });
    }
  }

  it('the CLI acts as an admin of one organisation, linked to no person', () => {
    const cli = systemActor('org-1');
    expect(PERMISSION_NAMES.every((p) => can(cli, p))).toBe(true);
    expect(cli.orgId).toBe('org-1');
    expect(() => requirePerson(cli)).toThrow(AppError);
  });
});

describe('requirePerson', () => {
  it.each(ROLES)('gives the %s linked to a person their person, and refuses one who is not with person-not-linked', (role) => {
    expect(requirePerson(actor(role, 'p-9'))).toBe('p-9');
    expect(() => requirePerson(actor(role, null))).toThrow(expect.objectContaining({ status: 422, code: 'person-not-linked' }));
  });
});
