import { describe, expect, it } from 'vitest';
import { BuddyIndex, type Candidate } from './buddy.ts';

const person = (id: string, o: Partial<Candidate> = {}): Candidate => ({
  id,
  name: id,
  department: 'IT',
  site_id: 'gent',
  language: 'nl',
  manager_id: 'boss',
  start_date: '2020-01-01',
  end_date: null,
  volunteer: false,
  buddies: 0,
  ...o,
});

describe('buddy suggestions', () => {
  const people = [
    person('ceo', { department: 'Board', manager_id: null }),
    person('boss', { department: 'IT', manager_id: 'ceo' }),
    person('finhead', { department: 'Finance', manager_id: 'ceo', site_id: 'brussel' }),
    person('newbie', { start_date: '2026-12-01' }),
    person('peer', { volunteer: true }),
    person('peer-fr', { language: 'fr' }),
    person('junior', { start_date: '2026-06-01' }),
    person('full', { buddies: 2 }),
    person('left', { end_date: '2026-01-01' }),
    person('fin', { department: 'Finance', manager_id: 'finhead', site_id: 'gent' }),
    person('far', { department: 'Finance', manager_id: 'finhead', site_id: 'brussel', language: 'fr' }),
  ];
  const index = new BuddyIndex(people, '2026-11-26', 2);

  it('ranks by an explainable score and never suggests the manager or the reporting line', () => {
    const s = index.suggest('newbie');
    const ids = s.map((x) => x.personId);
    expect(ids[0]).toBe('peer');
    expect(s[0].reasons.map((r) => r.reason)).toEqual(['site', 'department', 'language', 'volunteer']);
    expect(s[0].score).toBe(90);
    expect(ids).not.toContain('boss');
    expect(ids).not.toContain('ceo');
    expect(ids).not.toContain('newbie');
  });

  it('leaves out the newly hired, the leavers and those at their cap', () => {
    const ids = index.suggest('newbie', 20).map((x) => x.personId);
    expect(ids).not.toContain('junior');
    expect(ids).not.toContain('left');
    expect(ids).not.toContain('full');
  });

  it('counts a neighbouring department (siblings under the same parent)', () => {
    const fin = index.suggest('newbie', 20).find((x) => x.personId === 'fin')!;
    expect(fin.reasons.map((r) => r.reason)).toEqual(['site', 'neighbour', 'language']);
  });
});
