/**
 * A preview of Markdown while someone writes: a small subset (headings, paragraphs, lists, quotes,
 * bold, italic, code, links, our own images), rendered from text that is escaped first, so nothing
 * typed can become markup. The server renders the real thing (markdown-it) on publishing.
 */

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const SAFE_LINK = /^(https?:|mailto:)/i;
const OWN_MEDIA = /^\/media\/[0-9a-f-]{36}$/i;

/** Inline Markdown of one already escaped line. Code, images and links are set aside first, so emphasis never reaches into a URL. */
function inline(escaped: string): string {
  const kept: string[] = [];
  const keep = (html: string) => `\uE000${kept.push(html) - 1}\uE001`;
  const text = escaped
    .replace(/`([^`]+)`/g, (_m, code: string) => keep(`<code>${code}</code>`))
    .replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, (_m, alt: string, src: string) => (OWN_MEDIA.test(src) ? keep(`<img src="${src}" alt="${alt}">`) : ''))
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_m, label: string, href: string) =>
      SAFE_LINK.test(href) ? keep(`<a href="${href}" rel="nofollow noopener" target="_blank">${label}</a>`) : label,
    )
    .replace(/\bhttps?:\/\/[^\s<]*[^\s<.,;:!?)]/g, (url) => keep(`<a href="${url}" rel="nofollow noopener" target="_blank">${url}</a>`))
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*\w])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>')
    .replace(/(^|[^\w])_([^_\s][^_]*)_/g, '$1<em>$2</em>');
  return text.replace(/\uE000(\d+)\uE001/g, (_m, i: string) => kept[Number(i)] ?? '');
}

export function previewMarkdown(text: string): string {
  const out: string[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let para: string[] = [];
  let list: { tag: 'ul' | 'ol'; items: string[] } | null = null;
  let quote: string[] = [];
  const flushPara = () => {
    if (para.length) out.push(`<p>${para.map(inline).join('<br>')}</p>`);
    para = [];
  };
  const flushList = () => {
    if (list) out.push(`<${list.tag}>${list.items.map((i) => `<li>${inline(i)}</li>`).join('')}</${list.tag}>`);
    list = null;
  };
  const flushQuote = () => {
    if (quote.length) out.push(`<blockquote><p>${quote.map(inline).join('<br>')}</p></blockquote>`);
    quote = [];
  };
  const flushAll = () => {
    flushPara();
    flushList();
    flushQuote();
  };
  for (const raw of lines) {
    const line = escapeHtml(raw);
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const bullet = /^\s*[-*+]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+[.)]\s+(.*)$/.exec(line);
    const quoted = /^&gt;\s?(.*)$/.exec(line);
    if (!line.trim()) {
      flushAll();
    } else if (heading) {
      flushAll();
      const level = heading[1].length;
      out.push(`<h${level}>${inline(heading[2])}</h${level}>`);
    } else if (bullet || numbered) {
      flushPara();
      flushQuote();
      const tag = bullet ? 'ul' : 'ol';
      if (list && list.tag !== tag) flushList();
      if (!list) list = { tag, items: [] };
      list.items.push((bullet ?? numbered)![1]);
    } else if (quoted) {
      flushPara();
      flushList();
      quote.push(quoted[1]);
    } else {
      flushList();
      flushQuote();
      para.push(line);
    }
  }
  flushAll();
  return out.join('\n');
}

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
