/** Home for HR and managers: the moments of this week (HR: everyone's; a manager: their team's). */
import { useId } from 'react';
import { query } from '../../lib/api.ts';
import { formatDate } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { addDays, startOfWeek, type CalendarItem } from '../../lib/moments.ts';
import { Link } from '../../lib/router.tsx';
import { useApi } from '../../lib/useApi.ts';
import { ErrorNotice, Loading } from '../Notice.tsx';

const SHOWN = 8;

export function WeekCard({ today, everyone }: { today: string; everyone: boolean }) {
  const { t, lang } = useI18n();
  const heading = useId();
  const from = startOfWeek(today);
  const week = useApi<{ items: CalendarItem[] }>(`/moments/calendar${query({ from, to: addDays(from, 6) })}`);
  const items = [...(week.data?.items ?? [])].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.name.localeCompare(b.name));
  return (
    <section className="card home-card" aria-labelledby={heading} data-testid="home-week">
      <h2 id={heading}>{t(everyone ? 'home.week.titleAll' : 'home.week.titleTeam')}</h2>
      {week.loading && !week.data && <Loading />}
      <ErrorNotice error={week.error} />
      {week.data &&
        (items.length === 0 ? (
          <p className="empty">{t('home.week.none')}</p>
        ) : (
          <ul className="home-list">
            {items.slice(0, SHOWN).map((m) => (
              <li key={`${m.personId}-${m.stepName}-${m.dueDate}`}>
                <span className="nowrap">{formatDate(m.dueDate, lang)}</span> · <Link to={`/people/${m.personId}`}>{m.name}</Link>:{' '}
                {m.stepName} <span className="hint-inline">({m.journeyName})</span>
              </li>
            ))}
            {items.length > SHOWN && <li className="hint-inline">{t('home.week.more', { n: items.length - SHOWN })}</li>}
          </ul>
        ))}
      <p>
        <Link to="/calendar">{t('home.week.all')}</Link>
      </p>
    </section>
  );
}
