import { describe, expect, it } from 'vitest';
import { entraIssuer, entraTenant, groupsOverage, issuerProblem, roleFromGroups, verifiedEmails } from './sso.presets.ts';

describe('which email addresses count as verified', () => {
  it.each([
    ['generic', { email: 'A@x.be', email_verified: true }, ['a@x.be']],
    ['generic', { email: 'a@x.be', email_verified: false }, []],
    ['generic', { email: 'a@x.be', email_verified: 'true' }, []],
    ['generic', { email: 'a@x.be' }, []],
    ['google', { email: 'a@gmail.com', email_verified: true }, []],
    ['entra', { email: 'a@x.be', preferred_username: 'a.b@x.be' }, ['a.b@x.be']],
    ['entra', { email: 'a@x.be', xms_edov: true, preferred_username: 'a@x.be' }, ['a@x.be']],
    ['entra', { email: 'mail@other.be', xms_edov: true }, ['mail@other.be']],
    ['entra', { email: 'a@x.be', preferred_username: 'not an address' }, []],
  ] as const)('%s %j -> %j', (preset, claims, expected) => {
    expect(verifiedEmails(preset, claims)).toEqual(expected);
  });
});

describe('issuers', () => {
  it('accepts one Entra tenant, never the shared endpoints', () => {
    const tenant = '7c0a4c3e-0d3e-4f8e-9a2b-1f2e3d4c5b6a';
    expect(entraTenant(entraIssuer(tenant))).toBe(tenant);
    expect(issuerProblem('entra', entraIssuer(tenant), false)).toBeNull();
    for (const shared of ['common', 'organizations', 'consumers', 'Common'])
      expect(issuerProblem('entra', entraIssuer(shared), false)).not.toBeNull();
    expect(issuerProblem('entra', 'https://login.microsoftonline.com/x/oauth2/v2.0', false)).not.toBeNull();
  });

  it('allows http only on loopback and only when private addresses are allowed', () => {
    expect(issuerProblem('generic', 'http://127.0.0.1:4000', true)).toBeNull();
    expect(issuerProblem('generic', 'http://127.0.0.1:4000', false)).not.toBeNull();
    expect(issuerProblem('generic', 'http://idp.example', true)).not.toBeNull();
    expect(issuerProblem('generic', 'https://idp.example/realms/acme', false)).toBeNull();
    expect(issuerProblem('generic', 'https://user:pw@idp.example', false)).not.toBeNull();
    expect(issuerProblem('google', 'https://accounts.google.com', false)).toBeNull();
    expect(issuerProblem('google', 'https://idp.example', false)).not.toBeNull();
  });
});

describe('roles from groups', () => {
  const map = [
    { group: 'g-emp', role: 'employee' },
    { group: 'g-admin', role: 'admin' },
    { group: 'g-mgr', role: 'manager' },
  ] as const;
  it('takes the highest role of the matched groups, or none', () => {
    expect(roleFromGroups(['g-emp', 'g-mgr'], [...map])).toBe('manager');
    expect(roleFromGroups(['g-admin', 'g-emp'], [...map])).toBe('admin');
    expect(roleFromGroups('g-emp', [...map])).toBe('employee');
    expect(roleFromGroups(['other'], [...map])).toBeNull();
    expect(roleFromGroups(undefined, [...map])).toBeNull();
  });
});

describe("Google Workspace: only the organisation's own domain", () => {
  it.each([
    [{ email: 'a@x.be', email_verified: true, hd: 'x.be' }, 'x.be', ['a@x.be']],
    [{ email: 'a@x.be', email_verified: true, hd: 'X.BE' }, 'x.be', ['a@x.be']],
    [{ email: 'a@x.be', email_verified: true, hd: 'other.be' }, 'x.be', []],
    [{ email: 'a@x.be', email_verified: true, hd: 'x.be' }, null, []],
    [{ email: 'a@x.be', email_verified: false, hd: 'x.be' }, 'x.be', []],
    [{ email: 'a@gmail.com', email_verified: true }, 'x.be', []],
  ] as const)('%j with domain %s -> %j', (claims, domain, expected) => {
    expect(verifiedEmails('google', claims, domain)).toEqual(expected);
  });
});

describe('groups overage', () => {
  it.each([
    [
      { _claim_names: { groups: 'src1' }, _claim_sources: { src1: { endpoint: 'https://graph.microsoft.com/v1.0/me/getMemberObjects' } } },
      true,
    ],
    [{ hasgroups: true }, true],
    [{ hasgroups: 'true' }, true],
    [{ groups: ['a'], hasgroups: true }, false],
    [{ groups: [] }, false],
    [{}, false],
    [{ _claim_names: { email: 'src1' } }, false],
  ] as const)('%j -> %s', (claims, expected) => {
    expect(groupsOverage(claims, 'groups')).toBe(expected);
  });
});
