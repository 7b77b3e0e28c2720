/**
 * The moments part of a person's page: their timeline (what was sent, what is to come) for those
 * who may see it (HR, the person, their manager: anyone else gets a 404 and sees nothing), and
 * for HR or the manager, the buddy with ranked suggestions whose score explains itself.
 */
import { useId, useState } from 'react';
import { api } from '../../lib/api.ts';
import { hasCode } from '../../lib/errors.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { isHr, KIND_KEYS, REASON_KEYS, RECIPIENT_KEYS, STATUS_KEYS, type BuddyInfo, type PersonTimeline } from '../../lib/moments.ts';
import { Link } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import type { PersonCard } from '../../lib/types.ts';
import { useApi, useApiMutation } from '../../lib/useApi.ts';
import { ErrorNotice, LiveStatus, Loading } from '../Notice.tsx';
import { BuddyFacts } from './BuddyFacts.tsx';
import './moments.css';

const SHOWN = 8;

export function PersonMoments({ person }: { person: Pick<PersonCard, 'id' | 'firstName' | 'lastName' | 'manager'> }) {
  const { me } = useSession();
  const mayChooseBuddy = isHr(me) || (me.user.personId !== null && person.manager?.id === me.user.personId);
  return (
    <>
      <Timeline personId={person.id} />
      {mayChooseBuddy && <Buddy personId={person.id} name={`${person.firstName} ${person.lastName}`} />}
    </>
  );
}

function Timeline({ personId }: { personId: string }) {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const id = useId();
  const data = useApi<PersonTimeline>(`/people/${encodeURIComponent(personId)}/timeline`);
  const [allPast, setAllPast] = useState(false);
  const [allUpcoming, setAllUpcoming] = useState(false);
  // Not allowed to see this person's moments: the section is simply not there.
  if (hasCode(data.error, 'not-found', 'forbidden')) return null;
  const tl = data.data;
  const past = tl ? [...tl.past].reverse() : [];
  const upcoming = tl?.upcoming ?? [];

  return (
    <section className="card m-person-wide" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('moments.person.timeline')}</h2>
      {data.loading && !tl && <Loading />}
      <ErrorNotice error={data.error} />
      {tl && (
        <div className="m-person-timeline">
          <div>
            <h3 id={`${id}-up`}>{t('moments.person.upcoming')}</h3>
            {upcoming.length === 0 ? (
              <p className="empty">{t('moments.person.noUpcoming')}</p>
            ) : (
              <ol className="m-tl-list" aria-labelledby={`${id}-up`}>
                {(allUpcoming ? upcoming : upcoming.slice(0, SHOWN)).map((u) => (
                  <li key={`${u.stepId}-${u.occurrence}`} className={`m-kind-${u.kind}`}>
                    <span className="m-tl-date">{formatDate(u.dueDate, lang)}</span>
                    <span className="strong">{u.stepName}</span>
                    <span className="hint m-block">
                      {u.journeyName} · {t(KIND_KEYS[u.kind])} · {t('moments.timeline.to', { recipient: t(RECIPIENT_KEYS[u.recipient]) })}
                    </span>
                  </li>
                ))}
              </ol>
            )}
            {upcoming.length > SHOWN && (
              <button type="button" className="button-link" aria-expanded={allUpcoming} onClick={() => setAllUpcoming((v) => !v)}>
                {allUpcoming ? t('moments.person.showFewer') : t('moments.person.showAll', { n: upcoming.length })}
              </button>
            )}
          </div>
          <div>
            <h3 id={`${id}-past`}>{t('moments.person.past')}</h3>
            {past.length === 0 ? (
              <p className="empty">{t('moments.person.noPast')}</p>
            ) : (
              <ol className="m-tl-list" aria-labelledby={`${id}-past`}>
                {(allPast ? past : past.slice(0, SHOWN)).map((d) => (
                  <li key={d.id} className={`m-kind-${d.kind}`}>
                    <span className="m-tl-date">{formatDate(d.dueDate, lang)}</span>
                    <span className="strong">{d.subject || d.stepName}</span>{' '}
                    <span className={`m-status m-status-${d.status}`}>{t(STATUS_KEYS[d.status])}</span>
                    <span className="hint m-block">
                      {d.journeyName} · {d.stepName}
                      {d.sentAt
                        ? ` · ${t('moments.person.sentAt', { date: formatDateTime(d.sentAt, lang, me.organisation.timeZone) })}`
                        : ''}
                    </span>
                    {d.lastError && <span className="m-error-text m-block">{d.lastError}</span>}
                  </li>
                ))}
              </ol>
            )}
            {past.length > SHOWN && (
              <button type="button" className="button-link" aria-expanded={allPast} onClick={() => setAllPast((v) => !v)}>
                {allPast ? t('moments.person.showFewer') : t('moments.person.showAll', { n: past.length })}
              </button>
            )}
          </div>
        </div>
      )}
    </section>
  );
}

function Buddy({ personId, name }: { personId: string; name: string }) {
  const { t, lang } = useI18n();
  const id = useId();
  const data = useApi<BuddyInfo>(`/people/${encodeURIComponent(personId)}/buddy`);
  const [status, setStatus] = useState<string | null>(null);
  const assigning = useApiMutation(
    (buddy: { personId: string; name: string } | null) =>
      api<BuddyInfo>('PUT', `/people/${encodeURIComponent(personId)}/buddy`, { buddyPersonId: buddy?.personId ?? null }),
    {
      onSuccess: (next, buddy) => {
        data.setData(() => next);
        setStatus(buddy ? t('moments.buddy.confirmed', { buddy: buddy.name, name }) : t('moments.buddy.removed', { name }));
      },
    },
  );
  const { error, isPending: busy } = assigning;
  if (hasCode(data.error, 'forbidden', 'not-found')) return null;
  // Buddies are for newcomers: someone who started long ago has no panel, unless a buddy is still on record.
  if (data.data && !data.data.newcomer && !data.data.current) return null;

  const assign = (buddy: { personId: string; name: string } | null) => {
    setStatus(null);
    assigning.mutate(buddy);
  };

  const info = data.data;
  return (
    <section className="card m-person-wide" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('moments.buddy.title')}</h2>
      <p className="hint">{t('moments.buddy.intro')}</p>
      {data.loading && !info && <Loading />}
      <ErrorNotice error={error ?? data.error} />
      <LiveStatus>{status}</LiveStatus>
      {info && (
        <>
          <div className="m-buddy-current">
            {info.current ? (
              <p>
                {t('moments.buddy.current')} <Link to={`/people/${info.current.personId}`}>{info.current.name}</Link>{' '}
                <button type="button" className="button button-small" disabled={busy} onClick={() => assign(null)}>
                  {t('moments.buddy.remove')}
                </button>
              </p>
            ) : (
              <p className="empty">{t('moments.buddy.none')}</p>
            )}
          </div>
          {!info.newcomer ? (
            <p className="hint">{t('moments.buddy.notNewcomer', { name })}</p>
          ) : (
            <>
              {info.newcomerUntil && (
                <p className="hint">{t('moments.buddy.newcomerUntil', { name, date: formatDate(info.newcomerUntil, lang) })}</p>
              )}
              <h3 id={`${id}-s`}>{t('moments.buddy.suggestions')}</h3>
              {info.suggestions.length === 0 ? (
                <p className="empty">{t('moments.buddy.noSuggestions')}</p>
              ) : (
                <ol className="m-buddy-list" aria-labelledby={`${id}-s`}>
                  {info.suggestions.map((s) => (
                    <li key={s.personId} className="m-buddy">
                      <div className="m-buddy-head">
                        <Link to={`/people/${s.personId}`} className="strong">
                          {s.name}
                        </Link>
                        <span className="m-score">{t('moments.buddy.score', { score: s.score })}</span>
                      </div>
                      <ul className="m-reasons" aria-label={t('moments.buddy.why', { name: s.name })}>
                        {s.reasons.map((r) => (
                          <li key={r.reason}>
                            {t(REASON_KEYS[r.reason])} <span className="hint">({t('moments.buddy.points', { points: r.points })})</span>
                          </li>
                        ))}
                      </ul>
                      <BuddyFacts s={s} />
                      {info.current?.personId === s.personId ? (
                        <span className="m-badge">{t('moments.buddy.isCurrent')}</span>
                      ) : (
                        <button type="button" className="button button-small button-primary" disabled={busy} onClick={() => assign(s)}>
                          {t('moments.buddy.confirm')}
                          <span className="visually-hidden"> {t('moments.buddy.confirmWho', { buddy: s.name })}</span>
                        </button>
                      )}
                    </li>
                  ))}
                </ol>
              )}
              <p className="hint">{t('moments.buddy.tieRule')}</p>
              <p className="hint">{t('moments.buddy.neighbourRule')}</p>
              <p className="hint">{t('moments.buddy.rules')}</p>
            </>
          )}
        </>
      )}
    </section>
  );
}
