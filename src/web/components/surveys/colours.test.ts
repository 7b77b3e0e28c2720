/**
 * The results' colours are readable: every chart colour stands out from the white page (3:1, WCAG
 * 1.4.11) and carries white text (4.5:1), and the heatmap's dark numbers keep at least 10:1 on every
 * tint of its scale. The numbers are always printed too: colour is never the only carrier.
 */
import { describe, expect, it } from 'vitest';
import { ENPS_COLOURS, SCALE_COLOURS } from './charts.tsx';
import { tint } from './Heatmap.tsx';
import { viewQuestions } from './model.ts';

const channels = (c: string): number[] => {
  const rgb = /^rgb\((\d+),(\d+),(\d+)\)$/.exec(c);
  if (rgb) return rgb.slice(1).map(Number);
  return [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
};
const luminance = (c: string) => {
  const [r, g, b] = channels(c).map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};
const TEXT = '#1b1f24';

describe('the colours of the survey results', () => {
  it('draws bars that stand out from the page and carry white text', () => {
    for (const c of [...SCALE_COLOURS, ...Object.values(ENPS_COLOURS)]) {
      expect(contrast(c, '#ffffff'), c).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps the heatmap numbers readable on every tint, from the lowest score to the highest', () => {
    for (let i = 0; i <= 20; i++) expect(contrast(tint(i / 20), TEXT), tint(i / 20)).toBeGreaterThanOrEqual(10);
    // Out of range is clamped, not a broken colour.
    expect(tint(-1)).toBe(tint(0));
    expect(tint(2)).toBe(tint(1));
    // Low and high are told apart (red and green tints), the middle is grey.
    expect(tint(0)).not.toBe(tint(1));
  });

  it('joins the questions with their results in the reader’s language, in survey order', () => {
    const meta = [
      {
        id: 'b',
        position: 2,
        kind: 'single' as const,
        text: { nl: 'Twee', fr: 'Deux', en: 'Two' },
        options: [{ key: 'x', label: { fr: 'Iks' } }],
      },
      { id: 'a', position: 1, kind: 'scale' as const, text: { nl: 'Een', en: 'One' }, options: [] },
    ];
    const results = [{ id: 'a', answered: 5, distribution: [], average: 4, enps: null }];
    const view = viewQuestions(meta, results, 'fr');
    expect(view.map((q) => q.text)).toEqual(['One', 'Deux']);
    expect(view[0].result?.average).toBe(4);
    expect(view[1].result).toBeNull();
    expect(view[1].options).toEqual([{ key: 'x', label: 'Iks' }]);
  });
});
