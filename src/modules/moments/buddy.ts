/**
 * Buddy (meter/peter) suggestions, scored so the score explains itself. Hard rules first: never the
 * newcomer's manager or anyone up their reporting line (nor their own reports), at least a year of
 * seniority, still employed, and under the organisation's cap of buddies at a time. Then points:
 * same site, same or neighbouring department, a shared language, having volunteered.
 * Pure: the caller loads the people once and asks for as many newcomers as it likes.
 */
export const POINTS = { site: 30, department: 25, neighbour: 10, language: 15, volunteer: 20 } as const;

export interface Candidate {
  id: string;
  name: string;
  department: string | null;
  site_id: string | null;
  language: string | null;
  manager_id: string | null;
  start_date: string | null;
  end_date: string | null;
  volunteer: boolean;
  buddies: number;
}

export interface Suggestion {
  personId: string;
  name: string;
  score: number;
  reasons: { reason: 'site' | 'department' | 'neighbour' | 'language' | 'volunteer'; points: number }[];
}

export class BuddyIndex {
  private readonly byId = new Map<string, Candidate>();
  private readonly bySite = new Map<string, Candidate[]>();
  private readonly bySiteDept = new Map<string, Candidate[]>();
  private readonly byDept = new Map<string, Candidate[]>();
  private readonly volunteers: Candidate[] = [];
  private readonly parentDept = new Map<string, string | null>();

  constructor(
    people: Candidate[],
    private readonly today: string,
    private readonly cap: number,
  ) {
    for (const p of people) this.byId.set(p.id, p);
    const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
    for (const p of people) {
      const eligible = p.start_date !== null && p.start_date <= yearAgo && (p.end_date === null || p.end_date > today) && p.buddies < cap;
      if (!eligible) continue;
      if (p.site_id) push(this.bySite, p.site_id, p);
      if (p.site_id && p.department) push(this.bySiteDept, `${p.site_id}|${p.department}`, p);
      if (p.department) push(this.byDept, p.department, p);
      if (p.volunteer) this.volunteers.push(p);
    }
    // A department's parent: where most of the managers of its people who report outside it sit.
    const votes = new Map<string, Map<string, number>>();
    for (const p of people) {
      const m = p.manager_id ? this.byId.get(p.manager_id) : undefined;
      if (!p.department || !m?.department || m.department === p.department) continue;
      const v = votes.get(p.department) ?? new Map<string, number>();
      v.set(m.department, (v.get(m.department) ?? 0) + 1);
      votes.set(p.department, v);
    }
    for (const [dept, v] of votes) this.parentDept.set(dept, [...v.entries()].sort((a, b) => b[1] - a[1])[0][0]);
  }

  /** Departments that sit next to each other: siblings under the same parent, or parent and child. */
  neighbours(a: string | null, b: string | null): boolean {
    if (!a || !b || a === b) return false;
    const pa = this.parentDept.get(a) ?? null;
    const pb = this.parentDept.get(b) ?? null;
    return pa === b || pb === a || (pa !== null && pa === pb);
  }

  private reportingLine(newcomer: Candidate): Set<string> {
    const line = new Set<string>();
    for (let m = newcomer.manager_id; m && !line.has(m) && line.size < 50; m = this.byId.get(m)?.manager_id ?? null) line.add(m);
    return line;
  }

  /**
   * Scores every candidate at the newcomer's site or in their department, and the volunteers, each
   * once, keeping only the best `limit` as it goes: a newcomer costs a few thousand integer
   * additions, not a sort of everyone.
   */
  suggest(newcomerId: string, limit = 5): Suggestion[] {
    const n = this.byId.get(newcomerId);
    if (!n) return [];
    const excluded = this.reportingLine(n);
    excluded.add(n.id);
    const top: { c: Candidate; score: number }[] = [];
    const consider = (c: Candidate) => {
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
    // can beat, the rest need no look.
    const full = (reachable: number) => top.length === limit && top[top.length - 1].score >= reachable;
    const P = POINTS;
    const tiers: [number, () => void][] = [
      [
        P.site + P.department + P.language + P.volunteer,
        () => {
          for (const c of n.site_id && n.department ? (this.bySiteDept.get(`${n.site_id}|${n.department}`) ?? []) : []) consider(c);
        },
      ],
      [
        P.site + P.neighbour + P.language + P.volunteer,
        () => {
          for (const c of n.site_id ? (this.bySite.get(n.site_id) ?? []) : [])
            if (c.department !== n.department || !n.department) consider(c);
        },
      ],
      [
        P.department + P.language + P.volunteer,
        () => {
          for (const c of n.department ? (this.byDept.get(n.department) ?? []) : []) if (c.site_id !== n.site_id || !n.site_id) consider(c);
        },
      ],
      [
        P.neighbour + P.language + P.volunteer,
        () => {
          for (const c of this.volunteers) if (c.site_id !== n.site_id && c.department !== n.department) consider(c);
        },
      ],
    ];
    for (const [reachable, run] of tiers) {
      if (full(reachable)) break;
      run();
    }
    return top.map(({ c, score }) => ({ personId: c.id, name: c.name, score, reasons: this.reasons(n, c) }));
  }

  private score(n: Candidate, c: Candidate): number {
    let s = 0;
    if (n.site_id && c.site_id === n.site_id) s += POINTS.site;
    if (n.department && c.department === n.department) s += POINTS.department;
    else if (this.neighbours(n.department, c.department)) s += POINTS.neighbour;
    if (n.language && c.language === n.language) s += POINTS.language;
    if (c.volunteer) s += POINTS.volunteer;
    return s;
  }

  private reasons(n: Candidate, c: Candidate): Suggestion['reasons'] {
    const r: Suggestion['reasons'] = [];
    if (n.site_id && c.site_id === n.site_id) r.push({ reason: 'site', points: POINTS.site });
    if (n.department && c.department === n.department) r.push({ reason: 'department', points: POINTS.department });
    else if (this.neighbours(n.department, c.department)) r.push({ reason: 'neighbour', points: POINTS.neighbour });
    if (n.language && c.language === n.language) r.push({ reason: 'language', points: POINTS.language });
    if (c.volunteer) r.push({ reason: 'volunteer', points: POINTS.volunteer });
    return r;
  }
}

/** Highest score first; among equals, the one with fewest buddies, then by name for a stable order. */
function better(score: number, c: Candidate, than: { c: Candidate; score: number }): boolean {
  if (score !== than.score) return score > than.score;
  if (c.buddies !== than.c.buddies) return c.buddies < than.c.buddies;
  return c.name.localeCompare(than.c.name) < 0;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
