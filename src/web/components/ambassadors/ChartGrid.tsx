/**
 * A row of weekly charts over the same weeks (the impact dashboard and its community part): each chart
 * is a WeeklyChart, with its table for screen readers.
 */
import { WeeklyChart, type ChartSeries } from './WeeklyChart.tsx';

// Colours with at least 3:1 contrast on white (WCAG 1.4.11); the legend and the table carry the meaning.
export const CHART_COLORS = {
  BLUE: '#1f4fbf',
  ORANGE: '#b54708',
  GREEN: '#146c2e',
  RED: '#b42318',
  GREY: '#5b6472',
  PURPLE: '#6b3fa0',
} as const;

export interface ChartSpec<K extends string> {
  title: string;
  series: ChartSeries<K>[];
  stacked?: boolean;
  format?: (value: number) => string;
  max?: number;
}

export function ChartGrid<K extends string>({ rows, charts }: { rows: ({ week: string } & Record<K, number>)[]; charts: ChartSpec<K>[] }) {
  return (
    <div className="amb-charts">
      {charts.map((c) => (
        <WeeklyChart key={c.title} rows={rows} {...c} />
      ))}
    </div>
  );
}
