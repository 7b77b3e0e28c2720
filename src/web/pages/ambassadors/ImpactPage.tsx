/** Impact of the program for coordinators: totals, weekly charts, and tables by department and region. */
import { useEffect, useState, type FormEvent } from 'react';
import { query } from '../../lib/api.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { useI18n, type MessageKey } from '../../lib/i18n.tsx';
import { useApi } from '../../lib/useApi.ts';
import { TextField } from '../../components/Field.tsx';
import { ErrorNotice, Loading } from '../../components/Notice.tsx';
import { Page } from '../../components/Page.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { CoordinatorsOnly, InsightsNav } from '../../components/ambassadors/InsightsNav.tsx';
import { CHART_COLORS, ChartGrid } from '../../components/ambassadors/ChartGrid.tsx';
import { CommunityImpact } from '../../components/ambassadors/CommunityImpact.tsx';
import { regionLabel } from '../../components/ambassadors/program.ts';
import type { Breakdown, Impact } from '../../components/ambassadors/types.ts';
import '../../components/ambassadors/ambassadors.css';

const { BLUE, ORANGE, GREEN, RED, GREY, PURPLE } = CHART_COLORS;

const TOTALS: [string, MessageKey][] = [
  ['views', 'impact.views'],
  ['clicks', 'impact.clicks'],
  ['questions', 'impact.questions'],
  ['answered', 'impact.answered'],
  ['stories', 'impact.stories'],
  ['posts', 'impact.posts'],
  ['newAmbassadors', 'impact.newAmbassadors'],
  ['activeAmbassadors', 'impact.activeAmbassadors'],
];

export function ImpactPage() {
  return (
    <CoordinatorsOnly>
      <Impactful />
    </CoordinatorsOnly>
  );
}

function Impactful() {
  const { t, lang } = useI18n();
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  const [form, setForm] = useState({ from: '', to: '' });
  const impact = useApi<Impact>(`/insights/impact${query(range ?? {})}`);
  const d = impact.data;

  useEffect(() => {
    if (d && !form.from && !form.to) setForm(d.range);
  }, [d]);

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setRange({ ...form });
  };

  return (
    <Page title={t('impact.title')}>
      <InsightsNav />
      <form className="inline-form amb-range" onSubmit={apply} aria-label={t('impact.range')}>
        <TextField
          label={t('impact.from')}
          type="date"
          required
          value={form.from}
          max={form.to || undefined}
          onChange={(e) => setForm({ ...form, from: e.target.value })}
        />
        <TextField
          label={t('impact.to')}
          type="date"
          required
          value={form.to}
          min={form.from || undefined}
          onChange={(e) => setForm({ ...form, to: e.target.value })}
        />
        <button type="submit" className="button button-primary">
          {t('impact.show')}
        </button>
      </form>
      {impact.loading && <Loading />}
      <ErrorNotice error={impact.error} />
      {d && (
        <>
          <section aria-labelledby="impact-totals">
            <h2 id="impact-totals">{t('impact.totals', { from: formatDate(d.range.from, lang), to: formatDate(d.range.to, lang) })}</h2>
            <dl className="amb-totals">
              {TOTALS.map(([key, label]) => (
                <div key={key} className="card">
                  <dt>{t(label)}</dt>
                  <dd>{formatNumber(d.totals[key] ?? 0, lang)}</dd>
                </div>
              ))}
            </dl>
          </section>
          <section aria-labelledby="impact-weekly">
            <h2 id="impact-weekly">{t('impact.weekly')}</h2>
            <ChartGrid
              rows={d.weekly}
              charts={[
                {
                  title: t('impact.chartReach'),
                  series: [
                    { key: 'views', label: t('impact.views'), color: BLUE },
                    { key: 'clicks', label: t('impact.clicks'), color: ORANGE },
                  ],
                },
                {
                  title: t('impact.chartQuestions'),
                  series: [
                    { key: 'questions', label: t('impact.questions'), color: PURPLE },
                    { key: 'answered', label: t('impact.answered'), color: GREEN },
                  ],
                },
                {
                  title: t('impact.chartTone'),
                  stacked: true,
                  series: [
                    { key: 'positive', label: t('amb.tonePositive'), color: GREEN },
                    { key: 'neutral', label: t('amb.toneNeutral'), color: GREY },
                    { key: 'negative', label: t('amb.toneNegative'), color: RED },
                  ],
                },
                {
                  title: t('impact.chartGrowth'),
                  series: [
                    { key: 'newAmbassadors', label: t('impact.newAmbassadors'), color: BLUE },
                    { key: 'stories', label: t('impact.stories'), color: ORANGE },
                  ],
                },
              ]}
            />
          </section>
          <BreakdownTable
            title={t('impact.byDepartment')}
            keyLabel={t('people.department')}
            rows={d.byDepartment}
            label={(k) => k ?? t('diversity.unknown')}
          />
          <BreakdownTable
            title={t('impact.byRegion')}
            keyLabel={t('field.region')}
            rows={d.byRegion}
            label={(k) => (k ? regionLabel(t, k) : t('diversity.unknown'))}
          />
          <CommunityImpact range={range} />
        </>
      )}
    </Page>
  );
}

function BreakdownTable({
  title,
  keyLabel,
  rows,
  label,
}: {
  title: string;
  keyLabel: string;
  rows: Breakdown[];
  label(key: string | null): string;
}) {
  const { t, lang } = useI18n();
  const cols: [keyof Breakdown, MessageKey][] = [
    ['ambassadors', 'impact.ambassadors'],
    ['stories', 'impact.stories'],
    ['views', 'impact.views'],
    ['clicks', 'impact.clicks'],
    ['questions', 'impact.questions'],
    ['posts', 'impact.posts'],
  ];
  return (
    <section>
      <h2>{title}</h2>
      {rows.length === 0 ? (
        <p className="empty">{t('impact.noAmbassadors')}</p>
      ) : (
        <TableScroll label={title}>
          <table className="data-table responsive-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{keyLabel}</th>
                {cols.map(([k, l]) => (
                  <th key={k} scope="col" className="numeric">
                    {t(l)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key ?? ''}>
                  <th scope="row">{label(r.key)}</th>
                  {cols.map(([k, l]) => (
                    <td key={k} className="numeric" data-label={t(l)}>
                      {formatNumber(r[k] as number, lang)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
