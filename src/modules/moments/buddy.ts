/**
 * Buddy (meter/peter) suggestions, scored so the score explains itself. Hard rules first: never the
 * newcomer's manager or anyone up their reporting line (nor their own reports), at least a year of
 * seniority, still employed, and under the organisation's cap of buddies at a time. Then points:
 * same site, same or neighbouring department, a shared language, having volunteered. Equal scores
 * are ordered by TIE_RULE. Only newcomers get suggestions (isNewcomer).
 * Pure: the caller loads the people once and asks for as many newcomers as it likes.
 */
export const POINTS = { site: 30, department: 25, neighbour: 10, language: 15, volunteer: 20 } as const;

/** Suggestions are for people who start in the future or started less than this many months ago. */
export const NEWCOMER_MONTHS = 6;

/**
 * Equal scores, in this order: the longer in the organisation (earlier start date) first, then the
 * one with fewer newcomers to look after now, then by name (then id, so the order never wobbles).
 * The web app says the same on the panel (moments.buddy.tieRule).
 */
export const TIE_RULE = ['seniority', 'fewer-buddies', 'name'] as const;

export interface Candidate {
  id: string;
  name: string;
  department: string | null;
  job_title: string | null;
  site_id: string | null;
  site_name: string | null;
  /** The directory language. */
  language: string | null;
  /** Every language they speak: the directory one and, for ambassadors, those on their profile. */
  languages: string[];
  manager_id: string | null;
  start_date: string | null;
  end_date: string | null;
  volunteer: boolean;
  buddies: number;
}

export type Reason = 'site' | 'department' | 'neighbour' | 'language' | 'volunteer';

export interface Suggestion {
  personId: string;
  name: string;
  score: number;
  reasons: { reason: Reason; points: number }[];
  department: string | null;
  jobTitle: string | null;
  site: string | null;
  languages: string[];
  startDate: string;
  /** Whole years in the organisation today. */
  yearsOfService: number;
  /** Newcomers they are a buddy of now. */
  currentBuddies: number;
}

/** The day `months` months after `day` (YYYY-MM-DD), the last of the month when it is shorter (31 Aug + 6 = 28 Feb). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * Whether someone is a newcomer on `today`: their start date is known and they start in the future
 * or started less than NEWCOMER_MONTHS ago. Someone without a start date is not (no onboarding
 * journey runs for them either).
 */
export function isNewcomer(startDate: string | null, today: string, months = NEWCOMER_MONTHS): boolean {
  return startDate !== null && today < addMonths(startDate, months);
}

/** The last day someone is a newcomer, or null without a start date. */
export function newcomerUntil(startDate: string | null, months = NEWCOMER_MONTHS): string | null {
  if (startDate === null) return null;
  const end = new Date(`${addMonths(startDate, months)}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

/** Whole years from `start` to `today` (both YYYY-MM-DD); 0 before the first anniversary. */
export function yearsBetween(start: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(start.slice(0, 4));
  return Math.max(0, today.slice(5) < start.slice(5) ? years - 1 : years);
}

/**
 * The family of a department named with a separator: "IT / Development", "IT - Support",
 * "Sales > North" and "Sales: South" are of "it" and "sales". A hyphen inside a word
 * ("Back-office") separates nothing.
 */
export function departmentFamily(name: string): string | null {
  const m = /^(.+?)\s*(?:\/|>|:|\||\s[-–—]\s)\s*\S/.exec(name);
  return m ? m[1].trim().toLowerCase() : null;
}

export class BuddyIndex {
  private readonly byId = new Map<string, Candidate>();
  private readonly bySite = new Map<string, Candidate[]>();
  private readonly bySiteDept = new Map<string, Candidate[]>();
  private readonly byDept = new Map<string, Candidate[]>();
  private readonly byLanguage = new Map<string, Candidate[]>();
  private readonly volunteers: Candidate[] = [];
  /** Per department, the manager outside it most of its people who report outside it report to. */
  private readonly upper = new Map<string, Candidate>();
  private readonly departments: string[];
  private readonly neighbourCache = new Map<string, string[]>();

  constructor(
    people: Candidate[],
    private readonly today: string,
    private readonly cap: number,
  ) {
    for (const p of people) this.byId.set(p.id, p);
    const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
    const depts = new Set<string>();
    for (const p of people) {
      if (p.department) depts.add(p.department);
      const eligible = p.start_date !== null && p.start_date <= yearAgo && (p.end_date === null || p.end_date > today) && p.buddies < cap;
      if (!eligible) continue;
      if (p.site_id) push(this.bySite, p.site_id, p);
      if (p.site_id && p.department) push(this.bySiteDept, `${p.site_id}|${p.department}`, p);
      if (p.department) push(this.byDept, p.department, p);
      for (const l of spoken(p)) push(this.byLanguage, l, p);
      if (p.volunteer) this.volunteers.push(p);
    }
    this.departments = [...depts];
    const votes = new Map<string, Map<string, number>>();
    for (const p of people) {
      const m = p.manager_id ? this.byId.get(p.manager_id) : undefined;
      if (!p.department || !m || m.department === p.department) continue;
      const v = votes.get(p.department) ?? new Map<string, number>();
      v.set(m.id, (v.get(m.id) ?? 0) + 1);
      votes.set(p.department, v);
    }
    for (const [dept, v] of votes) {
      const [managerId] = [...v.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
      this.upper.set(dept, this.byId.get(managerId)!);
    }
  }

  /**
   * Departments next to each other, narrower than "under the same director":
   * - siblings: the people who lead both report to the same manager, and that manager is not at the
   *   top of the organisation (has a manager of their own): two teams of one IT director are
   *   neighbours, two departments that merely both answer to the CEO are not;
   * - parent and child: the people who lead one report to someone in the other, again below the top;
   * - one family by name: "IT / Development" and "IT / Support" (and "IT" itself).
   * Who leads a department: the manager outside it to whom most of its people who report outside it
   * report (ties by id), so one person reporting elsewhere does not move a whole department.
   */
  neighbours(a: string | null, b: string | null): boolean {
    if (!a || !b || a === b) return false;
    const fa = departmentFamily(a);
    const fb = departmentFamily(b);
    if ((fa ?? a.toLowerCase()) === (fb ?? b.toLowerCase()) && (fa !== null || fb !== null)) return true;
    const ua = this.upper.get(a);
    const ub = this.upper.get(b);
    const belowTop = (m: Candidate | undefined) => !!m && !!m.manager_id && this.byId.has(m.manager_id);
    if (ua && ub && ua.id === ub.id && belowTop(ua)) return true;
    if (ua && ua.department === b && belowTop(ua)) return true;
    if (ub && ub.department === a && belowTop(ub)) return true;
    return false;
  }

  private neighbourDepartments(dept: string): string[] {
    let list = this.neighbourCache.get(dept);
    if (!list) {
      list = this.departments.filter((d) => this.neighbours(dept, d));
      this.neighbourCache.set(dept, list);
    }
    return list;
  }

  private reportingLine(newcomer: Candidate): Set<string> {
    const line = new Set<string>();
    for (let m = newcomer.manager_id; m && !line.has(m) && line.size < 50; m = this.byId.get(m)?.manager_id ?? null) line.add(m);
    return line;
  }

  /**
   * Scores every candidate who shares something with the newcomer (site, department, a neighbouring
   * department, a language) and the volunteers, each once, keeping only the best `limit` as it goes:
   * a newcomer costs a few thousand integer additions, not a sort of everyone.
   */
  suggest(newcomerId: string, limit = 5): Suggestion[] {
    const n = this.byId.get(newcomerId);
    if (!n) return [];
    const excluded = this.reportingLine(n);
    excluded.add(n.id);
    const seen = new Set<string>();
    const top: { c: Candidate; score: number }[] = [];
    const consider = (c: Candidate) => {
      if (seen.has(c.id)) return;
      seen.add(c.id);
      if (excluded.has(c.id) || c.manager_id === n.id) return;
      const score = this.score(n, c);
      if (score === 0) return;
      if (top.length === limit && !better(score, c, top[top.length - 1])) return;
      let i = top.length;
      while (i > 0 && better(score, c, top[i - 1])) i--;
      top.splice(i, 0, { c, score });
      if (top.length > limit) top.pop();
    };
    // Tiers in order of the best score they can reach; once the list is full of scores no later tier
    // can reach (an equal score could still win on the tie rule), the rest need no look.
    const full = (reachable: number) => top.length === limit && top[top.length - 1].score > reachable;
    const P = POINTS;
    const list = <K>(m: Map<K, Candidate[]>, k: K | null) => (k === null ? [] : (m.get(k) ?? []));
    const tiers: [number, () => void][] = [
      [
        P.site + P.department + P.language + P.volunteer,
        () => list(this.bySiteDept, n.site_id && n.department ? `${n.site_id}|${n.department}` : null).forEach(consider),
      ],
      [P.site + P.neighbour + P.language + P.volunteer, () => list(this.bySite, n.site_id).forEach(consider)],
      [P.department + P.language + P.volunteer, () => list(this.byDept, n.department).forEach(consider)],
      [
        P.neighbour + P.language + P.volunteer,
        () => {
          for (const d of n.department ? this.neighbourDepartments(n.department) : []) list(this.byDept, d).forEach(consider);
        },
      ],
      [P.neighbour + P.language + P.volunteer, () => this.volunteers.forEach(consider)],
      [
        P.language,
        () => {
          for (const l of spoken(n)) list(this.byLanguage, l).forEach(consider);
        },
      ],
    ];
    for (const [reachable, run] of tiers) {
      if (full(reachable)) break;
      run();
    }
    return top.map(({ c, score }) => ({
      personId: c.id,
      name: c.name,
      score,
      reasons: this.reasons(n, c),
      department: c.department,
      jobTitle: c.job_title,
      site: c.site_name,
      languages: spoken(c),
      startDate: c.start_date!,
      yearsOfService: yearsBetween(c.start_date!, this.today),
      currentBuddies: c.buddies,
    }));
  }

  private score(n: Candidate, c: Candidate): number {
    return this.reasons(n, c).reduce((s, r) => s + r.points, 0);
  }

  private reasons(n: Candidate, c: Candidate): Suggestion['reasons'] {
    const r: Suggestion['reasons'] = [];
    if (n.site_id && c.site_id === n.site_id) r.push({ reason: 'site', points: POINTS.site });
    if (n.department && c.department === n.department) r.push({ reason: 'department', points: POINTS.department });
    else if (this.neighbours(n.department, c.department)) r.push({ reason: 'neighbour', points: POINTS.neighbour });
    const theirs = spoken(c);
    if (spoken(n).some((l) => theirs.includes(l))) r.push({ reason: 'language', points: POINTS.language });
    if (c.volunteer) r.push({ reason: 'volunteer', points: POINTS.volunteer });
    return r;
  }
}

/** The languages someone speaks, the directory one first, each once. */
function spoken(p: Candidate): string[] {
  return [...new Set([...(p.language ? [p.language] : []), ...p.languages])];
}

/** Highest score first; equal scores by TIE_RULE: more seniority, then fewer buddies now, then name, then id. */
export function better(score: number, c: Candidate, than: { c: Candidate; score: number }): boolean {
  if (score !== than.score) return score > than.score;
  const a = c.start_date ?? '9999-12-31';
  const b = than.c.start_date ?? '9999-12-31';
  if (a !== b) return a < b;
  if (c.buddies !== than.c.buddies) return c.buddies < than.c.buddies;
  const byName = c.name.localeCompare(than.c.name);
  if (byName !== 0) return byName < 0;
  return c.id < than.c.id;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
