/** eNPS (score, promoters, passives, detractors) and each question's distribution, each with its table twin. */
import { formatNumber } from '../../lib/format.ts';
import { useI18n, type MessageKey } from '../../lib/i18n.tsx';
import { ChartFigure, ENPS_COLOURS, HorizontalBars, SCALE_COLOURS, StackedBar } from './charts.tsx';
import type { Enps, ViewQuestion } from './model.ts';

const SCALE_KEYS: MessageKey[] = ['surveys.scale.1', 'surveys.scale.2', 'surveys.scale.3', 'surveys.scale.4', 'surveys.scale.5'];

export function EnpsResult({ enps }: { enps: Enps }) {
  const { t, lang } = useI18n();
  const total = enps.promoters + enps.passives + enps.detractors;
  const pct = (n: number) => (total ? Math.round((100 * n) / total) : 0);
  const parts = [
    { key: 'detractors', label: t('surveys.enps.detractors'), count: enps.detractors, colour: ENPS_COLOURS.detractors },
    { key: 'passives', label: t('surveys.enps.passives'), count: enps.passives, colour: ENPS_COLOURS.passives },
    { key: 'promoters', label: t('surveys.enps.promoters'), count: enps.promoters, colour: ENPS_COLOURS.promoters },
  ];
  const score = formatNumber(Math.round(enps.score), lang);
  return (
    <section className="card sv-enps" aria-labelledby="enps">
      <h2 id="enps">{t('surveys.enps.title')}</h2>
      <p className="sv-enps-score">
        <span className="sv-big">{enps.score > 0 ? `+${score}` : score}</span>
        <span className="hint"> {t('surveys.enps.range')}</span>
      </p>
      <p className="hint">{t('surveys.enps.explain')}</p>
      <ChartFigure
        title={t('surveys.enps.groups')}
        chart={<StackedBar parts={parts} />}
        table={{
          head: [t('surveys.enps.group'), t('surveys.results.count'), t('surveys.results.share')],
          rows: parts.map((p) => [p.label, p.count, `${pct(p.count)}%`]),
        }}
      />
    </section>
  );
}

export function QuestionResults({ questions }: { questions: ViewQuestion[] }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="questions-results">
      <h2 id="questions-results">{t('surveys.results.questions')}</h2>
      <ol className="sv-result-list">
        {questions.map((q) => (
          <li key={q.id}>
            <QuestionResultView q={q} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function QuestionResultView({ q }: { q: ViewQuestion }) {
  const { t, lang } = useI18n();
  const r = q.result;
  const distribution = r?.distribution ?? [];
  const total = distribution.reduce((s, d) => s + d.count, 0);
  const pct = (n: number) => `${total ? Math.round((100 * n) / total) : 0}%`;
  const head = [t('surveys.results.answer'), t('surveys.results.count'), t('surveys.results.share')];
  const average =
    r?.average != null && q.kind === 'scale'
      ? t('surveys.results.average', {
          value: new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(r.average),
        })
      : undefined;

  // Comments are counted and shown under Comments, by their own (higher) minimum.
  if (q.kind === 'text')
    return (
      <div className="sv-figure">
        <p className="sv-figure-title">{q.text}</p>
        <p className="hint">
          {r ? t('surveys.results.textAnswers', { n: formatNumber(r.answered, lang) }) : t('surveys.results.textSeeComments')}
        </p>
      </div>
    );
  if (!r) return null;

  if (q.kind === 'scale') {
    const parts = [1, 2, 3, 4, 5].map((v, i) => ({
      key: String(v),
      label: `${v} · ${t(SCALE_KEYS[i])}`,
      count: distribution.find((d) => d.value === String(v))?.count ?? 0,
      colour: SCALE_COLOURS[i],
    }));
    return (
      <ChartFigure
        title={q.text}
        summary={average}
        chart={<StackedBar parts={parts} />}
        table={{ head, rows: parts.map((p) => [p.label, p.count, pct(p.count)]) }}
      />
    );
  }

  const items =
    q.kind === 'enps'
      ? Array.from({ length: 11 }, (_, v) => ({
          key: String(v),
          label: String(v),
          count: distribution.find((d) => d.value === String(v))?.count ?? 0,
        }))
      : (q.options.length ? q.options : distribution.map((d) => ({ key: d.value, label: d.value }))).map((o) => ({
          key: o.key,
          label: o.label,
          count: distribution.find((d) => d.value === o.key)?.count ?? 0,
        }));
  // A multiple-choice question's shares are of the people who answered it, and add up to more than 100%.
  const base = q.kind === 'multi' ? r.answered : total;
  return (
    <ChartFigure
      title={q.text}
      summary={q.kind === 'multi' ? t('surveys.results.multiHint') : average}
      chart={<HorizontalBars items={items} total={base} />}
      table={{ head, rows: items.map((i) => [i.label, i.count, `${base ? Math.round((100 * i.count) / base) : 0}%`]) }}
    />
  );
}
