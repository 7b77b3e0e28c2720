/**
 * The trend over quarters (when people answered) or by start cohort (the quarter they started:
 * onboarding at 30 days for everyone who started then), for one eNPS or scale question, as columns
 * with a table twin. A quarter the server withholds is an empty slot marked '—', explained below.
 */
import { useState } from 'react';
import { query } from '../../lib/api.ts';
import { formatNumber } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useApi } from '../../lib/useApi.ts';
import { SelectField } from '../Field.tsx';
import { ErrorNotice, Loading } from '../Notice.tsx';
import { ChartFigure, TrendColumns } from './charts.tsx';
import { paths, pick, WITHHELD_KEYS, type Trend, type WithheldReason } from './model.ts';

export function TrendSection({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const [by, setBy] = useState<'period' | 'start_cohort'>('period');
  const [chosen, setChosen] = useState('');
  const trend = useApi<Trend>(paths.trend(id) + query({ by }));
  const data = trend.data;
  const measurable = (data?.questions ?? []).filter((q) => q.kind === 'enps' || q.kind === 'scale').sort((a, b) => a.position - b.position);
  const question = measurable.find((q) => q.id === chosen) ?? measurable.find((q) => q.kind === 'enps') ?? measurable[0];
  const points = data?.points ?? [];
  const isEnps = question?.kind === 'enps';
  const metric = (p: (typeof points)[number]): number | null => {
    if (p.withheld || !question) return null;
    const s = p.scores?.find((x) => x.questionId === question.id);
    return (isEnps ? s?.enps : s?.average) ?? null;
  };
  const fmt = (v: number) =>
    isEnps
      ? formatNumber(Math.round(v), lang)
      : new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);
  const minGroup = data?.minGroup ?? 5;
  const reasons = new Set(points.map((p) => p.withheld).filter((r): r is WithheldReason => !!r));
  const title = by === 'period' ? t('surveys.trend.byPeriod') : t('surveys.trend.byCohort');
  const measure = isEnps ? t('surveys.trend.enps') : t('surveys.trend.average');
  return (
    <section className="card" aria-labelledby="trend">
      <h2 id="trend">{t('surveys.trend.title')}</h2>
      <div className="sv-view">
        <div className="button-row sv-tight" role="group" aria-label={t('surveys.trend.by')}>
          <button type="button" className="button button-small" aria-pressed={by === 'period'} onClick={() => setBy('period')}>
            {t('surveys.trend.byPeriod')}
          </button>
          <button type="button" className="button button-small" aria-pressed={by === 'start_cohort'} onClick={() => setBy('start_cohort')}>
            {t('surveys.trend.byCohort')}
          </button>
        </div>
        {measurable.length > 1 && (
          <SelectField label={t('surveys.trend.question')} value={question?.id ?? ''} onChange={(e) => setChosen(e.target.value)}>
            {measurable.map((q) => (
              <option key={q.id} value={q.id}>
                {pick(q.text, lang)}
              </option>
            ))}
          </SelectField>
        )}
      </div>
      <ErrorNotice error={trend.error} />
      {trend.loading && !data && <Loading />}
      {data && (!question || points.every((p) => metric(p) === null)) && <p className="empty">{t('surveys.trend.none')}</p>}
      {question && points.some((p) => metric(p) !== null) && (
        <ChartFigure
          title={`${title}: ${pick(question.text, lang)} (${measure})`}
          chart={
            <TrendColumns
              points={points.map((p) => ({
                key: p.key,
                label: p.label ?? (p.value || t('surveys.results.unknownValue')),
                value: metric(p),
              }))}
              min={isEnps ? -100 : 1}
              max={isEnps ? 100 : 5}
              format={fmt}
            />
          }
          table={{
            head: [by === 'period' ? t('surveys.trend.quarter') : t('surveys.trend.cohort'), measure, t('surveys.results.respondents')],
            rows: points.map((p) => {
              const v = metric(p);
              return [
                p.label ?? (p.value || t('surveys.results.unknownValue')),
                p.withheld ? `— ${t(WITHHELD_KEYS[p.withheld], { n: minGroup })}` : v === null ? '—' : fmt(v),
                p.withheld ? '—' : (p.respondents ?? 0),
              ];
            }),
          }}
        />
      )}
      {reasons.size > 0 && (
        <ul className="sv-footnotes">
          {[...reasons].map((r) => (
            <li key={r}>— {t(WITHHELD_KEYS[r], { n: minGroup })}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
