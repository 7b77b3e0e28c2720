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
  private readonly byDept = new Map<string, Candidate[]>();
  private readonly volunteers: Candidate[] = [];
  private readonly parentDept = new Map<string, string | null>();

  constructor(people: Candidate[], private readonly today: string, private readonly cap: number) {
    for (const p of people) this.byId.set(p.id, p);
    const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
    for (const p of people) {
      const eligible = p.start_date !== null && p.start_date <= yearAgo && (p.end_date === null || p.end_date > today) && p.buddies < cap;
      if (!eligible) continue;
      if (p.site_id) push(this.bySite, p.site_id, p);
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

  suggest(newcomerId: string, limit = 5): Suggestion[] {
    const n = this.byId.get(newcomerId);
    if (!n) return [];
    const excluded = this.reportingLine(n);
    excluded.add(n.id);
    const pool = new Set<Candidate>();
    for (const c of n.site_id ? (this.bySite.get(n.site_id) ?? []) : []) pool.add(c);
    for (const c of n.department ? (this.byDept.get(n.department) ?? []) : []) pool.add(c);
    for (const c of this.volunteers) pool.add(c);
    const scored: Suggestion[] = [];
    for (const c of pool) {
      if (excluded.has(c.id) || c.manager_id === n.id) continue;
      const reasons: Suggestion['reasons'] = [];
      if (n.site_id && c.site_id === n.site_id) reasons.push({ reason: 'site', points: POINTS.site });
      if (n.department && c.department === n.department) reasons.push({ reason: 'department', points: POINTS.department });
      else if (this.neighbours(n.department, c.department)) reasons.push({ reason: 'neighbour', points: POINTS.neighbour });
      if (n.language && c.language === n.language) reasons.push({ reason: 'language', points: POINTS.language });
      if (c.volunteer) reasons.push({ reason: 'volunteer', points: POINTS.volunteer });
      const score = reasons.reduce((s, r) => s + r.points, 0);
      if (score > 0) scored.push({ personId: c.id, name: c.name, score, reasons });
    }
    // Highest score first; among equals, the one with fewest buddies, then by name for a stable order.
    return scored
      .sort((a, b) => b.score - a.score || this.byId.get(a.personId)!.buddies - this.byId.get(b.personId)!.buddies || a.name.localeCompare(b.name))
      .slice(0, limit);
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
