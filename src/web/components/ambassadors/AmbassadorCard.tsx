/** An ambassador in the community directory, with a way to thank them. */
import { useId, useState } from 'react';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.tsx';
import { LiveStatus } from '../Notice.tsx';
import { Avatar } from './Avatar.tsx';
import { ThankForm } from './ThankForm.tsx';
import { fullName, languageLabel, regionLabel, SCOPE_KEYS, topicLabel } from './program.ts';
import type { Ambassador } from './types.ts';

export function AmbassadorCard({ a, onThanked }: { a: Ambassador; onThanked(companyWide: boolean): void }) {
  const { t } = useI18n();
  const { me } = useSession();
  const id = useId();
  const [thanking, setThanking] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const self = me.user.personId === a.personId;
  const where = [a.site, regionLabel(t, a.region)].filter(Boolean).join(' · ');
  return (
    <li className="card amb-person" aria-labelledby={`${id}-name`}>
      <div className="amb-person-head">
        <Avatar firstName={a.firstName} lastName={a.lastName} photoUrl={a.photoUrl} size={56} />
        <div>
          <h3 id={`${id}-name`}>{fullName(a)}</h3>
          {(a.jobTitle || a.department) && <p className="hint">{[a.jobTitle, a.department].filter(Boolean).join(' · ')}</p>}
          {where && <p className="hint">{where}</p>}
        </div>
      </div>
      <p>
        <span className={`amb-badge amb-badge-${a.effectiveScope}`}>{t(SCOPE_KEYS[a.effectiveScope])}</span>
        {self && <span className="amb-badge">{t('community.you')}</span>}
      </p>
      {a.intro && <p className="amb-intro">{a.intro.length > 280 ? `${a.intro.slice(0, 279)}…` : a.intro}</p>}
      {a.topics.length > 0 && (
        <ul className="amb-chips amb-chips-static" aria-label={t('community.topicsOf', { name: a.firstName })}>
          {a.topics.map((topic) => (
            <li key={topic} className="amb-chip amb-chip-static">
              {topicLabel(t, topic)}
            </li>
          ))}
        </ul>
      )}
      {a.languages.length > 0 && (
        <p className="hint">{t('community.speaks', { languages: a.languages.map((l) => languageLabel(t, l)).join(', ') })}</p>
      )}
      {!self && (
        <div className="amb-person-actions">
          {thanking ? (
            <ThankForm
              personId={a.personId}
              firstName={a.firstName}
              onCancel={() => setThanking(false)}
              onDone={(companyWide) => {
                setThanking(false);
                setStatus(t('community.thanked', { name: a.firstName }));
                onThanked(companyWide);
              }}
            />
          ) : (
            <button type="button" className="button button-small" onClick={() => setThanking(true)}>
              {t('community.thank', { name: a.firstName })}
            </button>
          )}
        </div>
      )}
      <LiveStatus>{status}</LiveStatus>
    </li>
  );
}
