/**
 * The synthetic organisation's tools (people.seed.ts): a seeded random number generator and weighted
 * choices, calendar arithmetic on day numbers, and e-mail slugs. Pure: no I/O, no clock, no Math.random().
 */
import { fromDayNumber, toDayNumber } from '../../platform/calendar.ts';
import type { Weighted } from './people.seed-data.ts';

/* ------------------------------------------------------------------------------------------------
 * Random numbers
 * --------------------------------------------------------------------------------------------- */

/** cyrb128: a fast 128-bit string hash, used to seed sfc32. */
function hashSeed(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** A seeded PRNG (sfc32 seeded by a cyrb128 hash of the seed); returns floats in [0, 1). */
export function createRng(seed: string | number): () => number {
  let [a, b, c, d] = hashSeed(String(seed));
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next(); // mix the initial state
  return next;
}

export type Rng = () => number;

/** Weighted choice over a small fixed table; `pick` maps a uniform [0,1) draw to an item. */
export class Picker<T> {
  private readonly items: T[] = [];
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(entries: Weighted<T>) {
    let sum = 0;
    for (const [item, weight] of entries) {
      if (weight <= 0) continue;
      sum += weight;
      this.items.push(item);
      this.cumulative.push(sum);
    }
    if (this.items.length === 0) throw new Error('Picker needs at least one positive weight');
    this.total = sum;
  }

  pick(u: number): T {
    const x = u * this.total;
    const cumulative = this.cumulative;
    let i = 0;
    while (i < cumulative.length - 1 && x >= cumulative[i]) i++;
    return this.items[i];
  }

  /** `count` draws spread evenly over the distribution (systematic sampling): low variance, in table order. */
  spread(count: number, rng: Rng): T[] {
    const offset = rng();
    const out: T[] = new Array(count);
    for (let i = 0; i < count; i++) out[i] = this.pick((i + offset) / count);
    return out;
  }
}

/** An element of a list ordered most common first, skewed towards the front. */
export function pickCommon<T>(list: readonly T[], rng: Rng): T {
  return list[Math.floor(list.length * rng() ** 1.35)];
}

export function shuffle<T>(items: T[], rng: Rng): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const tmp = items[i];
    items[i] = items[j];
    items[j] = tmp;
  }
  return items;
}

/** A duration in [0, cap) days, exponentially distributed (recent more frequent) and truncated at cap. */
export function truncatedExponential(meanDays: number, capDays: number, rng: Rng): number {
  const u = rng() * (1 - Math.exp(-capDays / meanDays));
  return Math.min(capDays - 1, Math.floor(-meanDays * Math.log(1 - u)));
}

/* ------------------------------------------------------------------------------------------------
 * Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian, no time zones),
 * with the conversions of platform/calendar.ts
 * --------------------------------------------------------------------------------------------- */

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The same calendar day `years` later (negative: earlier); 29 February becomes 28 February in common years. */
export function addYears(days: number, years: number): number {
  const [y, m, d] = fromDayNumber(days);
  const year = y + years;
  return toDayNumber(year, m, m === 2 && d === 29 && !isLeapYear(year) ? 28 : d);
}

export const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

export function isoDate(days: number): string {
  const [y, m, d] = fromDayNumber(days);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

export function parseIsoDate(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match) {
    const days = toDayNumber(Number(match[1]), Number(match[2]), Number(match[3]));
    if (isoDate(days) === text) return days;
  }
  throw new RangeError(`Invalid ISO date (expected yyyy-mm-dd): ${JSON.stringify(text)}`);
}

/** Moves a Saturday or Sunday to the Monday after (or the Friday before when that leaves [min, max]). */
export function toWorkingDay(days: number, min: number, max: number): number {
  const dayOfWeek = (((days + 4) % 7) + 7) % 7; // 0 = Sunday; 1970-01-01 was a Thursday
  if (dayOfWeek !== 0 && dayOfWeek !== 6) return days;
  const monday = days + (dayOfWeek === 6 ? 2 : 1);
  if (monday <= max) return monday;
  const friday = days - (dayOfWeek === 6 ? 1 : 2);
  return friday >= min ? friday : days;
}

/* ------------------------------------------------------------------------------------------------
 * Text
 * --------------------------------------------------------------------------------------------- */

const NON_DECOMPOSING: Readonly<Record<string, string>> = {
  ł: 'l',
  Ł: 'L',
  ı: 'i',
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ß: 'ss',
  đ: 'd',
  Đ: 'D',
};

/** Lower-case ASCII for an e-mail local part: accents, spaces and apostrophes stripped, hyphens kept. */
export function asciiSlug(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁıøØæÆœŒßđĐ]/g, (c) => NON_DECOMPOSING[c])
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '')
    .replace(/^-+|-+$/g, '');
  return slug || 'x';
}
