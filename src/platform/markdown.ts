/**
 * People's own words, rendered safely: Markdown with raw HTML disabled (it shows as text), links
 * limited to http(s) and mailto, images only from our own media, and every link opened with
 * rel="nofollow ugc noopener". Nothing is removed or changed in what someone wrote.
 */
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });

const SAFE_LINK = /^(https?:|mailto:)/i;
const OWN_MEDIA = /^\/media\/[0-9a-f-]{36}$/i;
md.validateLink = (url: string) => SAFE_LINK.test(url.trim()) || OWN_MEDIA.test(url.trim());

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx: number, options, env, self) => {
  tokens[idx].attrSet('rel', 'nofollow ugc noopener');
  tokens[idx].attrSet('target', '_blank');
  return defaultLinkOpen(tokens, idx, options, env, self);
};
md.renderer.rules.image = (tokens, idx: number) => {
  const t = tokens[idx];
  const src = String(t.attrGet('src') ?? '');
  if (!OWN_MEDIA.test(src)) return '';
  const alt = md.utils.escapeHtml(t.content);
  return `<img src="${md.utils.escapeHtml(src)}" alt="${alt}" loading="lazy">`;
};

export function renderMarkdown(text: string): string {
  return md.render(text);
}

/**
 * The ids of our own media that `text` shows as images: read from the parsed document, so an id
 * in a code span, a link or plain text is not an image and embeds nothing.
 */
export function embeddedMediaIds(text: string): string[] {
  const ids = new Set<string>();
  const walk = (tokens: ReturnType<typeof md.parse>) => {
    for (const t of tokens) {
      if (t.type === 'image') {
        const src = String(t.attrGet('src') ?? '').trim();
        if (OWN_MEDIA.test(src)) ids.add(src.slice('/media/'.length).toLowerCase());
      }
      if (t.children) walk(t.children);
    }
  };
  walk(md.parse(text, {}));
  return [...ids];
}

/** Plain text of rendered HTML: block ends become spaces, inline tags vanish, entities are decoded. */
export function htmlToText(html: string, max = 200): string {
  const text = html
    .replace(/<\/(p|h[1-6]|li|blockquote|pre)>|<br\s*\/?>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? text.slice(0, max - 1).trimEnd() + '…' : text;
}

/** Plain text of Markdown, for previews and meta descriptions. */
export function plainText(text: string, max = 200): string {
  const plain = text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`~|-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > max ? plain.slice(0, max - 1).trimEnd() + '…' : plain;
}
