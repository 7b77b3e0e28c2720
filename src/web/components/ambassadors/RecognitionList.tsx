/** Thanks and milestones, newest first. */
import { formatDateTime } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.tsx';
import { fullName } from './program.ts';
import type { Recognition } from './types.ts';

export function RecognitionList({ items, showTo }: { items: Recognition[]; showTo?: boolean }) {
  const { t, tp, lang } = useI18n();
  const { me } = useSession();
  // Milestones are noticed by the platform: say them in the reader's language.
  const noteOf = (r: Recognition) => {
    if (r.kind !== 'milestone') return r.note;
    if (r.milestone === 'first-story') return t('amb.milestoneFirstStory');
    const years = /^year-(\d+)$/.exec(r.milestone ?? '')?.[1];
    return years ? tp('amb.milestoneYears', Number(years)) : r.note;
  };
  return (
    <ul className="amb-thanks">
      {items.map((r) => (
        <li key={r.id} className={r.kind === 'milestone' ? 'amb-thanks-milestone' : undefined}>
          <p className="amb-thanks-head">
            {r.kind === 'milestone' ? (
              <span className="amb-badge amb-badge-milestone">{t('amb.milestone')}</span>
            ) : showTo ? (
              t('community.thanksFromTo', { from: r.from, to: fullName(r.to) })
            ) : (
              t('amb.thanksFrom', { from: r.from })
            )}
            {r.kind === 'thanks' && r.companyWide && !showTo && <span className="amb-badge">{t('amb.companyWide')}</span>}
          </p>
          <blockquote className="amb-note">{noteOf(r)}</blockquote>
          <p className="hint">
            <time dateTime={r.createdAt}>{formatDateTime(r.createdAt, lang, me.organisation.timeZone)}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}
