/**
 * How the ambassadors compare with the workforce, segment by segment. Pure: the caller loads one
 * row per current employee. A segment is under-represented when it holds a real part of the
 * workforce (at least MIN_PEOPLE people) but its share among ambassadors is under half its share of
 * the workforce.
 */
export const DIMENSIONS = ['department', 'site', 'region', 'seniority', 'language', 'newHire'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface WorkforceRow {
  person_id: string;
  department: string | null;
  site: string | null;
  region: string | null;
  language: string | null;
  start_date: string | null;
  ambassador: boolean;
}

export interface Segment {
  value: string;
  workforce: number;
  ambassadors: number;
  workforceShare: number;
  ambassadorShare: number;
  /** ambassadorShare / workforceShare: 1 means represented exactly in proportion. */
  ratio: number | null;
  underRepresented: boolean;
}

export const MIN_PEOPLE = 5;
export const UNDER_RATIO = 0.5;
export const NEW_HIRE_DAYS = 180;

const DAY = 86400_000;
const days = (from: string, to: string) => Math.floor((Date.parse(to) - Date.parse(from)) / DAY);

export function seniorityBand(startDate: string | null, today: string): string {
  if (!startDate) return 'unknown';
  const years = days(startDate, today) / 365.25;
  if (years < 1) return '<1';
  if (years < 3) return '1-3';
  if (years < 10) return '3-10';
  return '>10';
}

export function segmentOf(row: WorkforceRow, dimension: Dimension, today: string): string {
  switch (dimension) {
    case 'department':
      return row.department ?? 'unknown';
    case 'site':
      return row.site ?? 'unknown';
    case 'region':
      return row.region ?? 'unknown';
    case 'language':
      return row.language ?? 'unknown';
    case 'seniority':
      return seniorityBand(row.start_date, today);
    case 'newHire':
      return row.start_date && days(row.start_date, today) < NEW_HIRE_DAYS ? 'new' : 'established';
  }
}

export function coverage(rows: WorkforceRow[], today: string): Record<Dimension, Segment[]> {
  const totalPeople = rows.length;
  const totalAmbassadors = rows.filter((r) => r.ambassador).length;
  const result = {} as Record<Dimension, Segment[]>;
  for (const d of DIMENSIONS) {
    const counts = new Map<string, { workforce: number; ambassadors: number }>();
    for (const r of rows) {
      const key = segmentOf(r, d, today);
      const c = counts.get(key) ?? { workforce: 0, ambassadors: 0 };
      c.workforce++;
      if (r.ambassador) c.ambassadors++;
      counts.set(key, c);
    }
    result[d] = [...counts.entries()]
      .map(([value, c]) => {
        const workforceShare = totalPeople ? c.workforce / totalPeople : 0;
        const ambassadorShare = totalAmbassadors ? c.ambassadors / totalAmbassadors : 0;
        const ratio = totalAmbassadors && workforceShare ? ambassadorShare / workforceShare : null;
        return {
          value,
          workforce: c.workforce,
          ambassadors: c.ambassadors,
          workforceShare,
          ambassadorShare,
          ratio,
          underRepresented: totalAmbassadors > 0 && value !== 'unknown' && c.workforce >= MIN_PEOPLE && (ratio ?? 0) < UNDER_RATIO,
        };
      })
      .sort((a, b) => b.workforce - a.workforce);
  }
  return result;
}
