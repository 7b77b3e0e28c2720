/**
 * The menu, grouped by what each role does: HR (admins) run people, moments, the program and the
 * settings; coordinators run the ambassador program; managers look after their team; employees get
 * a short menu of their own things. Pages of one's own (my moments, my ambassador page, my data)
 * are in the user menu for everyone. It only hides dead ends: the server checks again.
 */
import type { MessageKey } from './i18n.tsx';
import { can, type Me } from './types.ts';

export interface NavItem {
  to: string;
  label: MessageKey;
}

export interface NavGroup {
  /** Stable, for keys and tests. */
  id: 'home' | 'people' | 'team' | 'moments' | 'program' | 'settings';
  label: MessageKey;
  items: NavItem[];
}

const isHr = (me: Me) => can(me, 'moments.manage');
const runsProgram = (me: Me) => can(me, 'program.manage');
// Surveys: HR writes and sends them; coordinators and managers read the results the server releases to them.
const managesSurveys = (me: Me) => can(me, 'surveys.manage');
const readsSurveyResults = (me: Me) => can(me, 'surveys.results');
const surveyResults = (me: Me): NavItem[] => (readsSurveyResults(me) ? [{ to: '/surveys', label: 'surveys.nav.results' }] : []);

const HOME: NavGroup = { id: 'home', label: 'nav.home', items: [{ to: '/', label: 'nav.home' }] };

const program = (me: Me, own: boolean): NavGroup => ({
  id: 'program',
  label: 'nav.group.program',
  items: [
    // Employees reach their own ambassador page here; everyone else has it in the user menu.
    ...(own ? [{ to: '/ambassador', label: 'nav.ambassador' as const }] : []),
    { to: '/community', label: 'nav.community' },
    { to: '/stories', label: 'nav.stories' },
    { to: '/learning', label: 'nav.learning' },
    ...(runsProgram(me) ? [{ to: '/insights', label: 'nav.insights' as const }] : []),
    ...(runsProgram(me) ? [{ to: '/community/alumni', label: 'alumni.nav.list' as const }] : []),
    // Coordinators read the program's survey results here (HR has Surveys under Moments).
    ...(runsProgram(me) && !isHr(me) ? surveyResults(me) : []),
  ],
});

/** The groups of the main menu for this user, in order; each has at least one item. */
export function menuFor(me: Me): NavGroup[] {
  // An alumni account: its own page, profile, stories and the alumni community, nothing else.
  if (me.user.role === 'alumni') {
    return [
      {
        id: 'program',
        label: 'alumni.nav',
        items: [
          { to: '/', label: 'alumni.nav.home' },
          { to: '/ambassador', label: 'nav.ambassador' },
          { to: '/stories', label: 'nav.stories' },
          { to: '/community/exchange', label: 'alumni.links.community' },
        ],
      },
    ];
  }
  if (isHr(me)) {
    return [
      HOME,
      {
        id: 'people',
        label: 'nav.group.people',
        items: [
          { to: '/people', label: 'nav.directory' },
          ...(can(me, 'people.import') ? [{ to: '/import', label: 'nav.import' as const }] : []),
        ],
      },
      {
        id: 'moments',
        label: 'nav.group.moments',
        items: [
          { to: '/calendar', label: 'moments.nav.calendar' },
          { to: '/tasks', label: 'moments.nav.tasks' },
          { to: '/journeys', label: 'moments.nav.journeys' },
          { to: '/deliveries', label: 'moments.nav.deliveries' },
          ...(managesSurveys(me) ? [{ to: '/surveys', label: 'surveys.nav.surveys' as const }] : []),
        ],
      },
      program(me, false),
      {
        id: 'settings',
        label: 'nav.group.settings',
        items: [
          ...(can(me, 'org.manage') ? [{ to: '/settings', label: 'nav.organisation' as const }] : []),
          ...(can(me, 'users.read') ? [{ to: '/users', label: 'nav.users' as const }] : []),
          ...(can(me, 'integrations.manage') ? [{ to: '/settings/integrations', label: 'nav.integrations' as const }] : []),
          ...(can(me, 'mailbox.read') ? [{ to: '/mailbox', label: 'nav.mailbox' as const }] : []),
          ...(can(me, 'audit.read') ? [{ to: '/audit', label: 'nav.audit' as const }] : []),
        ],
      },
    ];
  }
  if (runsProgram(me)) {
    return [
      HOME,
      program(me, false),
      { id: 'people', label: 'nav.group.people', items: [{ to: '/people', label: 'nav.directory' }] },
      { id: 'moments', label: 'moments.nav.tasks', items: [{ to: '/tasks', label: 'moments.nav.tasks' }] },
    ];
  }
  if (me.user.role === 'manager') {
    return [
      HOME,
      {
        id: 'team',
        label: 'nav.group.team',
        items: [
          { to: '/calendar', label: 'nav.teamCalendar' },
          { to: '/tasks', label: 'moments.nav.tasks' },
          { to: '/people', label: 'nav.directory' },
          ...surveyResults(me),
        ],
      },
      program(me, false),
    ];
  }
  return [
    HOME,
    {
      id: 'moments',
      label: 'nav.group.moments',
      items: [
        { to: '/me/moments', label: 'moments.nav.mine' },
        { to: '/tasks', label: 'moments.nav.tasks' },
      ],
    },
    program(me, true),
    { id: 'people', label: 'nav.group.people', items: [{ to: '/people', label: 'nav.directory' }] },
  ];
}

/** The user menu: one's own pages, for every role. */
export function userMenuFor(me: Me): NavItem[] {
  if (me.user.role === 'alumni') return [{ to: '/me/data', label: 'nav.myData' }];
  return [
    { to: '/me/moments', label: 'moments.nav.mine' },
    { to: '/ambassador', label: 'nav.myAmbassador' },
    // Staying on as an alumni ambassador: the page says when it opens (an end date, retirement).
    ...(me.user.personId ? [{ to: '/me/alumni', label: 'alumni.nav' as const }] : []),
    { to: '/me/data', label: 'nav.myData' },
    { to: '/me/calendar', label: 'nav.myCalendar' },
    // API tokens act as their user: one's own, for every role (integrations' own tokens are under Integrations).
    { to: '/tokens', label: 'nav.tokens' },
  ];
}

const matches = (to: string, pathname: string) => (to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`));

/** The group the page at `pathname` belongs to (the longest matching item wins: /me/moments is not /me). */
export function currentGroup(groups: NavGroup[], pathname: string): NavGroup | undefined {
  let best: { group: NavGroup; length: number } | undefined;
  for (const group of groups)
    for (const item of group.items)
      if (matches(item.to, pathname) && (!best || item.to.length > best.length)) best = { group, length: item.to.length };
  return best?.group;
}

/** Whether `to` is the page shown (or a page under it). */
export const isCurrent = (to: string, pathname: string) => matches(to, pathname);
