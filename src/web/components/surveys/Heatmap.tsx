/**
 * Questions by segment: a real table whose cells carry the number (an average 1-5, or an eNPS
 * score) AND a background on a red-grey-green scale; the text keeps at least 10:1 contrast on
 * every tint. A withheld segment shows '—' with its reason in the title and a footnote in words.
 */
import { formatNumber } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { TableScroll } from '../TableScroll.tsx';
import { DIMENSION_KEYS, WITHHELD_KEYS, type Results, type Segment, type ViewQuestion, type WithheldReason } from './model.ts';

const LOW = [0xf3, 0xc3, 0xbd];
const MID = [0xee, 0xf0, 0xf3];
const HIGH = [0xc4, 0xe5, 0xcf];
const mix = (a: number[], b: number[], t: number) => `rgb(${a.map((x, i) => Math.round(x + (b[i] - x) * t)).join(',')})`;

/** 0 (worst) .. 1 (best) as a tint. */
export function tint(share: number): string {
  const t = Math.max(0, Math.min(1, share));
  return t < 0.5 ? mix(LOW, MID, t * 2) : mix(MID, HIGH, (t - 0.5) * 2);
}

const share = (q: Pick<ViewQuestion, 'kind'>, v: number) => (q.kind === 'enps' ? (v + 100) / 200 : (v - 1) / 4);

export function Heatmap({ results, questions: all }: { results: Results; questions: ViewQuestion[] }) {
  const { t, lang } = useI18n();
  const heatmap = results.heatmap;
  const questions = all.filter((q) => q.kind === 'scale' || q.kind === 'enps');
  if (!heatmap || questions.length === 0) return null;
  const dim = t(DIMENSION_KEYS[heatmap.dimension]);
  const caption = t('surveys.results.heatmapCaption', { dimension: dim });
  const reasons = new Set(heatmap.segments.map((s) => s.withheld).filter((r): r is WithheldReason => !!r));
  const value = (q: ViewQuestion, v: number) =>
    q.kind === 'enps'
      ? formatNumber(Math.round(v), lang)
      : new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);
  const reasonText = (r: WithheldReason) => t(WITHHELD_KEYS[r], { n: results.minGroup });
  const cell = (q: ViewQuestion, s: Segment) => {
    if (s.withheld)
      return (
        <td key={s.key} className="sv-heat-withheld" title={reasonText(s.withheld)}>
          <span aria-hidden="true">—</span>
          <span className="visually-hidden">{reasonText(s.withheld)}</span>
        </td>
      );
    const score = s.scores?.find((x) => x.questionId === q.id);
    const v = q.kind === 'enps' ? score?.enps : score?.average;
    if (v === null || v === undefined)
      return (
        <td key={s.key} className="sv-heat-empty">
          <span aria-hidden="true">·</span>
          <span className="visually-hidden">{t('surveys.results.noAnswers')}</span>
        </td>
      );
    return (
      <td key={s.key} className="sv-num sv-heat" style={{ background: tint(share(q, v)) }}>
        {value(q, v)}
      </td>
    );
  };
  return (
    <div className="sv-heatmap">
      <TableScroll label={caption}>
        <table className="data-table sv-heat-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('surveys.results.question')}</th>
              {heatmap.segments.map((s) => (
                <th key={s.key} scope="col">
                  {s.label || t('surveys.results.unknownValue')}
                  <span className="sv-heat-n">
                    {s.withheld ? (
                      <>
                        <span aria-hidden="true">—</span>
                        <span className="visually-hidden">{reasonText(s.withheld)}</span>
                      </>
                    ) : (
                      t('surveys.results.nShort', { n: formatNumber(s.respondents ?? 0, lang) })
                    )}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {questions.map((q) => (
              <tr key={q.id}>
                <th scope="row">
                  {q.text}
                  <span className="hint sv-block">
                    {q.kind === 'enps' ? t('surveys.results.enpsScale') : t('surveys.results.averageScale')}
                  </span>
                </th>
                {heatmap.segments.map((s) => cell(q, s))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <div className="sv-heat-legend" aria-hidden="true">
        <span>{t('surveys.results.legendLow')}</span>
        {[0, 0.25, 0.5, 0.75, 1].map((x) => (
          <span key={x} className="sv-swatch sv-swatch-wide" style={{ background: tint(x) }} />
        ))}
        <span>{t('surveys.results.legendHigh')}</span>
      </div>
      {reasons.size > 0 && (
        <ul className="sv-footnotes">
          {[...reasons].map((r) => (
            <li key={r}>
              <span aria-hidden="true">— </span>
              {reasonText(r)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
