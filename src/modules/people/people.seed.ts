/**
 * Deterministic synthetic organisation: a Belgian employer of any size, for demos, tests and benchmarks.
 * Pure: no I/O, no clock, no Math.random(); the same options always give exactly the same people.
 */
import { PERSON_FIELDS, type Language, type PersonField, type PersonRecord } from './people.types.ts';
import {
  CEO_TITLE,
  DEPARTMENTS,
  EXECUTIVE_DEPARTMENT,
  HEAD_OFFICE,
  PERSONAL_EMAIL_DOMAINS,
  SITES,
  type DepartmentDef,
  type JobTitleDef,
  type SiteDef,
  type Weighted,
} from './people.seed-data.ts';
import { DIVERSITY_POOLS, EN_POOLS, LOCAL_POOL_BY_LANGUAGE, NAME_POOLS, type PoolId } from './people.seed-names.ts';

export interface SeedOptions {
  employees: number;
  seed?: string | number;
  /** ISO yyyy-mm-dd: the day the organisation is generated for. */
  today: string;
  /** Default "demo.embassy.test". */
  emailDomain?: string;
}

const DEFAULT_SEED = 'embassy';
const DEFAULT_EMAIL_DOMAIN = 'demo.embassy.test';

/* ------------------------------------------------------------------------------------------------
 * Random numbers
 * --------------------------------------------------------------------------------------------- */

/** cyrb128: a fast 128-bit string hash, used to seed sfc32. */
function hashSeed(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** A seeded PRNG (sfc32 seeded by a cyrb128 hash of the seed); returns floats in [0, 1). */
export function createRng(seed: string | number): () => number {
  let [a, b, c, d] = hashSeed(String(seed));
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next(); // mix the initial state
  return next;
}

type Rng = () => number;

/** Weighted choice over a small fixed table; `pick` maps a uniform [0,1) draw to an item. */
class Picker<T> {
  private readonly items: T[] = [];
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(entries: Weighted<T>) {
    let sum = 0;
    for (const [item, weight] of entries) {
      if (weight <= 0) continue;
      sum += weight;
      this.items.push(item);
      this.cumulative.push(sum);
    }
    if (this.items.length === 0) throw new Error('Picker needs at least one positive weight');
    this.total = sum;
  }

  pick(u: number): T {
    const x = u * this.total;
    const cumulative = this.cumulative;
    let i = 0;
    while (i < cumulative.length - 1 && x >= cumulative[i]) i++;
    return this.items[i];
  }

  /** `count` draws spread evenly over the distribution (systematic sampling): low variance, in table order. */
  spread(count: number, rng: Rng): T[] {
    const offset = rng();
    const out: T[] = new Array(count);
    for (let i = 0; i < count; i++) out[i] = this.pick((i + offset) / count);
    return out;
  }
}

/** An element of a list ordered most common first, skewed towards the front. */
function pickCommon<T>(list: readonly T[], rng: Rng): T {
  return list[Math.floor(list.length * rng() ** 1.35)];
}

function shuffle<T>(items: T[], rng: Rng): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const tmp = items[i];
    items[i] = items[j];
    items[j] = tmp;
  }
  return items;
}

/** A duration in [0, cap) days, exponentially distributed (recent more frequent) and truncated at cap. */
function truncatedExponential(meanDays: number, capDays: number, rng: Rng): number {
  const u = rng() * (1 - Math.exp(-capDays / meanDays));
  return Math.min(capDays - 1, Math.floor(-meanDays * Math.log(1 - u)));
}

/* ------------------------------------------------------------------------------------------------
 * Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian, no time zones)
 * --------------------------------------------------------------------------------------------- */

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return [year, month, day];
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The same calendar day `years` later (negative: earlier); 29 February becomes 28 February in common years. */
function addYears(days: number, years: number): number {
  const [y, m, d] = civilFromDays(days);
  const year = y + years;
  return daysFromCivil(year, m, m === 2 && d === 29 && !isLeapYear(year) ? 28 : d);
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

function isoDate(days: number): string {
  const [y, m, d] = civilFromDays(days);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

function parseIsoDate(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match) {
    const days = daysFromCivil(Number(match[1]), Number(match[2]), Number(match[3]));
    if (isoDate(days) === text) return days;
  }
  throw new RangeError(`Invalid ISO date (expected yyyy-mm-dd): ${JSON.stringify(text)}`);
}

/** Moves a Saturday or Sunday to the Monday after (or the Friday before when that leaves [min, max]). */
function toWorkingDay(days: number, min: number, max: number): number {
  const dayOfWeek = (((days + 4) % 7) + 7) % 7; // 0 = Sunday; 1970-01-01 was a Thursday
  if (dayOfWeek !== 0 && dayOfWeek !== 6) return days;
  const monday = days + (dayOfWeek === 6 ? 2 : 1);
  if (monday <= max) return monday;
  const friday = days - (dayOfWeek === 6 ? 1 : 2);
  return friday >= min ? friday : days;
}

/* ------------------------------------------------------------------------------------------------
 * Text
 * --------------------------------------------------------------------------------------------- */

const NON_DECOMPOSING: Readonly<Record<string, string>> = {
  ł: 'l',
  Ł: 'L',
  ı: 'i',
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ß: 'ss',
  đ: 'd',
  Đ: 'D',
};

/** Lower-case ASCII for an e-mail local part: accents, spaces and apostrophes stripped, hyphens kept. */
function asciiSlug(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁıøØæÆœŒßđĐ]/g, (c) => NON_DECOMPOSING[c])
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '')
    .replace(/^-+|-+$/g, '');
  return slug || 'x';
}

/* ------------------------------------------------------------------------------------------------
 * Phase 1: the structure (who reports to whom, where, in which role), in insertion order
 * --------------------------------------------------------------------------------------------- */

type Role = 'ceo' | 'head' | 'manager' | 'lead' | 'member';

interface Slot {
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

function planOrganisation(employees: number, rng: Rng): Slot[] {
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

/* ------------------------------------------------------------------------------------------------
 * Phase 2: employment status quotas
 * --------------------------------------------------------------------------------------------- */

type Status = 'active' | 'upcoming' | 'left' | 'leaving';

/** Marks exactly `wanted` of the eligible slots (uniformly at random, in one pass) with `status`. */
function assignQuota(
  statuses: Status[],
  slots: readonly Slot[],
  eligible: (slot: Slot) => boolean,
  wanted: number,
  status: Status,
  rng: Rng,
): void {
  const candidates: number[] = [];
  for (let i = 0; i < slots.length; i++) if (statuses[i] === 'active' && eligible(slots[i])) candidates.push(i);
  let needed = Math.min(wanted, candidates.length);
  for (let k = 0; k < candidates.length && needed > 0; k++) {
    if (rng() * (candidates.length - k) < needed) {
      statuses[candidates[k]] = status;
      needed--;
    }
  }
}

/* ------------------------------------------------------------------------------------------------
 * Phase 3: the people
 * --------------------------------------------------------------------------------------------- */

const YEAR = 365.2425;
/** Mean tenure in years by role (more recent hires are more frequent). */
const MEAN_TENURE: Readonly<Record<Role, number>> = { ceo: 12, head: 12, manager: 11, lead: 10, member: 9 };

interface SiteRuntime {
  def: SiteDef;
  languages: Picker<Language>;
  personalDomains: Picker<string>;
}

const SITE_RUNTIME: readonly SiteRuntime[] = SITES.map((def) => ({
  def,
  languages: new Picker(def.languages),
  personalDomains: new Picker(PERSONAL_EMAIL_DOMAINS[def.mailRegion]),
}));
const DIVERSITY_PICKER = new Picker<PoolId>(DIVERSITY_POOLS);
const EN_PICKER = new Picker<PoolId>(EN_POOLS);

function pickPool(site: SiteDef, language: Language, rng: Rng): PoolId {
  if (rng() < site.diversity) return DIVERSITY_PICKER.pick(rng());
  const local = site.localPools?.[language];
  if (local) return local;
  return language === 'en' ? EN_PICKER.pick(rng()) : LOCAL_POOL_BY_LANGUAGE[language];
}

/**
 * A realistic synthetic Belgian employer: a CEO, department heads, managers and team leads (spans of 5-12)
 * and staff across Flemish, Brussels, Walloon, German-speaking and foreign sites.
 * Every manager appears before their reports. Deterministic for the same options.
 */
export function generateOrganisation(options: SeedOptions): PersonRecord[] {
  const { employees } = options;
  if (!Number.isInteger(employees) || employees < 0) {
    throw new RangeError(`employees must be a non-negative integer, got ${employees}`);
  }
  const today = parseIsoDate(options.today);
  const domain = (options.emailDomain ?? DEFAULT_EMAIL_DOMAIN).toLowerCase();
  if (employees === 0) return [];

  const rng = createRng(options.seed ?? DEFAULT_SEED);
  const slots = planOrganisation(employees, rng);

  const statuses: Status[] = new Array<Status>(slots.length).fill('active');
  const isMember = (slot: Slot): boolean => slot.role === 'member';
  assignQuota(statuses, slots, isMember, Math.round(employees * 0.02), 'upcoming', rng);
  assignQuota(statuses, slots, isMember, Math.round(employees * 0.01), 'left', rng);
  assignQuota(statuses, slots, (s) => s.role !== 'ceo' && s.role !== 'head', Math.round(employees * 0.03), 'leaving', rng);

  const width = Math.max(6, String(employees).length);
  const numbers = slots.map((_, i) => `E${String(i + 1).padStart(width, '0')}`);

  const earliestStart = addYears(today, -35);
  const latestBirthByAge = addYears(today, -18); // 18 or older today
  const earliestBirth = addYears(today, -67) + 1; // 66 or younger today
  const slugCache = new Map<string, string>();
  const slug = (name: string): string => {
    let s = slugCache.get(name);
    if (s === undefined) slugCache.set(name, (s = asciiSlug(name)));
    return s;
  };
  const emailCounts = new Map<string, number>();

  const people: PersonRecord[] = new Array(slots.length);
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i];
    const status = statuses[i];
    const site = SITE_RUNTIME[slot.site];
    const language = site.languages.pick(rng());

    // Names: mostly from the local community of the language, with the diversity of the site.
    const firstPool = pickPool(site.def, language, rng);
    const lastPool = rng() < 0.05 ? pickPool(site.def, language, rng) : firstPool;
    const firstName = pickCommon(NAME_POOLS[firstPool].firstNames, rng);
    const lastName = pickCommon(NAME_POOLS[lastPool].lastNames, rng);
    const first = slug(firstName);
    const last = slug(lastName);

    const base = `${first}.${last}`;
    const seen = emailCounts.get(base) ?? 0;
    emailCounts.set(base, seen + 1);
    const workEmail = `${seen === 0 ? base : `${base}${seen + 1}`}@${domain}`;

    // Employment dates.
    let start: number;
    let end: number | null = null;
    const meanTenure = MEAN_TENURE[slot.role] * YEAR;
    if (status === 'upcoming') {
      start = toWorkingDay(today + 1 + Math.floor(rng() * 60), today + 1, today + 60);
    } else if (status === 'left') {
      end = today - 1 - Math.floor(rng() * 365);
      const latest = end - 30;
      start = toWorkingDay(latest - truncatedExponential(meanTenure, latest - earliestStart, rng), earliestStart, latest);
    } else {
      start = toWorkingDay(today - truncatedExponential(meanTenure, today - earliestStart, rng), earliestStart, today);
      if (status === 'leaving') end = today + 1 + Math.floor(rng() * 90);
    }

    // Birthday: an age at hiring, within 18-66 today and at least 16 at the start.
    const latestBirth = Math.min(latestBirthByAge, addYears(start, -16));
    const senior = slot.role !== 'member' && slot.role !== 'lead';
    const ageAtStart = senior
      ? 28 + 20 * ((rng() + rng()) / 2)
      : rng() < 0.55
        ? 20 + 16 * ((rng() + rng()) / 2) // early career
        : 24 + 32 * rng(); // experienced hires
    let birth = start - Math.round(ageAtStart * YEAR);
    if (birth > latestBirth || birth < earliestBirth) {
      birth = earliestBirth + Math.floor(rng() * (latestBirth - earliestBirth + 1));
    }
    const [birthYear, birthMonth, birthDay] = civilFromDays(birth);

    let personalEmail: string | null = null;
    if (status === 'upcoming' || rng() < 0.3) {
      const yy = pad2(birthYear % 100);
      const pattern = Math.floor(rng() * 6);
      const local =
        pattern === 0
          ? `${first}.${last}`
          : pattern === 1
            ? `${first}${last}`
            : pattern === 2
              ? `${first}.${last}${yy}`
              : pattern === 3
                ? `${first[0]}${last}`
                : pattern === 4
                  ? `${last}.${first}`
                  : `${first}_${last}${birthYear}`;
      personalEmail = `${local}@${site.personalDomains.pick(rng())}`;
    }

    people[i] = {
      employeeNumber: numbers[i],
      firstName,
      lastName,
      workEmail,
      personalEmail,
      language,
      department: slot.dept < 0 ? EXECUTIVE_DEPARTMENT : DEPARTMENTS[slot.dept].name,
      site: site.def.name,
      region: site.def.region,
      country: site.def.country,
      jobTitle: slot.title,
      managerNumber: slot.manager < 0 ? null : numbers[slot.manager],
      startDate: isoDate(start),
      endDate: end === null ? null : isoDate(end),
      birthDay,
      birthMonth,
      birthYear,
      sensitive: slot.sensitive,
    };
  }
  return people;
}

/* ------------------------------------------------------------------------------------------------
 * CSV
 * --------------------------------------------------------------------------------------------- */

function formatBirthday(person: PersonRecord): string {
  const { birthDay: day, birthMonth: month, birthYear: year } = person;
  if (day == null || month == null) return '';
  return year == null ? `${pad2(day)}/${pad2(month)}` : `${pad2(day)}/${pad2(month)}/${year}`;
}

function csvCell(person: PersonRecord, field: PersonField): string {
  switch (field) {
    case 'employee_number':
      return person.employeeNumber;
    case 'first_name':
      return person.firstName;
    case 'last_name':
      return person.lastName;
    case 'work_email':
      return person.workEmail ?? '';
    case 'personal_email':
      return person.personalEmail ?? '';
    case 'language':
      return person.language ?? '';
    case 'department':
      return person.department ?? '';
    case 'site':
      return person.site ?? '';
    case 'region':
      return person.region ?? '';
    case 'country':
      return person.country ?? '';
    case 'job_title':
      return person.jobTitle ?? '';
    case 'manager':
      return person.managerNumber ?? '';
    case 'start_date':
      return person.startDate ?? '';
    case 'end_date':
      return person.endDate ?? '';
    case 'birthday':
      return formatBirthday(person);
    case 'sensitive':
      return person.sensitive === undefined ? '' : person.sensitive ? 'yes' : 'no';
    case 'employment_type':
      return person.employmentType ?? '';
  }
}

/**
 * A header row of the canonical field names (PERSON_FIELDS), then one row per person:
 * birthday dd/mm/yyyy (dd/mm without a year), ISO dates, sensitive yes/no, '' for null or undefined.
 */
export function peopleToCsvRows(people: PersonRecord[]): string[][] {
  const rows: string[][] = [[...PERSON_FIELDS]];
  for (const person of people) rows.push(PERSON_FIELDS.map((field) => csvCell(person, field)));
  return rows;
}
