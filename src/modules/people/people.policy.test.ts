/** Who sees the private part of a person, for every role and relation. */
import { describe, expect, it } from 'vitest';
import { ROLES, type Actor, type Role } from '../../platform/policy.ts';
import { canSeePrivate } from './people.policy.ts';

const actor = (role: Role, personId: string | null): Actor => ({
  userId: 'u',
  orgId: 'o',
  role,
  email: 'x@y.be',
  personId,
  via: 'token',
  label: 'x',
});
const person = { id: 'p-ann', manager_id: 'p-boss' };

describe('canSeePrivate', () => {
  const relations: [string, string | null][] = [
    ['the person themself', 'p-ann'],
    ['their direct manager', 'p-boss'],
    ['a colleague', 'p-other'],
    ['an account linked to nobody', null],
  ];
  for (const role of ROLES) {
    for (const [relation, personId] of relations) {
      const expected = role === 'admin' || relation === 'the person themself' || relation === 'their direct manager';
      it(`${expected ? 'lets' : 'keeps'} ${relation} (${role}) ${expected ? 'see' : 'from'} the private part`, () => {
        expect(canSeePrivate(actor(role, personId), person)).toBe(expected);
      });
    }
  }
  it('does not make someone the manager of a person without one', () => {
    expect(canSeePrivate(actor('manager', null), { id: 'p-x', manager_id: null })).toBe(false);
  });
});
