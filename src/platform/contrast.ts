/**
 * Colour contrast as WCAG 2 measures it (relative luminance, ratio from 1:1 to 21:1), for brand
 * colours people choose: text on the colour gets black or white, whichever reads better (one of the
 * two always reaches 4.5:1, AA for normal text), and the colour as text on a light page is darkened
 * until it does. Pure and browser-safe: the settings page shows the same numbers the pages use.
 */

/** WCAG 2 AA for normal text. */
export const AA_TEXT = 4.5;

const HEX = /^#([0-9a-f]{6})$/i;
export type Rgb = [number, number, number];

export function isHexColour(value: string): boolean {
  return HEX.test(value);
}

export function parseHex(colour: string): Rgb {
  const m = HEX.exec(colour);
  if (!m) throw new Error(`not a #rrggbb colour: ${colour}`);
  const n = Number.parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function toHex(rgb: Rgb): string {
  return '#' + rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('');
}

/** Relative luminance (WCAG 2): 0 for black, 1 for white. */
export function luminance(colour: string | Rgb): number {
  const rgb = typeof colour === 'string' ? parseHex(colour) : colour;
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours, from 1 (none) to 21 (black on white); order does not matter. */
export function contrastRatio(a: string | Rgb, b: string | Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Rounded down to two decimals, so a shown 4.50 is never really 4.499. */
export const shownRatio = (ratio: number) => Math.floor(ratio * 100) / 100;

/** The text colour for text on `background`: white or black, whichever contrasts more. */
export function textOn(background: string): { colour: '#ffffff' | '#000000'; ratio: number } {
  const white = contrastRatio(background, '#ffffff');
  const black = contrastRatio(background, '#000000');
  return white >= black ? { colour: '#ffffff', ratio: white } : { colour: '#000000', ratio: black };
}

/**
 * `colour` as text on every one of `backgrounds` (light ones): the colour itself when it reaches
 * `min` on each, else the same hue darkened step by step until it does (black at the latest).
 */
export function readableOn(colour: string, backgrounds: string[], min = AA_TEXT): string {
  const base = parseHex(colour);
  for (let k = 1; k >= 0; k -= 0.02) {
    const rgb = base.map((c) => Math.floor(c * k)) as Rgb;
    if (backgrounds.every((bg) => contrastRatio(rgb, bg) >= min)) return toHex(rgb);
  }
  return '#000000';
}

/** The careers pages' colour when an organisation chose none. */
export const DEFAULT_BRAND_COLOUR = '#0b5fff';
/** The light backgrounds of the careers pages that links sit on (cards and the page). */
export const PAGE_BACKGROUNDS = ['#ffffff', '#fafbfd'];

export interface BrandPalette {
  /** The brand colour (or the default): header and button backgrounds. */
  brand: string;
  /** Text on the brand colour: black or white. */
  textOnBrand: string;
  /** Its contrast with the brand colour (at least 4.5). */
  textContrast: number;
  /** The brand colour as link text on the pages, darkened only as far as 4.5:1 needs. */
  link: string;
  linkContrast: number;
}

/** What the pages paint with a brand colour: every text on or in it readable (WCAG AA). */
export function brandPalette(colour: string | null | undefined): BrandPalette {
  const brand = colour && isHexColour(colour) ? colour.toLowerCase() : DEFAULT_BRAND_COLOUR;
  const text = textOn(brand);
  const link = readableOn(brand, PAGE_BACKGROUNDS);
  return {
    brand,
    textOnBrand: text.colour,
    textContrast: shownRatio(text.ratio),
    link,
    linkContrast: shownRatio(Math.min(...PAGE_BACKGROUNDS.map((bg) => contrastRatio(link, bg)))),
  };
}
