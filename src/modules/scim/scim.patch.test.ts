import { describe, expect, it } from 'vitest';
import { applyPatch, parsePath } from './scim.patch.ts';

const ENT = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const user = () => ({
  id: 'u1',
  userName: 'a@b.be',
  name: { givenName: 'A', familyName: 'B' },
  active: true,
  emails: [
    { value: 'a@b.be', type: 'work', primary: true },
    { value: 'a@home.be', type: 'other', primary: false },
  ],
  [ENT]: { employeeNumber: '1', department: 'IT' },
});
const patch = (...Operations: unknown[]) => applyPatch(user(), { schemas: [PATCH], Operations });

describe('SCIM PATCH paths', () => {
  it('parses attributes, sub-attributes, value filters and the enterprise URN', () => {
    expect(parsePath('name.givenName')).toEqual({ extension: false, attr: 'name', filter: undefined, sub: 'givenName' });
    expect(parsePath('EMAILS[type eq "work"].VALUE')).toMatchObject({ attr: 'emails', sub: 'value', filter: { op: 'eq', attr: 'type' } });
    expect(parsePath(`${ENT}:manager`)).toEqual({ extension: true, attr: 'manager', filter: undefined, sub: undefined });
    expect(parsePath(`urn:ietf:params:scim:schemas:core:2.0:User:userName`)).toMatchObject({ extension: false, attr: 'userName' });
    expect(() => parsePath('urn:example:other:thing')).toThrow(expect.objectContaining({ scimType: 'invalidPath' }));
    expect(() => parsePath('a b')).toThrow(expect.objectContaining({ scimType: 'invalidPath' }));
  });
});

describe('SCIM PATCH operations', () => {
  it('replaces, adds and removes with paths, leaving the input untouched', () => {
    const before = user();
    const out = applyPatch(before, {
      schemas: [PATCH],
      Operations: [
        { op: 'Replace', path: 'name.familyName', value: 'C' },
        { op: 'add', path: 'title', value: 'Boss' },
        { op: 'REMOVE', path: 'emails[type eq "other"]' },
        { op: 'replace', path: `${ENT}:department`, value: 'HR' },
      ],
    });
    expect(out.name).toEqual({ givenName: 'A', familyName: 'C' });
    expect(out.title).toBe('Boss');
    expect(out.emails).toEqual([{ value: 'a@b.be', type: 'work', primary: true }]);
    expect(out[ENT]).toEqual({ employeeNumber: '1', department: 'HR' });
    expect(before).toEqual(user());
  });

  it('applies a value object without a path, with nested, dotted and URN keys', () => {
    const out = patch({
      op: 'replace',
      value: { active: false, 'name.givenName': 'Z', [ENT]: { department: 'Ops' }, [`${ENT}:employeeNumber`]: '9' },
    });
    expect(out.active).toBe(false);
    expect((out.name as any).givenName).toBe('Z');
    expect(out[ENT]).toEqual({ employeeNumber: '9', department: 'Ops' });
  });

  it('adds an element a value filter names when none matches, and replaces one of the same type on add', () => {
    const out = patch({ op: 'add', path: 'addresses[type eq "work"].locality', value: 'Gent' });
    expect(out.addresses).toEqual([{ type: 'work', locality: 'Gent' }]);
    const again = patch({ op: 'add', path: 'emails', value: [{ value: 'new@b.be', type: 'work' }] });
    expect(again.emails).toEqual([
      { value: 'a@home.be', type: 'other', primary: false },
      { value: 'new@b.be', type: 'work' },
    ]);
  });

  it('takes a manager sent as a bare id, and removes it', () => {
    const out = patch({ op: 'Add', path: `${ENT}:manager`, value: 'm-1' });
    expect((out[ENT] as any).manager).toEqual({ value: 'm-1' });
    const removed = applyPatch(out, { schemas: [PATCH], Operations: [{ op: 'Remove', path: `${ENT}:manager` }] });
    expect((removed[ENT] as any).manager).toBeUndefined();
  });

  it('refuses bodies and operations it cannot apply', () => {
    const code = (body: unknown) => {
      try {
        applyPatch(user(), body);
        return null;
      } catch (e) {
        return (e as { scimType?: string }).scimType;
      }
    };
    expect(code({ Operations: [] })).toBe('invalidSyntax');
    expect(code({ schemas: [PATCH], Operations: [] })).toBe('invalidSyntax');
    expect(code({ schemas: [PATCH], Operations: [{ op: 'move', path: 'a' }] })).toBe('invalidSyntax');
    expect(code({ schemas: [PATCH], Operations: [{ op: 'replace', path: 'title' }] })).toBe('invalidValue');
    expect(code({ schemas: [PATCH], Operations: [{ op: 'remove' }] })).toBe('noTarget');
    expect(code({ schemas: [PATCH], Operations: [{ op: 'replace', path: 'meta', value: {} }] })).toBe('mutability');
    expect(code({ schemas: [PATCH], Operations: [{ op: 'replace', path: 'title[type eq "x"]', value: {} }] })).toBe('invalidPath');
    // an id echoed back in a value object changes nothing and is no error
    expect(applyPatch(user(), { schemas: [PATCH], Operations: [{ op: 'replace', value: { id: 'other', title: 'T' } }] }).id).toBe('u1');
  });
});
