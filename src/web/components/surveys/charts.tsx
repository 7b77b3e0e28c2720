/**
 * The results' charts, drawn by hand in SVG (no chart package): a stacked bar (eNPS groups, a
 * scale's answers), horizontal bars (choices) and a trend over quarters. Every chart is a figure
 * whose drawing is hidden from screen readers and whose numbers are a real <table> with a caption,
 * visually hidden until "Show as table" is pressed. Numbers and words are printed in or beside
 * every bar, so nothing depends on colour alone; each colour has at least 3:1 against white, and
 * the white text inside a bar at least 4.5:1.
 */
import { useId, useState, type ReactNode } from 'react';
import { formatNumber } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';

export interface Part {
  key: string;
  label: string;
  count: number;
  colour: string;
}

/** 1 to 5, from "strongly disagree" (red) to "strongly agree" (dark green), grey in the middle. */
export const SCALE_COLOURS = ['#a3241b', '#b4461a', '#5f6670', '#2f7d4f', '#0e4f22'];
export const ENPS_COLOURS = { detractors: '#a3241b', passives: '#5f6670', promoters: '#146c2e' };
const BAR = '#1f4fbf';

/** A figure with its title, the drawing, and the table twin behind a toggle. */
export function ChartFigure({
  title,
  chart,
  table,
  summary,
}: {
  title: ReactNode;
  chart: ReactNode;
  /** The rows of the twin: the caption is the title. */
  table: { head: string[]; rows: (string | number)[][] };
  /** One sentence that says what the chart shows (read before the table). */
  summary?: string;
}) {
  const { t, lang } = useI18n();
  const id = useId();
  const [asTable, setAsTable] = useState(false);
  const cell = (v: string | number) => (typeof v === 'number' ? formatNumber(v, lang) : v);
  return (
    <figure className="sv-figure" aria-labelledby={`${id}-t`}>
      <figcaption id={`${id}-t`} className="sv-figure-title">
        {title}
      </figcaption>
      {summary && <p className="sv-summary">{summary}</p>}
      {!asTable && <div aria-hidden="true">{chart}</div>}
      <button type="button" className="sv-link-button" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
        {asTable ? t('surveys.chart.showChart') : t('surveys.chart.showTable')}
      </button>
      <div className={asTable ? 'sv-table-twin' : 'visually-hidden'}>
        <table className="data-table">
          <caption>{title}</caption>
          <thead>
            <tr>
              {table.head.map((h, i) => (
                <th key={i} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r, i) => (
              <tr key={i}>
                {r.map((v, j) =>
                  j === 0 ? (
                    <th key={j} scope="row">
                      {cell(v)}
                    </th>
                  ) : (
                    <td key={j} className="sv-num">
                      {cell(v)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

const percent = (n: number, total: number) => (total > 0 ? Math.round((100 * n) / total) : 0);

/** One bar of 100% split into parts, each with its share printed inside when it fits; a legend with counts below. */
export function StackedBar({ parts }: { parts: Part[] }) {
  const { lang } = useI18n();
  const total = parts.reduce((s, p) => s + p.count, 0);
  let x = 0;
  return (
    <div className="sv-stacked">
      <svg viewBox="0 0 100 10" preserveAspectRatio="none" className="sv-stacked-svg" focusable="false">
        {total === 0 && <rect x={0} y={0} width={100} height={10} fill="#eef0f3" />}
        {parts.map((p) => {
          const w = total ? (100 * p.count) / total : 0;
          const rect = <rect key={p.key} x={x} y={0} width={w} height={10} fill={p.colour} stroke="#fff" strokeWidth={0.4} />;
          x += w;
          return rect;
        })}
      </svg>
      {/* The shares as text over the bar: SVG text would be stretched by preserveAspectRatio. */}
      <div className="sv-stacked-labels">
        {parts.map((p) =>
          p.count > 0 ? (
            <span key={p.key} style={{ width: `${(100 * p.count) / total}%` }}>
              {percent(p.count, total) >= 8 ? `${percent(p.count, total)}%` : ''}
            </span>
          ) : null,
        )}
      </div>
      <ul className="sv-legend">
        {parts.map((p) => (
          <li key={p.key}>
            <span className="sv-swatch" style={{ background: p.colour }} />
            {p.label}: {formatNumber(p.count, lang)} ({percent(p.count, total)}%)
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Horizontal bars, one per choice, with the label on the left and the count and share on the right. */
export function HorizontalBars({ items, total }: { items: { key: string; label: string; count: number }[]; total: number }) {
  const { lang } = useI18n();
  const max = Math.max(1, ...items.map((i) => i.count));
  return (
    <div className="sv-hbars">
      {items.map((i) => (
        <div key={i.key} className="sv-hbar">
          <span className="sv-hbar-label">{i.label}</span>
          <svg viewBox="0 0 100 8" preserveAspectRatio="none" className="sv-hbar-svg" focusable="false">
            <rect x={0} y={0} width={100} height={8} fill="#eef0f3" />
            <rect x={0} y={0} width={(100 * i.count) / max} height={8} fill={BAR} />
          </svg>
          <span className="sv-hbar-value">
            {formatNumber(i.count, lang)} ({percent(i.count, total)}%)
          </span>
        </div>
      ))}
    </div>
  );
}

/**
 * Values over quarters as columns (a missing or withheld quarter is an empty slot marked "—"),
 * on a fixed axis: -100..100 for eNPS, 1..5 for an average.
 */
export function TrendColumns({
  points,
  min,
  max,
  format,
}: {
  points: { key: string; label: string; value: number | null }[];
  min: number;
  max: number;
  format(v: number): string;
}) {
  const width = Math.max(320, points.length * 64);
  const height = 180;
  const top = 20;
  const bottom = 36;
  const plot = height - top - bottom;
  const y = (v: number) => top + plot - ((v - min) / (max - min)) * plot;
  const zero = y(Math.max(min, Math.min(max, 0 >= min && 0 <= max ? 0 : min)));
  const slot = width / Math.max(1, points.length);
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} className="sv-trend-svg" focusable="false">
      <line x1={0} x2={width} y1={zero} y2={zero} stroke="#5f6670" strokeWidth={1} />
      {points.map((p, i) => {
        const cx = i * slot + slot / 2;
        if (p.value === null)
          return (
            <g key={p.key}>
              <text x={cx} y={zero - 6} textAnchor="middle" className="sv-trend-text">
                —
              </text>
              <text x={cx} y={height - 12} textAnchor="middle" className="sv-trend-text">
                {p.label}
              </text>
            </g>
          );
        const yv = y(p.value);
        const h = Math.abs(zero - yv);
        return (
          <g key={p.key}>
            <rect x={cx - slot * 0.3} y={Math.min(yv, zero)} width={slot * 0.6} height={Math.max(1, h)} fill={BAR} />
            <text x={cx} y={yv < zero ? yv - 4 : yv + 14} textAnchor="middle" className="sv-trend-text sv-trend-value">
              {format(p.value)}
            </text>
            <text x={cx} y={height - 12} textAnchor="middle" className="sv-trend-text">
              {p.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
