/** Survey results' arithmetic, pure: tallies of answers, averages, eNPS, response rates, quarters. */
import type { QuestionRow } from './results.repo.ts';

type Counts = Map<string, Map<string, number>>; // question -> value -> count

export interface Tally {
  counts: Counts;
  answered: Map<string, number>;
}

export const newTally = (): Tally => ({ counts: new Map(), answered: new Map() });

export function add(t: Tally, question: string, value: string | null, n: number, answers: number) {
  t.answered.set(question, (t.answered.get(question) ?? 0) + answers);
  if (value === null) return;
  let m = t.counts.get(question);
  if (!m) t.counts.set(question, (m = new Map()));
  m.set(value, (m.get(value) ?? 0) + n);
}

export function enpsOf(counts: Map<string, number> | undefined) {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const [v, n] of counts ?? []) {
    const x = Number(v);
    if (x >= 9) promoters += n;
    else if (x >= 7) passives += n;
    else detractors += n;
  }
  const total = promoters + passives + detractors;
  if (total === 0) return null;
  return { score: Math.round(((promoters - detractors) * 100) / total), promoters, passives, detractors };
}

function averageOf(counts: Map<string, number> | undefined): number | null {
  let sum = 0;
  let n = 0;
  for (const [v, c] of counts ?? []) {
    sum += Number(v) * c;
    n += c;
  }
  return n === 0 ? null : Math.round((sum / n) * 100) / 100;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

function possibleValues(q: QuestionRow): string[] {
  if (q.kind === 'enps') return range(0, 10);
  if (q.kind === 'scale') return range(1, 5);
  return q.options.map((o) => o.key);
}

const numeric = (q: QuestionRow) => q.kind === 'enps' || q.kind === 'scale';

export function questionResults(questions: QuestionRow[], t: Tally) {
  return questions
    .filter((q) => q.kind !== 'text')
    .map((q) => {
      const counts = t.counts.get(q.id);
      const values = possibleValues(q);
      for (const v of counts?.keys() ?? []) if (!values.includes(v)) values.push(v);
      return {
        id: q.id,
        answered: t.answered.get(q.id) ?? 0,
        distribution: values.map((value) => ({ value, count: counts?.get(value) ?? 0 })),
        average: numeric(q) ? averageOf(counts) : null,
        enps: q.kind === 'enps' ? enpsOf(counts) : null,
      };
    });
}

export function scoresOf(questions: QuestionRow[], t: Tally) {
  return questions.filter(numeric).map((q) => ({
    questionId: q.id,
    answered: t.answered.get(q.id) ?? 0,
    average: averageOf(t.counts.get(q.id)),
    enps: q.kind === 'enps' ? (enpsOf(t.counts.get(q.id))?.score ?? null) : null,
  }));
}

export const rate = (respondents: number, invited: number) =>
  invited > 0 ? Math.min(1, Math.round((respondents / invited) * 1000) / 1000) : null;

// ---- quarters ----

export const quarterOf = (at: Date) => `${at.getUTCFullYear()}-Q${Math.floor(at.getUTCMonth() / 3) + 1}`;

export function quartersBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, q] = [Number(from.slice(0, 4)), Number(from.slice(6))];
  const [ty, tq] = [Number(to.slice(0, 4)), Number(to.slice(6))];
  while ((y < ty || (y === ty && q <= tq)) && out.length < 200) {
    out.push(`${y}-Q${q}`);
    if (++q > 4) [y, q] = [y + 1, 1];
  }
  return out;
}

/** The quarter 'YYYY-Qn' of an archive period (the first day of its quarter). */
export const archiveQuarter = (period: string) => `${period.slice(0, 4)}-Q${Math.floor((Number(period.slice(5, 7)) - 1) / 3) + 1}`;
