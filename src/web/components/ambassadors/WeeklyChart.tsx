/**
 * A bar chart of weekly numbers, drawn as SVG: grouped or stacked bars, a legend, and the same data
 * as a visually hidden table, which is what screen readers get (the drawing is hidden from them).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { formatDate, formatNumber, localeOf } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';

export interface ChartSeries<K extends string> {
  key: K;
  label: string;
  color: string;
}

const H = 240;
const PAD = { top: 12, right: 8, bottom: 34, left: 48 };

/** A round upper bound for the axis, with four steps. */
export function niceMax(max: number): number {
  if (max <= 4) return 4;
  const raw = max / 4;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * pow).find((s) => s >= raw)!;
  return step * 4;
}

export function WeeklyChart<K extends string>({
  title,
  rows,
  series,
  stacked = false,
  format,
  max,
}: {
  title: string;
  rows: ({ week: string } & Record<K, number>)[];
  series: ChartSeries<K>[];
  stacked?: boolean;
  /** How a value is written (ticks, tooltips, the table): a plain number unless given (a percentage, say). */
  format?: (value: number) => string;
  /** A fixed top of the axis (100 for percentages); else a round number above the largest value. */
  max?: number;
}) {
  const { t, lang } = useI18n();
  const id = useId();
  // Drawn at the size it is shown, so its text stays readable on a phone.
  const box = useRef<HTMLDivElement>(null);
  const [W, setW] = useState(640);
  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(([entry]) => setW(Math.max(280, Math.round(entry.contentRect.width))));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const n = rows.length;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const values = rows.map((r) => (stacked ? series.reduce((s, x) => s + r[x.key], 0) : Math.max(0, ...series.map((x) => r[x.key]))));
  const top = max ?? niceMax(Math.max(0, ...values));
  const fmt = format ?? ((v: number) => formatNumber(v, lang));
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const band = n ? plotW / n : plotW;
  const inner = band * 0.75;
  const barW = stacked ? inner : inner / series.length;
  const labelEvery = Math.max(1, Math.ceil(n / Math.max(2, Math.floor(plotW / 64))));
  const shortDate = (iso: string) =>
    new Intl.DateTimeFormat(localeOf(lang), { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  const total = values.reduce((s, v) => s + v, 0);

  return (
    <figure className="amb-chart" aria-labelledby={`${id}-cap`}>
      <figcaption id={`${id}-cap`} className="amb-chart-title">
        {title}
      </figcaption>
      <ul className="amb-legend" aria-hidden="true">
        {series.map((s) => (
          <li key={s.key}>
            <span className="amb-swatch" style={{ background: s.color }} />
            {s.label}
          </li>
        ))}
      </ul>
      <div ref={box}>
        <svg viewBox={`0 0 ${W} ${H}`} className="amb-chart-svg" aria-hidden="true" focusable="false" preserveAspectRatio="xMidYMid meet">
          {[0, 1, 2, 3, 4].map((i) => {
            const v = (top / 4) * i;
            return (
              <g key={i}>
                <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className={i === 0 ? 'amb-axis' : 'amb-gridline'} />
                <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" className="amb-tick">
                  {fmt(v)}
                </text>
              </g>
            );
          })}
          {rows.map((r, i) => {
            const x0 = PAD.left + i * band + (band - inner) / 2;
            let acc = 0;
            return (
              <g key={r.week}>
                {series.map((s, j) => {
                  const v = r[s.key];
                  const yTop = stacked ? y(acc + v) : y(v);
                  const yBottom = stacked ? y(acc) : y(0);
                  acc += v;
                  if (v <= 0) return null;
                  return (
                    <rect
                      key={s.key}
                      x={stacked ? x0 : x0 + j * barW}
                      y={yTop}
                      width={Math.max(1, barW - (stacked ? 0 : 1))}
                      height={Math.max(1, yBottom - yTop)}
                      fill={s.color}
                    >
                      <title>{`${shortDate(r.week)} · ${s.label}: ${fmt(v)}`}</title>
                    </rect>
                  );
                })}
                {i % labelEvery === 0 && (
                  <text x={PAD.left + i * band + band / 2} y={H - PAD.bottom + 16} textAnchor="middle" className="amb-tick">
                    {shortDate(r.week)}
                  </text>
                )}
              </g>
            );
          })}
          {total === 0 && (
            <text x={PAD.left + plotW / 2} y={PAD.top + plotH / 2} textAnchor="middle" className="amb-tick">
              {t('impact.noData')}
            </text>
          )}
        </svg>
      </div>
      {/* A table shrinks no further than its content: the wrapper does the hiding. */}
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('impact.weekOf')}</th>
              {series.map((s) => (
                <th key={s.key} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.week}>
                <th scope="row">{formatDate(r.week, lang)}</th>
                {series.map((s) => (
                  <td key={s.key}>{fmt(r[s.key])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
