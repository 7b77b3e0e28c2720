/**
 * Survey results as CSV for Belgian Excel (UTF-8 with BOM, `;`, CRLF, formula-safe cells: see
 * src/platform/csv.ts): the same view as GET /surveys/{id}/results, flattened, in the reader's
 * language. It is built from that view's answer, so it obeys the same plan: a withheld group is one
 * row with the reason in words and no number.
 */
import { toCsv, type CsvValue } from '../../platform/csv.ts';
import type { Localizer, UiLanguage } from '../../platform/language.ts';
import type { resultsOf } from './results.service.ts';

type View = Awaited<ReturnType<typeof resultsOf>>;

const HEADERS: Record<UiLanguage, string[]> = {
  nl: [
    'Groep',
    'Segment',
    'Vraag',
    'Antwoord',
    'Aantal',
    'Gemiddelde',
    'eNPS',
    'Respondenten',
    'Uitgenodigd',
    'Responsgraad',
    'Niet getoond',
  ],
  fr: ['Groupe', 'Segment', 'Question', 'Réponse', 'Nombre', 'Moyenne', 'eNPS', 'Répondants', 'Invités', 'Taux de réponse', 'Non affiché'],
  en: ['Group', 'Segment', 'Question', 'Answer', 'Count', 'Average', 'eNPS', 'Respondents', 'Invited', 'Response rate', 'Withheld'],
};

const WORDS: Record<UiLanguage, { everyone: string; team: string; unknown: string }> = {
  nl: { everyone: 'Iedereen', team: 'Mijn team', unknown: 'Niet gekend' },
  fr: { everyone: 'Tout le monde', team: 'Mon équipe', unknown: 'Inconnu' },
  en: { everyone: 'Everyone', team: 'My team', unknown: 'Not known' },
};

const DIMENSION_WORDS: Record<UiLanguage, Record<string, string>> = {
  nl: {
    department: 'Afdeling',
    site: 'Vestiging',
    region: 'Regio',
    language: 'Taal',
    seniority: 'Anciënniteit',
    start_cohort: 'Startkwartaal',
    period: 'Kwartaal',
  },
  fr: {
    department: 'Département',
    site: 'Site',
    region: 'Région',
    language: 'Langue',
    seniority: 'Ancienneté',
    start_cohort: "Trimestre d'entrée",
    period: 'Trimestre',
  },
  en: {
    department: 'Department',
    site: 'Site',
    region: 'Region',
    language: 'Language',
    seniority: 'Seniority',
    start_cohort: 'Start cohort',
    period: 'Quarter',
  },
};

/** Decimal numbers as Belgian Excel reads them with `;` (a decimal comma), plain otherwise. */
const decimal = (x: number | null | undefined, delimiter: string): CsvValue =>
  x === null || x === undefined ? '' : delimiter === ';' ? String(x).replace('.', ',') : x;

export function resultsCsv(view: View, l: Localizer, delimiter: ';' | ','): string {
  const w = WORDS[l.language];
  const rows: CsvValue[][] = [HEADERS[l.language]];
  const questions = new Map(view.questions.map((q) => [q.id, q]));
  const optionLabel = (qid: string, value: string) => {
    const q = questions.get(qid)!;
    if (q.kind === 'single' || q.kind === 'multi') return l.text(q.options.find((o) => o.key === value)?.label) || value;
    return value;
  };
  const reasonText = (reason: string) => l.text(view.notes.find((n) => n.code === reason)?.text) || reason;
  const dimension = (d: string) => DIMENSION_WORDS[l.language][d] ?? d;
  const groupName = view.filter
    ? `${dimension(view.filter.dimension)}: ${view.filter.label ?? w.unknown}`
    : view.scope === 'team'
      ? w.team
      : w.everyone;

  const g = view.group;
  if (g.withheld) rows.push([groupName, '', '', '', '', '', '', '', '', '', reasonText(g.withheld)]);
  else {
    rows.push([groupName, '', '', '', '', '', g.enps?.score ?? '', g.respondents, g.invited, decimal(g.responseRate, delimiter), '']);
    for (const q of g.questions ?? []) {
      const text = l.text(questions.get(q.id)!.text);
      rows.push([groupName, '', text, '', q.answered, decimal(q.average, delimiter), q.enps?.score ?? '', '', '', '', '']);
      for (const d of q.distribution) rows.push([groupName, '', text, optionLabel(q.id, d.value), d.count, '', '', '', '', '', '']);
    }
  }
  if (view.heatmap) {
    const dim = view.heatmap.dimension;
    for (const s of view.heatmap.segments) {
      const segment = `${dimension(dim)}: ${s.label ?? w.unknown}`;
      if (s.withheld) {
        rows.push([groupName, segment, '', '', '', '', '', '', '', '', reasonText(s.withheld)]);
        continue;
      }
      rows.push([groupName, segment, '', '', '', '', '', s.respondents, s.invited, decimal(s.responseRate, delimiter), '']);
      for (const sc of s.scores ?? [])
        rows.push([
          groupName,
          segment,
          l.text(questions.get(sc.questionId)!.text),
          '',
          sc.answered,
          decimal(sc.average, delimiter),
          sc.enps ?? '',
          '',
          '',
          '',
          '',
        ]);
    }
  }
  return toCsv(rows, { delimiter, bom: true });
}
