/**
 * The community on the impact dashboard: activity per week, the share of ambassadors active in the
 * last 90 days, alumni, and participation per event. Counts only (the API names nobody); every chart
 * has its table for screen readers (WeeklyChart), the events are a table.
 */
import { Link } from '../../lib/router.tsx';
import { query } from '../../lib/api.ts';
import { formatDate, formatNumber, localeOf } from '../../lib/format.ts';
import { useI18n, type Lang, type MessageKey } from '../../lib/i18n.tsx';
import { useApi } from '../../lib/useApi.ts';
import { ErrorNotice, Loading } from '../Notice.tsx';
import { TableScroll } from '../TableScroll.tsx';
import type { CommunityImpact as Data } from './types.ts';
import { CHART_COLORS, ChartGrid } from './ChartGrid.tsx';

const { BLUE, ORANGE, GREEN, RED, PURPLE } = CHART_COLORS;

/** A share (0..1) as a percentage in the reader's conventions, or a dash when there is nobody. */
export const percentOf = (share: number | null, lang: Lang) =>
  share === null ? '–' : new Intl.NumberFormat(localeOf(lang), { style: 'percent', maximumFractionDigits: 1 }).format(share);

export function CommunityImpact({ range }: { range: { from: string; to: string } | null }) {
  const { t, lang } = useI18n();
  const res = useApi<Data>(`/insights/community${query(range ?? {})}`);
  const d = res.data;
  if (!d) return res.loading ? <Loading /> : <ErrorNotice error={res.error} />;
  const days = d.activeWindowDays;
  const n = (v: number) => formatNumber(v, lang);
  // "3 of 4 (75%)"; with nobody to count, just 0.
  const ofTotal = (active: number, total: number, share: number | null) =>
    total ? `${t('impact.community.activeOf', { active: n(active), total: n(total) })} (${percentOf(share, lang)})` : n(0);
  const cards: [string, string][] = [
    [t('impact.community.posts'), n(d.totals.posts)],
    [t('impact.community.comments'), n(d.totals.comments)],
    [t('impact.community.reactions'), n(d.totals.reactions)],
    [t('impact.community.participants'), n(d.totals.participants)],
    [t('impact.community.activeAmbassadors', { days }), ofTotal(d.active.active, d.active.ambassadors, d.active.share)],
    [t('impact.community.events'), n(d.totals.events)],
    [t('impact.community.signups'), n(d.totals.signups)],
    [t('impact.community.attended'), n(d.totals.attended)],
  ];
  const alumniCards: [string, string][] = [
    [t('impact.community.alumniCurrent'), n(d.alumni.current)],
    [t('impact.community.alumniActive', { days }), ofTotal(d.alumni.active, d.alumni.current, d.alumni.share)],
    [t('impact.community.alumniChosen'), n(d.alumni.chosenInRange)],
    [t('impact.community.alumniLeftInRange'), n(d.alumni.leftInRange)],
    [t('impact.community.alumniLeft'), n(d.alumni.left)],
  ];
  const percent = (v: number) => percentOf(v / 100, lang);

  return (
    <section aria-labelledby="impact-community" className="amb-community-impact">
      <h2 id="impact-community">{t('impact.community.title')}</h2>
      <p className="muted">{t('impact.community.intro', { days })}</p>
      <Cards label={t('impact.community.title')} items={cards} />
      <ChartGrid
        rows={d.weekly}
        charts={[
          {
            title: t('impact.community.chartActivity'),
            series: [
              { key: 'posts', label: t('impact.community.posts'), color: BLUE },
              { key: 'comments', label: t('impact.community.comments'), color: ORANGE },
              { key: 'reactions', label: t('impact.community.reactions'), color: GREEN },
            ],
          },
          {
            title: t('impact.community.chartActive', { days }),
            max: 100,
            format: percent,
            series: [{ key: 'activePercent', label: t('impact.community.activeShare'), color: PURPLE }],
          },
          {
            title: t('impact.community.chartParticipants'),
            series: [{ key: 'participants', label: t('impact.community.participants'), color: BLUE }],
          },
        ]}
      />

      <h3>{t('impact.community.alumni')}</h3>
      <Cards label={t('impact.community.alumni')} items={alumniCards} />
      <ChartGrid
        rows={d.weekly}
        charts={[
          {
            title: t('impact.community.chartAlumni', { days }),
            series: [
              { key: 'alumni', label: t('impact.community.alumniSeries'), color: BLUE },
              { key: 'activeAlumni', label: t('impact.community.alumniActiveSeries'), color: GREEN },
            ],
          },
          {
            title: t('impact.community.chartAlumniFlow'),
            series: [
              { key: 'newAlumni', label: t('impact.community.newAlumni'), color: GREEN },
              { key: 'alumniLeft', label: t('impact.community.alumniLeftSeries'), color: RED },
            ],
          },
        ]}
      />

      <EventsTable events={d.events} />
    </section>
  );
}

function Cards({ label, items }: { label: string; items: [string, string][] }) {
  return (
    <dl className="amb-totals" aria-label={label}>
      {items.map(([k, v]) => (
        <div key={k} className="card">
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

type EventRow = Data['events'][number];

function EventsTable({ events }: { events: EventRow[] }) {
  const { t, lang } = useI18n();
  const title = t('impact.community.participation');
  const cols: [keyof EventRow, MessageKey][] = [
    ['confirmed', 'impact.community.confirmed'],
    ['waiting', 'impact.community.waiting'],
    ['cancelled', 'impact.community.cancelled'],
    ['attended', 'impact.community.attended'],
    ['absent', 'impact.community.absent'],
    ['posts', 'impact.community.feedPosts'],
  ];
  return (
    <>
      <h3>{title}</h3>
      {events.length === 0 ? (
        <p className="empty">{t('impact.community.noEvents')}</p>
      ) : (
        <TableScroll label={title}>
          <table className="data-table responsive-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('impact.community.event')}</th>
                <th scope="col">{t('impact.community.date')}</th>
                <th scope="col">{t('impact.community.kind')}</th>
                <th scope="col" className="numeric">
                  {t('impact.community.places')}
                </th>
                {cols.map(([k, l]) => (
                  <th key={k} scope="col" className="numeric">
                    {t(l)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id}>
                  <th scope="row">
                    <Link to={`/community/events/${e.id}`}>{e.title}</Link>
                    {e.status === 'cancelled' && <> ({t('impact.community.eventCancelled')})</>}
                  </th>
                  <td data-label={t('impact.community.date')}>{formatDate(e.date, lang)}</td>
                  <td data-label={t('impact.community.kind')}>{t(`events.kind.${e.kind}`)}</td>
                  <td className="numeric" data-label={t('impact.community.places')}>
                    {e.capacity === null ? t('impact.community.noLimit') : formatNumber(e.capacity, lang)}
                  </td>
                  {cols.map(([k, l]) => (
                    <td key={k} className="numeric" data-label={t(l)}>
                      {formatNumber(e[k] as number, lang)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
