/** The ambassador program's decisions, for every role: table-driven, no database. */
import { describe, expect, it } from 'vitest';
import { ROLES, type Actor, type Role } from '../../platform/policy.ts';
import {
  assertAuthor,
  assertCanHide,
  canReadStory,
  checkScopeChoice,
  checkStoryScope,
  effectiveScope,
  internalView,
} from './ambassadors.policy.ts';

const actor = (role: Role, personId: string | null): Actor => ({
  userId: 'u',
  orgId: 'o',
  role,
  email: 'x@y.be',
  personId,
  via: 'token',
  label: 'x',
});
const story = (over: Partial<{ hidden_at: Date | null; deleted_at: Date | null }> = {}) => ({
  author_person_id: 'p-author',
  scope: 'internal' as const,
  hidden_at: null,
  deleted_at: null,
  ...over,
});
const AT = new Date('2026-11-01T00:00:00Z');

describe('who reads a story', () => {
  const cases: {
    name: string;
    s: ReturnType<typeof story>;
    authorActive: boolean;
    author: boolean;
    coordinator: boolean;
    colleague: boolean;
  }[] = [
    { name: 'a visible story', s: story(), authorActive: true, author: true, coordinator: true, colleague: true },
    { name: 'a hidden story', s: story({ hidden_at: AT }), authorActive: true, author: true, coordinator: true, colleague: false },
    {
      name: 'a story of someone who left the program',
      s: story(),
      authorActive: false,
      author: true,
      coordinator: false,
      colleague: false,
    },
    { name: 'a deleted story', s: story({ deleted_at: AT }), authorActive: true, author: false, coordinator: false, colleague: false },
  ];
  for (const c of cases) {
    for (const role of ROLES) {
      it(`${c.name}, read by a ${role}`, () => {
        expect(canReadStory(actor(role, 'p-author'), c.s, c.authorActive)).toBe(c.author);
        const manages = role === 'admin' || role === 'coordinator';
        expect(canReadStory(actor(role, 'p-other'), c.s, c.authorActive)).toBe(manages ? c.coordinator : c.colleague);
      });
    }
  }
});

describe('who edits and who hides', () => {
  it.each(ROLES)('only the author edits, whatever the role (%s)', (role) => {
    expect(() => assertAuthor(actor(role, 'p-author'), story())).not.toThrow();
    expect(() => assertAuthor(actor(role, 'p-other'), story())).toThrow(expect.objectContaining({ status: 404 }));
  });
  it.each(ROLES)('hiding is for coordinators and admins (%s)', (role) => {
    const allowed = role === 'admin' || role === 'coordinator';
    if (allowed) expect(() => assertCanHide(actor(role, null))).not.toThrow();
    else expect(() => assertCanHide(actor(role, null))).toThrow(expect.objectContaining({ status: 403 }));
  });
});

describe('scopes', () => {
  it('keeps sensitive and behind-the-scenes people internal', () => {
    expect(effectiveScope({ scope: 'external', sensitive: true, behind_the_scenes: false })).toBe('internal');
    expect(effectiveScope({ scope: 'external', sensitive: false, behind_the_scenes: true })).toBe('internal');
    expect(effectiveScope({ scope: 'external', sensitive: false, behind_the_scenes: false })).toBe('external');
    expect(() => checkScopeChoice('external', { sensitive: true, behindTheScenes: false })).toThrow(
      expect.objectContaining({ code: 'sensitive-person-internal-only' }),
    );
    expect(() => checkScopeChoice('external', { sensitive: false, behindTheScenes: true })).toThrow(
      expect.objectContaining({ code: 'behind-the-scenes-internal-only' }),
    );
    expect(() => checkScopeChoice('internal', { sensitive: true, behindTheScenes: true })).not.toThrow();
  });
  it('lets a story reach no further than its author', () => {
    const author = { person_id: 'p', active: true, scope: 'internal' as const, behind_the_scenes: false, sensitive: false };
    expect(() => checkStoryScope('external', author)).toThrow(expect.objectContaining({ code: 'story-scope-follows-ambassador' }));
    expect(() => checkStoryScope('internal', { ...author, active: false })).toThrow(expect.objectContaining({ code: 'not-an-ambassador' }));
    expect(() => checkStoryScope('external', { ...author, scope: 'external' })).not.toThrow();
  });
});

describe('what colleagues see of someone behind the scenes', () => {
  const bts = {
    person_id: 'p-bo',
    ambassador_id: 'a-bo',
    behind_the_scenes: true,
    first_name: 'Bo',
    last_name: 'Secret',
    photo_id: 'm-1',
    job_title: 'Inspector',
    department: 'Customs',
  };
  it.each(ROLES)('a %s sees a first name and a stand-in id, and nothing else', (role) => {
    const seen = internalView(actor(role, 'p-other'), bts);
    expect(seen).toEqual({ ...bts, person_id: 'a-bo', last_name: '', photo_id: null, job_title: null, department: null });
  });
  it('they see themselves whole, and others are shown as they are', () => {
    expect(internalView(actor('employee', 'p-bo'), bts)).toEqual(bts);
    const open = { ...bts, behind_the_scenes: false };
    expect(internalView(actor('employee', 'p-other'), open)).toEqual(open);
  });
});
