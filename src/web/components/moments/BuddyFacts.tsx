/**
 * What helps choose between suggested buddies: job, department, site, languages, how long they have
 * been in the organisation and how many newcomers they look after now. Empty facts are left out.
 */
import { formatDate } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { LANGUAGE_LABEL_KEYS } from '../../lib/labels.ts';
import type { BuddySuggestion } from '../../lib/moments.ts';
import type { ApiLanguage } from '../../lib/types.ts';

const isApiLanguage = (l: string): l is ApiLanguage => l in LANGUAGE_LABEL_KEYS;

export function BuddyFacts({ s }: { s: BuddySuggestion }) {
  const { t, tp, lang } = useI18n();
  const languages = s.languages.map((l) => (isApiLanguage(l) ? t(LANGUAGE_LABEL_KEYS[l]) : l)).join(', ');
  const facts: [string, string][] = [
    [t('moments.buddy.jobTitle'), s.jobTitle ?? ''],
    [t('moments.buddy.department'), s.department ?? ''],
    [t('moments.buddy.site'), s.site ?? ''],
    [t('moments.buddy.languages'), languages],
    [t('moments.buddy.seniority'), tp('moments.buddy.years', s.yearsOfService, { date: formatDate(s.startDate, lang) })],
    [t('moments.buddy.load'), s.currentBuddies ? tp('moments.buddy.buddies', s.currentBuddies) : t('moments.buddy.noBuddies')],
  ];
  return (
    <dl className="m-buddy-facts">
      {facts
        .filter(([, value]) => value)
        .map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
