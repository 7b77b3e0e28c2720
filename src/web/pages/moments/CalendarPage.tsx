/**
 * Upcoming moments by day: a manager sees their reports', HR everyone's or one manager's reports'.
 * A week or a month at a time, with previous, next and back to today.
 */
import { useMemo, useState } from 'react';
import { query } from '../../lib/api.ts';
import { localeOf } from '../../lib/format.ts';
import { useI18n, type Lang } from '../../lib/i18n.tsx';
import {
  addDays,
  addMonths,
  endOfMonth,
  isHr,
  KIND_KEYS,
  seesCalendar,
  startOfMonth,
  startOfWeek,
  todayIn,
  type CalendarItem,
} from '../../lib/moments.ts';
import { Link } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { useApi } from '../../lib/useApi.ts';
import { ErrorNotice, LiveStatus, Loading } from '../../components/Notice.tsx';
import { Page } from '../../components/Page.tsx';
import { PersonPicker, type PickedPerson } from '../../components/moments/PersonPicker.tsx';
import { NotFoundPage } from '../NotFoundPage.tsx';
import '../../components/moments/moments.css';

type View = 'week' | 'month';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

function dayTitle(iso: string, lang: Lang) {
  return new Intl.DateTimeFormat(localeOf(lang), { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(utc(iso));
}

function rangeTitle(from: string, to: string, view: View, lang: Lang) {
  if (view === 'month')
    return new Intl.DateTimeFormat(localeOf(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc(from));
  return new Intl.DateTimeFormat(localeOf(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatRange(
    utc(from),
    utc(to),
  );
}

export function CalendarPage() {
  const { me } = useSession();
  return seesCalendar(me) ? <Calendar /> : <NotFoundPage forbidden />;
}

function Calendar() {
  const { t, tp, lang } = useI18n();
  const { me } = useSession();
  const hr = isHr(me);
  const today = todayIn(me.organisation.timeZone);
  const [view, setView] = useState<View>('week');
  const [anchor, setAnchor] = useState(today);
  const [manager, setManager] = useState<PickedPerson | null>(null);

  const [from, to] = useMemo(
    () => (view === 'week' ? [startOfWeek(anchor), addDays(startOfWeek(anchor), 6)] : [startOfMonth(anchor), endOfMonth(anchor)]),
    [view, anchor],
  );
  const data = useApi<{ items: CalendarItem[] }>(`/moments/calendar${query({ from, to, manager: manager?.id })}`);
  const move = (n: number) => setAnchor((a) => (view === 'week' ? addDays(a, 7 * n) : addMonths(a, n)));

  const byDay = useMemo(() => {
    const m = new Map<string, CalendarItem[]>();
    for (const item of data.data?.items ?? []) m.set(item.dueDate, [...(m.get(item.dueDate) ?? []), item]);
    return [...m.entries()].sort(([a], [b]) => a.localeCompare(b));
  }, [data.data]);
  const title = rangeTitle(from, to, view, lang);
  const count = data.data?.items.length ?? 0;

  return (
    <Page title={t('moments.calendar.title')}>
      <p>{hr ? t('moments.calendar.introHr') : t('moments.calendar.introManager')}</p>
      {hr && (
        <div className="card m-calendar-filter">
          <PersonPicker
            label={t('moments.calendar.manager')}
            hint={t('moments.calendar.managerHint')}
            value={manager}
            onChange={setManager}
          />
        </div>
      )}
      <div className="m-calendar-bar">
        <div className="m-segmented" role="group" aria-label={t('moments.calendar.view')}>
          <button type="button" className="button button-small" aria-pressed={view === 'week'} onClick={() => setView('week')}>
            {t('moments.calendar.week')}
          </button>
          <button type="button" className="button button-small" aria-pressed={view === 'month'} onClick={() => setView('month')}>
            {t('moments.calendar.month')}
          </button>
        </div>
        <div className="m-calendar-nav">
          <button type="button" className="button button-small" onClick={() => move(-1)}>
            <span aria-hidden="true" className="m-arrow-l">
              ←
            </span>
            {view === 'week' ? t('moments.calendar.prevWeek') : t('moments.calendar.prevMonth')}
          </button>
          <button type="button" className="button button-small" onClick={() => setAnchor(today)}>
            {t('moments.calendar.today')}
          </button>
          <button type="button" className="button button-small" onClick={() => move(1)}>
            {view === 'week' ? t('moments.calendar.nextWeek') : t('moments.calendar.nextMonth')}
            <span aria-hidden="true" className="m-arrow-r">
              →
            </span>
          </button>
        </div>
      </div>
      <h2 className="m-range-title">{title}</h2>
      <LiveStatus className="result-count">
        {data.data && !data.loading ? (
          <>
            <span className="visually-hidden">{title}: </span>
            {tp('moments.calendar.count', count)}
          </>
        ) : null}
      </LiveStatus>
      <ErrorNotice error={data.error} />
      {data.loading && <Loading />}
      {data.data && !data.loading && count === 0 && (
        <p className="empty">{view === 'week' ? t('moments.calendar.noneWeek') : t('moments.calendar.noneMonth')}</p>
      )}
      <div className="m-calendar">
        {byDay.map(([day, items]) => (
          <section key={day} className={day === today ? 'm-day m-today' : 'm-day'} aria-labelledby={`day-${day}`}>
            <h3 id={`day-${day}`}>
              {dayTitle(day, lang)}
              {day === today && <span className="m-badge">{t('moments.calendar.isToday')}</span>}
            </h3>
            <ul className="m-day-list">
              {items.map((item, i) => (
                <li key={`${item.personId}-${item.stepName}-${i}`} className={`m-kind-${item.kind}`}>
                  <Link to={`/people/${item.personId}`}>{item.name}</Link>
                  <span> · {item.stepName}</span>
                  <span className="hint m-block">
                    {item.journeyName} · {t(KIND_KEYS[item.kind])}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <p className="hint">{t('moments.calendar.pastHint')}</p>
    </Page>
  );
}
