import { describe, expect, it } from 'vitest';
import {
  AA_TEXT,
  brandPalette,
  contrastRatio,
  isHexColour,
  luminance,
  parseHex,
  readableOn,
  shownRatio,
  textOn,
  toHex,
} from './contrast.ts';

describe('contrast (WCAG 2)', () => {
  it('measures the known ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // WebAIM's contrast checker: #777777 on white is 4.47:1, #767676 is 4.54:1.
    expect(shownRatio(contrastRatio('#777777', '#ffffff'))).toBe(4.47);
    expect(shownRatio(contrastRatio('#767676', '#ffffff'))).toBe(4.54);
    expect(contrastRatio('#0b5fff', '#ffffff')).toBeCloseTo(contrastRatio('#ffffff', '#0b5fff'), 10);
    expect(luminance('#ffffff')).toBe(1);
    expect(luminance('#000000')).toBe(0);
  });

  it('picks black or white text, whichever reads on the colour, and it always reaches AA', () => {
    expect(textOn('#ffcc00').colour).toBe('#000000'); // yellow
    expect(textOn('#003366').colour).toBe('#ffffff'); // navy
    expect(textOn('#ff6600').colour).toBe('#000000'); // orange: black 7.1:1 beats white 2.9:1
    expect(textOn('#e30613').colour).toBe('#ffffff'); // signal red: white 4.8:1 beats black 4.3:1
    // The hardest colours (luminance near 0.18) still reach 4.5:1 with one of the two.
    for (let g = 0; g < 256; g += 3) {
      const grey = toHex([g, g, g]);
      expect(textOn(grey).ratio).toBeGreaterThanOrEqual(AA_TEXT);
    }
    for (const c of ['#ff0000', '#00ff00', '#0000ff', '#ff00ff', '#00ffff', '#808000', '#ff8800', '#7f7f7f']) {
      expect(contrastRatio(textOn(c).colour, c)).toBeGreaterThanOrEqual(AA_TEXT);
    }
  });

  it('darkens a light brand colour until it reads as text on the page, and keeps a dark one as it is', () => {
    expect(readableOn('#003366', ['#ffffff', '#fafbfd'])).toBe('#003366');
    const yellow = readableOn('#ffcc00', ['#ffffff', '#fafbfd']);
    expect(contrastRatio(yellow, '#fafbfd')).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrastRatio(yellow, '#ffffff')).toBeGreaterThanOrEqual(AA_TEXT);
    const [r, g, b] = parseHex(yellow);
    expect(r).toBeGreaterThan(g); // still a yellow-brown, not grey
    expect(b).toBe(0);
    const grey = readableOn('#ffffff', ['#ffffff']);
    expect(contrastRatio(grey, '#ffffff')).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrastRatio(grey, '#ffffff')).toBeLessThan(4.8); // no darker than it needs to be
  });

  it('reads only #rrggbb', () => {
    expect(isHexColour('#A1b2C3')).toBe(true);
    expect(isHexColour('#abc')).toBe(false);
    expect(isHexColour('red')).toBe(false);
    expect(() => parseHex('#abc')).toThrow();
  });
});

describe('brand palette', () => {
  it('paints with the brand colour and keeps every text on it and in it at AA or above', () => {
    for (const c of ['#ffcc00', '#003366', '#e30613', '#00a19a', '#ffffff', '#000000', '#7f7f7f']) {
      const p = brandPalette(c);
      expect(p.brand).toBe(c);
      expect(contrastRatio(p.textOnBrand, p.brand)).toBeGreaterThanOrEqual(AA_TEXT);
      for (const bg of ['#ffffff', '#fafbfd']) expect(contrastRatio(p.link, bg)).toBeGreaterThanOrEqual(AA_TEXT);
      expect(p.textContrast).toBeGreaterThanOrEqual(AA_TEXT);
      expect(p.linkContrast).toBeGreaterThanOrEqual(AA_TEXT);
    }
    expect(brandPalette('#FFCC00')).toMatchObject({ brand: '#ffcc00', textOnBrand: '#000000' });
    expect(brandPalette(null).brand).toBe('#0b5fff');
    expect(brandPalette('not a colour').brand).toBe('#0b5fff');
  });
});
