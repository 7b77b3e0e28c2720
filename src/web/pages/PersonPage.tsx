/** One person: their card, manager, direct reports, and the private fields when the answer has them. */
import type { ReactNode } from 'react';
import { formatDate } from '../lib/format.ts';
import { useI18n, type MessageKey } from '../lib/i18n.tsx';
import { LANGUAGE_LABEL_KEYS, regionKey } from '../lib/labels.ts';
import { Link } from '../lib/router.tsx';
import type { PersonDetail } from '../lib/types.ts';
import { useApi } from '../lib/useApi.ts';
import { ErrorNotice, Loading } from '../components/Notice.tsx';
import { Page } from '../components/Page.tsx';
import { AmbassadorInvite } from '../components/ambassadors/AmbassadorInvite.tsx';
import { PersonMoments } from '../components/moments/PersonMoments.tsx';
import { hasCode } from '../lib/errors.ts';

function Facts({ rows }: { rows: [MessageKey, ReactNode][] }) {
  const { t } = useI18n();
  const shown = rows.filter(([, v]) => v !== null && v !== undefined && v !== '');
  return (
    <dl className="facts">
      {shown.map(([k, v]) => (
        <div key={k}>
          <dt>{t(k)}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

export function PersonPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const { data: p, error, loading } = useApi<PersonDetail>(`/people/${encodeURIComponent(id)}`);
  const title = p ? `${p.firstName} ${p.lastName}` : t('person.title');
  const notFound = hasCode(error, 'not-found', 'validation-failed');

  const birthday = (b: NonNullable<PersonDetail['birthday']>) =>
    b.year ? formatDate(`${b.year}-${String(b.month).padStart(2, '0')}-${String(b.day).padStart(2, '0')}`, lang) : `${b.day}/${b.month}`;

  return (
    <Page title={title} actions={<Link to="/people">{t('person.back')}</Link>}>
      {loading && <Loading />}
      {notFound ? <ErrorNotice error={t('person.notFound')} /> : <ErrorNotice error={error} />}
      {p && (
        <div className="person-grid">
          <section className="card" aria-labelledby="person-work">
            <h2 id="person-work">{p.jobTitle || t('person.work')}</h2>
            <Facts
              rows={[
                ['person.employeeNumber', p.employeeNumber],
                ['people.department', p.department],
                ['people.site', p.site && `${p.site.name}${p.site.region ? ` (${t(regionKey(p.site.region))})` : ''}`],
                ['person.workEmail', p.workEmail && <a href={`mailto:${p.workEmail}`}>{p.workEmail}</a>],
                ['people.language', p.language && t(LANGUAGE_LABEL_KEYS[p.language])],
                ['people.startDate', formatDate(p.startDate, lang)],
                [
                  'person.manager',
                  p.manager && <Link to={`/people/${p.manager.id}`}>{`${p.manager.firstName} ${p.manager.lastName}`}</Link>,
                ],
              ]}
            />
          </section>
          {'personalEmail' in p && (
            <section className="card card-private" aria-labelledby="person-private">
              <h2 id="person-private">{t('person.private')}</h2>
              <p className="hint">{t('person.privateHint')}</p>
              <Facts
                rows={[
                  ['person.personalEmail', p.personalEmail],
                  ['person.birthday', p.birthday && birthday(p.birthday)],
                  ['person.endDate', formatDate(p.endDate, lang)],
                  ['person.sensitive', p.sensitive === undefined ? null : p.sensitive ? t('common.yes') : t('common.no')],
                ]}
              />
            </section>
          )}
          <section className="card" aria-labelledby="person-reports">
            <h2 id="person-reports">{t('person.reports')}</h2>
            {p.directReports.length === 0 ? (
              <p className="empty">{t('person.noReports')}</p>
            ) : (
              <ul className="plain-list">
                {p.directReports.map((r) => (
                  <li key={r.id}>
                    <Link to={`/people/${r.id}`}>{`${r.firstName} ${r.lastName}`}</Link>
                    {r.jobTitle && <span className="hint"> · {r.jobTitle}</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <PersonMoments person={p} />
        </div>
      )}
      {p && <AmbassadorInvite person={p} />}
    </Page>
  );
}
