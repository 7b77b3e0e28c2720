import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { fr } from '../i18n/fr.ts';
import { nl } from '../i18n/nl.ts';
import { currentGroup, menuFor, userMenuFor } from './navigation.ts';
import type { Me, Permission, Role } from './types.ts';

const PERMISSIONS: Record<Role, Permission[]> = {
  // An alumni account holds no permission: it reaches its own things only (community/alumni.gate.ts).
  alumni: [],
  admin: [
    'people.read',
    'people.readPrivate',
    'people.import',
    'people.export',
    'users.read',
    'users.manage',
    'tokens.manageAll',
    'audit.read',
    'org.manage',
    'mailbox.read',
    'program.manage',
    'moments.manage',
    'surveys.manage',
    'surveys.results',
    'integrations.manage',
  ],
  coordinator: ['people.read', 'program.manage', 'surveys.results'],
  manager: ['people.read', 'surveys.results'],
  employee: ['people.read'],
};

const me = (role: Role): Me =>
  ({
    user: {
      id: 'u',
      email: 'x@acme.be',
      displayName: '',
      role,
      personId: 'p',
      language: null,
      disabled: false,
      createdAt: '',
      lastSignInAt: null,
    },
    organisation: { id: 'o', slug: 'acme', name: 'Acme', defaultLanguage: 'nl', timeZone: 'Europe/Brussels' },
    csrfToken: null,
    permissions: PERMISSIONS[role],
  }) as unknown as Me;

const destinations = (role: Role) => [
  ...menuFor(me(role)).flatMap((g) => g.items.map((i) => i.to)),
  ...userMenuFor(me(role)).map((i) => i.to),
];

describe('the menu by role', () => {
  it('groups HR work as People, Moments, Ambassador program and Settings, and keeps every page reachable', () => {
    const groups = menuFor(me('admin'));
    expect(groups.map((g) => g.id)).toEqual(['home', 'people', 'moments', 'program', 'settings']);
    expect(groups.find((g) => g.id === 'moments')!.items.map((i) => i.to)).toEqual([
      '/calendar',
      '/tasks',
      '/journeys',
      '/deliveries',
      '/surveys',
    ]);
    expect(groups.find((g) => g.id === 'settings')!.items.map((i) => i.to)).toEqual([
      '/settings',
      '/users',
      '/settings/integrations',
      '/mailbox',
      '/audit',
    ]);
    // Every page the old two-row menu had, and the new ones.
    for (const to of [
      '/',
      '/people',
      '/import',
      '/ambassador',
      '/stories',
      '/community',
      '/learning',
      '/insights',
      '/me/moments',
      '/tasks',
      '/calendar',
      '/journeys',
      '/deliveries',
      '/surveys',
      '/users',
      '/tokens',
      '/audit',
      '/mailbox',
      '/settings',
      '/me/data',
    ])
      expect(destinations('admin')).toContain(to);
    // No row of 18: at most five groups, none longer than five pages.
    expect(groups.length).toBeLessThanOrEqual(5);
    for (const g of groups) expect(g.items.length).toBeLessThanOrEqual(5);
  });

  it('gives employees a short menu of their own things, without anything they cannot use', () => {
    const groups = menuFor(me('employee'));
    expect(groups.flatMap((g) => g.items).length).toBeLessThanOrEqual(8);
    const all = destinations('employee');
    for (const to of ['/', '/me/moments', '/tasks', '/ambassador', '/stories', '/people', '/me/data']) expect(all).toContain(to);
    for (const to of ['/journeys', '/deliveries', '/calendar', '/import', '/users', '/audit', '/mailbox', '/settings', '/insights'])
      expect(all).not.toContain(to);
  });

  it("gives managers their team (the team's calendar and tasks) and coordinators the program with its insights", () => {
    const team = menuFor(me('manager')).find((g) => g.id === 'team')!;
    expect(team.items.map((i) => i.to)).toEqual(['/calendar', '/tasks', '/people', '/surveys']);
    expect(destinations('manager')).not.toContain('/journeys');
    const program = menuFor(me('coordinator')).find((g) => g.id === 'program')!;
    expect(program.items.map((i) => i.to)).toContain('/insights');
    expect(destinations('coordinator')).not.toContain('/deliveries');
  });

  it('gives HR Surveys under Moments, and managers and coordinators the survey results; employees neither', () => {
    const label = (role: Role) =>
      menuFor(me(role))
        .flatMap((g) => g.items)
        .find((i) => i.to === '/surveys')?.label;
    expect(label('admin')).toBe('surveys.nav.surveys');
    expect(label('manager')).toBe('surveys.nav.results');
    expect(label('coordinator')).toBe('surveys.nav.results');
    expect(destinations('employee')).not.toContain('/surveys');
  });

  it('puts My data, My moments and the ambassador page in the user menu for everyone', () => {
    for (const role of ['admin', 'coordinator', 'manager', 'employee'] as const)
      expect(userMenuFor(me(role)).map((i) => i.to)).toEqual(expect.arrayContaining(['/me/data', '/me/moments', '/ambassador']));
  });

  it('knows which group a page belongs to, pages under it included', () => {
    const groups = menuFor(me('admin'));
    expect(currentGroup(groups, '/people/123')?.id).toBe('people');
    expect(currentGroup(groups, '/journeys/abc')?.id).toBe('moments');
    expect(currentGroup(groups, '/')?.id).toBe('home');
    expect(currentGroup(groups, '/me/data')).toBeUndefined();
  });

  it('has every label in Dutch, French and English', () => {
    for (const role of ['admin', 'coordinator', 'manager', 'employee'] as const) {
      const labels = [
        ...menuFor(me(role)).flatMap((g) => [g.label, ...g.items.map((i) => i.label)]),
        ...userMenuFor(me(role)).map((i) => i.label),
      ];
      for (const key of labels) for (const dict of [en, nl, fr] as Record<string, string>[]) expect(dict[key], key).toBeTruthy();
    }
  });
});
