/**
 * The synthetic organisation's structure (people.seed.ts, phase 1): who reports to whom, where, in
 * which role, in insertion order. Pure and deterministic for the same random numbers.
 */
import { CEO_TITLE, DEPARTMENTS, HEAD_OFFICE, SITES, type DepartmentDef, type JobTitleDef } from './people.seed-data.ts';
import { type Rng, Picker, shuffle } from './people.seed-kit.ts';

/* ------------------------------------------------------------------------------------------------
 * Phase 1: the structure (who reports to whom, where, in which role), in insertion order
 * --------------------------------------------------------------------------------------------- */

export type Role = 'ceo' | 'head' | 'manager' | 'lead' | 'member';

export interface Slot {
  role: Role;
  /** Index into DEPARTMENTS, -1 for the CEO. */
  dept: number;
  /** Index into SITES. */
  site: number;
  /** Index of the manager's slot (always lower), -1 for the CEO. */
  manager: number;
  title: string;
  sensitive: boolean;
}

interface TeamNode {
  kind: 'team';
  site: number;
  members: number;
}
interface GroupNode {
  kind: 'group';
  level: number;
  site: number;
  children: TreeNode[];
}
type TreeNode = TeamNode | GroupNode;

/** Largest number of direct reports for a team lead or manager; the smallest span is 5. */
const MAX_SPAN = 12;
/** Departments up to this size below the head report to the head directly. */
const FLAT_DEPARTMENT = 12;

const SITE_INDEX = new Map(SITES.map((site, i) => [site.name, i]));
const HEAD_OFFICE_INDEX = SITE_INDEX.get(HEAD_OFFICE) ?? 0;

const DEPARTMENT_SITE_PICKERS: readonly Picker<number>[] = DEPARTMENTS.map(
  (dept) => new Picker<number>(SITES.map((site, i) => [i, site.weight * (dept.siteBias?.[site.name] ?? 1)] as const)),
);
const DEPARTMENT_TITLE_PICKERS: readonly Picker<JobTitleDef>[] = DEPARTMENTS.map(
  (dept) => new Picker<JobTitleDef>(dept.titles.map((t) => [t, t.weight] as const)),
);

/** Splits `total` into `parts` near-equal sizes, then jitters neighbours within [min, max]. */
function splitEvenly(total: number, parts: number, min: number, max: number, rng: Rng): number[] {
  const base = Math.floor(total / parts);
  const extra = total % parts;
  const sizes = Array.from({ length: parts }, (_, i) => base + (i < extra ? 1 : 0));
  for (let i = 0; i + 1 < parts; i++) {
    let delta = Math.floor(rng() * 5) - 2;
    delta = Math.max(delta, min - sizes[i], sizes[i + 1] - max);
    delta = Math.min(delta, max - sizes[i], sizes[i + 1] - min);
    sizes[i] += delta;
    sizes[i + 1] -= delta;
  }
  return sizes;
}

/** How many managers `count` direct reports need so that each has 5-12 of them (about 8 on average). */
function leadersFor(count: number): number {
  return Math.max(Math.ceil(count / MAX_SPAN), Math.round(count / 8));
}

/** How many team leads `people` below a department head need: teams of a lead and 5-12 members (8-9 on average). */
function teamsFor(people: number): number {
  return Math.max(Math.ceil(people / (MAX_SPAN + 1)), Math.round(people / 9.5));
}

/** How many managers the layers between `teams` team leads and their head of department take. */
function managersAbove(teams: number): number {
  let total = 0;
  for (let layer = teams; layer > MAX_SPAN;) {
    layer = leadersFor(layer);
    total += layer;
  }
  return total;
}

function managerTitle(dept: DepartmentDef, level: number): string {
  if (level === 1) return `${dept.name} Manager`;
  if (level === 2) return `Director ${dept.name}`;
  return `Senior Director ${dept.name}`;
}

/** Headcount per department: everyone after the CEO, over the departments a company this size has. */
function allocateDepartments(others: number, rng: Rng): { dept: number; size: number }[] {
  const count = Math.min(DEPARTMENTS.length, Math.ceil(others / 8));
  const chosen = DEPARTMENTS.map((dept, i) => ({ dept: i, rank: dept.smallOrgRank }))
    .sort((a, b) => a.rank - b.rank)
    .slice(0, count)
    .map((d) => d.dept)
    .sort((a, b) => a - b);
  const weights = chosen.map((i) => DEPARTMENTS[i].weight * (0.9 + 0.2 * rng()));
  const weightSum = weights.reduce((sum, w) => sum + w, 0);
  const spare = others - count; // everyone beyond one head per department
  const exact = weights.map((w) => (spare * w) / weightSum);
  const sizes = exact.map((x) => 1 + Math.floor(x));
  let remaining = others - sizes.reduce((sum, s) => sum + s, 0);
  const byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; remaining > 0; k++, remaining--) sizes[byRemainder[k % byRemainder.length].i]++;
  return chosen.map((dept, i) => ({ dept, size: sizes[i] }));
}

export function planOrganisation(employees: number, rng: Rng): Slot[] {
  const slots: Slot[] = [];
  const push = (slot: Slot): number => slots.push(slot) - 1;

  const ceo = push({ role: 'ceo', dept: -1, site: HEAD_OFFICE_INDEX, manager: -1, title: CEO_TITLE, sensitive: false });
  if (employees === 1) return slots;

  for (const { dept: d, size } of allocateDepartments(employees - 1, rng)) {
    const dept = DEPARTMENTS[d];
    const head = push({
      role: 'head',
      dept: d,
      site: SITE_INDEX.get(dept.homeSite) ?? HEAD_OFFICE_INDEX,
      manager: ceo,
      title: `Head of ${dept.name}`,
      sensitive: false,
    });
    const below = size - 1;
    if (below === 0) continue;

    const sitePicker = DEPARTMENT_SITE_PICKERS[d];
    const teamCount = below <= FLAT_DEPARTMENT ? 0 : teamsFor(below);
    const memberCount = below - teamCount - managersAbove(teamCount);
    // Job titles in proportion to their weights, in random order.
    const titles = shuffle(DEPARTMENT_TITLE_PICKERS[d].spread(memberCount, rng), rng);
    let nextTitle = 0;
    const pushMember = (site: number, manager: number): void => {
      const title = titles[nextTitle++];
      push({ role: 'member', dept: d, site, manager, title: title.title, sensitive: title.sensitive === true });
    };

    if (teamCount === 0) {
      // Small companies mostly work from one place; larger ones spread even their small departments.
      const sameSiteAsHead = Math.max(0, (100 - employees) / 100);
      for (const site of sitePicker.spread(memberCount, rng)) {
        pushMember(rng() < sameSiteAsHead ? slots[head].site : site, head);
      }
      continue;
    }

    // Teams of 5-12 members, each at one site; sites come out grouped, so managers oversee nearby teams.
    const teamSites = sitePicker.spread(teamCount, rng);
    const teamSizes = splitEvenly(memberCount, teamCount, 5, MAX_SPAN, rng);
    let level: TreeNode[] = teamSites.map((site, i) => ({ kind: 'team', site, members: teamSizes[i] }));
    for (let depth = 1; level.length > MAX_SPAN; depth++) {
      const groupSizes = splitEvenly(level.length, leadersFor(level.length), 5, MAX_SPAN, rng);
      const groups: TreeNode[] = [];
      let start = 0;
      for (const groupSize of groupSizes) {
        const children = level.slice(start, start + groupSize);
        start += groupSize;
        groups.push({ kind: 'group', level: depth, site: children[children.length >> 1].site, children });
      }
      level = groups;
    }

    const emit = (node: TreeNode, manager: number): void => {
      if (node.kind === 'group') {
        const self = push({
          role: 'manager',
          dept: d,
          site: node.site,
          manager,
          title: managerTitle(dept, node.level),
          sensitive: false,
        });
        for (const child of node.children) emit(child, self);
        return;
      }
      const lead = push({ role: 'lead', dept: d, site: node.site, manager, title: `Team Lead ${dept.name}`, sensitive: false });
      for (let i = 0; i < node.members; i++) pushMember(node.site, lead);
    };
    for (const node of level) emit(node, head);
  }
  return slots;
}
