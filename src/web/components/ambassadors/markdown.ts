/**
 * Markdown in the web app. The story editor's preview is rendered by the server's own markdown-it
 * configuration (platform/markdown.ts, browser-safe: no node: imports), so what a writer sees while
 * typing is what the careers pages publish: one dialect, not two.
 */
import { renderMarkdown } from '../../../platform/markdown.ts';

/** A preview of Markdown while someone writes: exactly the HTML the server stores on publishing. */
export const previewMarkdown = renderMarkdown;

/**
 * Moves the headings of rendered Markdown down a level or more, so a writer's "# Title" fits under
 * the page's own headings. The server's HTML has bare <hN> tags (markdown-it, no attributes).
 */
export function demoteHeadings(html: string, by = 1): string {
  return html.replace(/<(\/?)h([1-6])>/g, (_m, close: string, n: string) => `<${close}h${Math.min(6, Number(n) + by)}>`);
}

/** Plain text of Markdown, for excerpts in lists. */
export function plainExcerpt(markdown: string, max = 220): string {
  const plain = markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`~|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > max ? `${plain.slice(0, max - 1).trimEnd()}…` : plain;
}
