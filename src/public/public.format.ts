/**
 * Text for the careers pages: dates in the visitor's language, and excerpts of stories that keep
 * their breaks. Pure.
 */
import type { PublicLang } from './public.i18n.ts';
import { dateTimeFormat } from '../platform/intl.ts';

const LOCALES: Record<PublicLang, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

/** "1 december 2026", "1 décembre 2026", "1 December 2026": the day where the organisation is. */
export function formatDay(instant: Date, lang: PublicLang, timeZone: string): string {
  return dateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(instant);
}

/** The same day as yyyy-mm-dd, for <time datetime>. */
export function isoDay(instant: Date, timeZone: string): string {
  return dateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(instant);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Tags that end a line of text: paragraphs, headings, list items, quotes, code blocks, table rows, rules, breaks. */
const BLOCK_END = /<\/(?:p|h[1-6]|li|blockquote|pre|tr|div|ul|ol|table|thead|tbody|dd|dt|figcaption)\s*>|<(?:br|hr)\s*\/?>/gi;
/** Table cells sit side by side: a space between them, not a new line. */
const CELL_END = /<\/(?:td|th)\s*>/gi;

/**
 * The blocks of text in rendered HTML (our Markdown's output), in order: a paragraph, a heading, a
 * list item, a line after a line break. Inline tags vanish without a trace, so "**in**formation"
 * stays one word, and a block's end never glues its last word to the next block's first.
 */
export function textBlocks(html: string): readonly string[] {
  let blocks = BLOCKS.get(html);
  if (blocks === undefined) {
    if (BLOCKS.size >= BLOCKS_KEPT) BLOCKS.clear();
    BLOCKS.set(html, (blocks = splitBlocks(html)));
  }
  return blocks;
}

/**
 * The blocks of the stories last shown, by their HTML: every page after a change shows mostly the
 * same stories again, and splitting each one's HTML (six passes of regular expressions) was half
 * of a careers wall's rendering in JavaScript. Looked up by the text itself, so a story changed is
 * a new entry; a few hundred stories' text at most.
 */
const BLOCKS = new Map<string, readonly string[]>();
const BLOCKS_KEPT = 500;

function splitBlocks(html: string): string[] {
  return html
    .replace(/<pre\b[\s\S]*?<\/pre>/gi, (code) => code.replace(/\n/g, '<br>'))
    .replace(/\s*\n\s*/g, ' ')
    .replace(BLOCK_END, '\n')
    .replace(CELL_END, ' ')
    .replace(/<[^>]*>/g, '')
    .split('\n')
    .map((line) => decode(line).replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Cut at a word boundary (near `max`), with an ellipsis when something was cut. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.search(/\s\S*$/);
  return (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s.,;:!?—–-]+$/, '') + '…';
}

/**
 * An excerpt that keeps the story's breaks: at most `max` characters of its blocks, one per line
 * (shown with white-space: pre-line), never more than `lines` of them.
 */
export function excerpt(html: string, max = 220, lines = 4): string {
  const all = textBlocks(html);
  const blocks = all.slice(0, lines);
  const out: string[] = [];
  let left = max;
  for (const b of blocks) {
    if (left < 20) break;
    const piece = clip(b, left);
    out.push(piece);
    left -= piece.length + 1;
    if (piece.endsWith('…')) break;
  }
  const text = out.join('\n');
  return all.length > out.length && !text.endsWith('…') ? `${text} …` : text;
}

/**
 * One line for a description (meta, link previews): blocks joined so a sentence break stays one.
 * A block that ends without punctuation (a heading, a list item) is followed by " · ".
 */
export function summary(html: string, max = 200): string {
  const blocks = textBlocks(html);
  const line = blocks.reduce((acc, b) => (acc ? `${acc}${/[.!?…:;]["'”’»)]?$/.test(acc) ? ' ' : ' · '}${b}` : b), '');
  return clip(line, max);
}

/** The ids of our own images a story's HTML shows, in order (its first is its picture). */
export function imageIds(html: string): string[] {
  return [...html.matchAll(/<img\b[^>]*\bsrc="\/media\/([0-9a-f-]{36})"/gi)].map((m) => m[1].toLowerCase());
}
