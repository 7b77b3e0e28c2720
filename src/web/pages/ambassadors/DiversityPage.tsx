/**
 * Diversity of the ambassadors against the workforce, for coordinators: per dimension the two shares
 * side by side, under-represented segments called out, and the people in those segments who said
 * "maybe later", to invite personally (only they decide).
 */
import { useId, useState } from 'react';
import { formatNumber } from '../../lib/format.ts';
import { useI18n, type I18n, type MessageKey } from '../../lib/i18n.tsx';
import { Link } from '../../lib/router.tsx';
import { useApi } from '../../lib/useApi.ts';
import { ErrorNotice, LiveStatus, Loading } from '../../components/Notice.tsx';
import { Page } from '../../components/Page.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { CoordinatorsOnly, InsightsNav } from '../../components/ambassadors/InsightsNav.tsx';
import { InviteForm } from '../../components/ambassadors/InviteForm.tsx';
import { fullName, languageLabel, percent, regionLabel } from '../../components/ambassadors/program.ts';
import { DIMENSIONS, type Dimension, type Diversity, type Segment } from '../../components/ambassadors/types.ts';
import '../../components/ambassadors/ambassadors.css';

const DIMENSION_KEYS: Record<Dimension, MessageKey> = {
  department: 'diversity.department',
  site: 'diversity.site',
  region: 'diversity.region',
  seniority: 'diversity.seniority',
  language: 'diversity.language',
  newHire: 'diversity.newHire',
};

const SENIORITY_KEYS: Record<string, MessageKey> = {
  '<1': 'diversity.seniorityLt1',
  '1-3': 'diversity.seniority1to3',
  '3-10': 'diversity.seniority3to10',
  '>10': 'diversity.seniorityGt10',
};

export function segmentLabel(t: I18n['t'], dimension: string, value: string): string {
  if (value === 'unknown') return t('diversity.unknown');
  switch (dimension) {
    case 'region':
      return regionLabel(t, value);
    case 'language':
      return languageLabel(t, value);
    case 'seniority':
      return SENIORITY_KEYS[value] ? t(SENIORITY_KEYS[value]) : value;
    case 'newHire':
      return value === 'new' ? t('diversity.newHires') : t('diversity.established');
    default:
      return value;
  }
}

const dimensionLabel = (t: I18n['t'], d: string) => (d in DIMENSION_KEYS ? t(DIMENSION_KEYS[d as Dimension]) : d);

export function DiversityPage() {
  return (
    <CoordinatorsOnly>
      <DiversityView />
    </CoordinatorsOnly>
  );
}

function DiversityView() {
  const { t, lang } = useI18n();
  const data = useApi<Diversity>('/insights/diversity');
  const d = data.data;
  const under = d ? DIMENSIONS.flatMap((dim) => (d.segments[dim] ?? []).filter((s) => s.underRepresented).map((s) => ({ dim, s }))) : [];
  return (
    <Page title={t('diversity.title')}>
      <InsightsNav />
      <p>{t('diversity.intro')}</p>
      {data.loading && <Loading />}
      <ErrorNotice error={data.error} />
      {d && (
        <>
          <p className="amb-summary">
            {t('diversity.summary', {
              workforce: formatNumber(d.workforce, lang),
              ambassadors: formatNumber(d.ambassadors, lang),
              share: percent(d.workforce ? d.ambassadors / d.workforce : 0, lang),
            })}
          </p>
          <section className="card amb-callout" aria-labelledby="div-under">
            <h2 id="div-under">{t('diversity.underTitle')}</h2>
            {d.ambassadors === 0 ? (
              <p>{t('diversity.noAmbassadorsYet')}</p>
            ) : under.length === 0 ? (
              <p>{t('diversity.noneUnder')}</p>
            ) : (
              <>
                <p className="hint">{t('diversity.underHint')}</p>
                <ul className="amb-under-list">
                  {under.map(({ dim, s }) => (
                    <li key={`${dim}|${s.value}`}>
                      <span className="strong">{dimensionLabel(t, dim)}:</span> {segmentLabel(t, dim, s.value)}{' '}
                      <span className="hint">
                        {t('diversity.underLine', {
                          workforce: percent(s.workforceShare, lang),
                          ambassadors: percent(s.ambassadorShare, lang),
                        })}
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
          <MaybeLater people={d.maybeLater} />
          {DIMENSIONS.map((dim) => (
            <DimensionTable key={dim} dimension={dim} segments={d.segments[dim] ?? []} />
          ))}
        </>
      )}
    </Page>
  );
}

function DimensionTable({ dimension, segments }: { dimension: Dimension; segments: Segment[] }) {
  const { t, lang } = useI18n();
  const id = useId();
  const title = dimensionLabel(t, dimension);
  const caption = t('diversity.tableCaption', { dimension: title.toLowerCase() });
  // Bars are scaled to the largest share in this dimension, so small segments stay visible.
  const top = Math.max(0.0001, ...segments.flatMap((s) => [s.workforceShare, s.ambassadorShare]));
  const width = (share: number) => `${Math.round((share / top) * 100)}%`;
  return (
    <section aria-labelledby={`${id}-h`} className="amb-dimension">
      <h2 id={`${id}-h`}>{title}</h2>
      <TableScroll label={caption}>
        <table className="data-table responsive-table amb-share-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('diversity.segment')}</th>
              <th scope="col" className="numeric">
                {t('diversity.workforce')}
              </th>
              <th scope="col" className="numeric">
                {t('diversity.ambassadors')}
              </th>
              <th scope="col" className="amb-bars-col">
                {t('diversity.comparison')}
              </th>
              <th scope="col">{t('diversity.status')}</th>
            </tr>
          </thead>
          <tbody>
            {segments.map((s) => (
              <tr key={s.value} className={s.underRepresented ? 'amb-under-row' : undefined}>
                <th scope="row">{segmentLabel(t, dimension, s.value)}</th>
                <td className="numeric" data-label={t('diversity.workforce')}>
                  {formatNumber(s.workforce, lang)} ({percent(s.workforceShare, lang)})
                </td>
                <td className="numeric" data-label={t('diversity.ambassadors')}>
                  {formatNumber(s.ambassadors, lang)} ({percent(s.ambassadorShare, lang)})
                </td>
                <td className="amb-bars-col">
                  <div className="amb-bar-pair" aria-hidden="true">
                    <span
                      className="amb-bar amb-bar-workforce"
                      style={{ width: width(s.workforceShare) }}
                      title={`${t('diversity.workforce')} ${percent(s.workforceShare, lang)}`}
                    />
                    <span
                      className="amb-bar amb-bar-ambassadors"
                      style={{ width: width(s.ambassadorShare) }}
                      title={`${t('diversity.ambassadors')} ${percent(s.ambassadorShare, lang)}`}
                    />
                  </div>
                </td>
                <td data-label={t('diversity.status')}>
                  {s.underRepresented && <span className="amb-badge amb-badge-under">{t('diversity.under')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="amb-bar-legend hint" aria-hidden="true">
        <span className="amb-swatch amb-bar-workforce" /> {t('diversity.workforce')} <span className="amb-swatch amb-bar-ambassadors" />{' '}
        {t('diversity.ambassadors')}
      </p>
    </section>
  );
}

function MaybeLater({ people }: { people: Diversity['maybeLater'] }) {
  const { t } = useI18n();
  const [inviting, setInviting] = useState<string | null>(null);
  const [sent, setSent] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState<string | null>(null);
  return (
    <section className="card" aria-labelledby="div-maybe">
      <h2 id="div-maybe">{t('diversity.maybeLaterTitle')}</h2>
      <p className="hint">{t('diversity.maybeLaterHint')}</p>
      <LiveStatus>{status}</LiveStatus>
      {people.length === 0 ? (
        <p className="empty">{t('diversity.maybeLaterNone')}</p>
      ) : (
        <ul className="plain-list amb-maybe-list">
          {people.map((p) => (
            <li key={p.personId}>
              <div className="amb-maybe-row">
                <div>
                  <Link to={`/people/${p.personId}`} className="strong">
                    {fullName(p)}
                  </Link>
                  {p.jobTitle && <span className="hint"> · {p.jobTitle}</span>}
                  <p className="hint">
                    {p.segments.map((s) => `${dimensionLabel(t, s.dimension)}: ${segmentLabel(t, s.dimension, s.value)}`).join(' · ')}
                  </p>
                </div>
                {sent.has(p.personId) ? (
                  <span className="amb-badge amb-badge-done">{t('diversity.invited')}</span>
                ) : (
                  inviting !== p.personId && (
                    <button type="button" className="button button-small" onClick={() => setInviting(p.personId)}>
                      {t('diversity.invite')}
                      <span className="visually-hidden"> {fullName(p)}</span>
                    </button>
                  )
                )}
              </div>
              {inviting === p.personId && (
                <InviteForm
                  personId={p.personId}
                  firstName={p.firstName}
                  onCancel={() => setInviting(null)}
                  onSent={() => {
                    setInviting(null);
                    setSent((old) => new Set(old).add(p.personId));
                    setStatus(t('amb.inviteSent', { name: p.firstName }));
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
