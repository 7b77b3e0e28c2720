/**
 * Deterministic synthetic organisation: a Belgian employer of any size, for demos, tests and benchmarks.
 * Pure: no I/O, no clock, no Math.random(); the same options always give exactly the same people.
 */
import { PERSON_FIELDS, type Language, type PersonField, type PersonRecord } from './people.types.ts';
import { DEPARTMENTS, EXECUTIVE_DEPARTMENT, PERSONAL_EMAIL_DOMAINS, SITES, type SiteDef } from './people.seed-data.ts';
import {
  type Rng,
  Picker,
  pickCommon,
  truncatedExponential,
  addYears,
  pad2,
  isoDate,
  parseIsoDate,
  toWorkingDay,
  asciiSlug,
  createRng,
} from './people.seed-kit.ts';
import { fromDayNumber } from '../../platform/calendar.ts';
import { planOrganisation, type Role, type Slot } from './people.seed-plan.ts';
import { DIVERSITY_POOLS, EN_POOLS, LOCAL_POOL_BY_LANGUAGE, NAME_POOLS, type PoolId } from './people.seed-names.ts';

export interface SeedOptions {
  employees: number;
  seed?: string | number;
  /** ISO yyyy-mm-dd: the day the organisation is generated for. */
  today: string;
  /** Default "demo.embassy.test". */
  emailDomain?: string;
}

export { createRng } from './people.seed-kit.ts';

const DEFAULT_SEED = 'embassy';
const DEFAULT_EMAIL_DOMAIN = 'demo.embassy.test';

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
    const [birthYear, birthMonth, birthDay] = fromDayNumber(birth);

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
