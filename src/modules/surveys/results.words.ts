/** What a reader is told of withheld groups, in nl, fr and en, and the minimum that holds for comments. */
import type { LocalizedText } from '../../platform/language.ts';
import type { SurveyRow } from './results.repo.ts';

/**
 * Why a group is withheld, as a client reads it. The plan's two anonymity reasons ('below-minimum',
 * 'overlap') are one here: telling them apart would tell a count (Finance shown with 6 and Finance in
 * Gent withheld for overlap says Finance in Gent has 5, so one person in Finance works elsewhere).
 */
export type Reason = 'anonymity' | 'not-offered';
export type NoteCode = Reason | 'comments-while-open';

/** The minimum for comments: twice the survey's while it is open, so comments trickling in cannot be told apart. */
export const commentsMinimum = (s: Pick<SurveyRow, 'status' | 'min_comments'>) =>
  s.status === 'open' ? 2 * s.min_comments : s.min_comments;

export const NOTE_TEXT: Record<NoteCode, (min: number) => LocalizedText> = {
  anonymity: (min) => ({
    nl: `Niet getoond om de anonimiteit te beschermen: de groep telt minder dan ${min} antwoorden, of naast groepen die je wel ziet zou ze laten uitrekenen wat minder dan ${min} mensen antwoordden.`,
    fr: `Masqué pour protéger l'anonymat : le groupe compte moins de ${min} réponses, ou, à côté des groupes affichés, il permettrait de calculer les réponses de moins de ${min} personnes.`,
    en: `Withheld to protect anonymity: the group has fewer than ${min} responses, or next to the groups you can see it would let someone work out the answers of fewer than ${min} people.`,
  }),
  'not-offered': () => ({
    nl: 'Deze enquête rapporteert niet per dit kenmerk.',
    fr: 'Cette enquête ne présente pas de résultats selon ce critère.',
    en: 'This survey does not report results by this attribute.',
  }),
  'comments-while-open': (min) => ({
    nl: `Zolang de enquête loopt, worden opmerkingen pas getoond vanaf ${min} antwoorden in de groep.`,
    fr: `Tant que l'enquête est ouverte, les commentaires ne sont affichés qu'à partir de ${min} réponses dans le groupe.`,
    en: `While the survey is open, comments are only shown for groups of at least ${min} responses.`,
  }),
};

export function notesOf(reasons: (Reason | undefined)[], survey: SurveyRow, extra: NoteCode[] = [], min = survey.min_group) {
  const counts = new Map<NoteCode, number>();
  for (const r of reasons) if (r) counts.set(r, (counts.get(r) ?? 0) + 1);
  for (const e of extra) counts.set(e, (counts.get(e) ?? 0) + 1);
  return [...counts].map(([code, count]) => ({
    code,
    count,
    text: NOTE_TEXT[code](code === 'comments-while-open' ? commentsMinimum(survey) : min),
  }));
}
