/**
 * Every mail as people's mail programs expect it: a plain-text part and an HTML part saying the same,
 * in the language it is written in. The HTML is built from the text, so the two never disagree and
 * no template can forget to escape: paragraphs, line breaks, bulleted lines ("• ", "- "), quoted
 * lines ("> ") and links (real <a> elements showing their URL) are all the structure it reads.
 * Simple and accessible: the lang attribute, semantic elements, real text (no images), and the
 * organisation's colour darkened where needed until white text on it and it on white read at 4.5:1.
 * Pure: no Node APIs, no database.
 */

export type MailLang = 'nl' | 'fr' | 'en';

export interface MailView {
  /** The language the mail is written in: `Content-Language` and the HTML's lang. */
  lang: string;
  subject: string;
  text: string;
  /** A hand-written HTML part; when absent (every mail today), one is built from `text`. */
  html?: string | null;
  brandColour?: string | null;
  orgName?: string | null;
  /** For mail that exists because of its recipient's own preference: one click turns it off (RFC 8058). */
  unsubscribeUrl?: string | null;
}

export interface ComposedMail {
  text: string;
  html: string;
  headers: Record<string, string>;
}

export const DEFAULT_BRAND_COLOUR = '#0b5fff';

const FOOTER: Record<MailLang, { why: string; stop: string; stopLink: string; sentBy: (org: string) => string; automatic: string }> = {
  nl: {
    why: 'Je krijgt deze mail door een keuze in je voorkeuren in Embassy.',
    stop: 'Wil je hem niet meer? Zet hem met één klik uit:',
    stopLink: 'Deze mails niet meer ontvangen',
    sentBy: (org) => `Automatisch verstuurd door Embassy voor ${org}.`,
    automatic: 'Automatisch verstuurd door Embassy.',
  },
  fr: {
    why: 'Vous recevez ce message en raison d’un choix dans vos préférences Embassy.',
    stop: 'Vous n’en voulez plus\u00a0? Désactivez-le en un clic\u00a0:',
    stopLink: 'Ne plus recevoir ces messages',
    sentBy: (org) => `Envoyé automatiquement par Embassy pour ${org}.`,
    automatic: 'Envoyé automatiquement par Embassy.',
  },
  en: {
    why: 'You get this mail because of a choice in your Embassy preferences.',
    stop: 'Don’t want it any more? Turn it off with one click:',
    stopLink: 'Stop these mails',
    sentBy: (org) => `Sent automatically by Embassy for ${org}.`,
    automatic: 'Sent automatically by Embassy.',
  },
};

/** The language of our own words around a mail: its own when we have them, else English. */
export function footerLang(lang: string): MailLang {
  return lang === 'nl' || lang === 'fr' ? lang : 'en';
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

// ---- colour ----

const HEX = /^#[0-9a-f]{6}$/i;

function channels(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of a colour against white. */
export function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(channels(hex)) + 0.05);
}

/**
 * The organisation's colour, or the default, darkened step by step until white text on it (and it
 * as link text on white) reaches 4.5:1, the WCAG AA contrast for normal text.
 */
export function accessibleColour(colour: string | null | undefined): string {
  let rgb = channels(colour && HEX.test(colour) ? colour : DEFAULT_BRAND_COLOUR);
  const hex = () => '#' + rgb.map((c) => c.toString(16).padStart(2, '0')).join('');
  while (1.05 / (luminance(rgb) + 0.05) < 4.5) rgb = rgb.map((c) => Math.floor(c * 0.9)) as [number, number, number];
  return hex();
}

// ---- text to HTML ----

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"]+/g;

/** Escaped text with its URLs as links that show the URL itself (trailing punctuation stays outside). */
function inline(text: string, linkColour: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(URL_IN_TEXT)) {
    let url = m[0];
    const trail = /[.,;:!?)\]»"'’]+$/.exec(url);
    if (trail) url = url.slice(0, -trail[0].length);
    const at = m.index;
    out += escapeHtml(text.slice(last, at));
    out += `<a href="${escapeHtml(url)}" style="color:${linkColour};text-decoration:underline;word-break:break-all">${escapeHtml(url)}</a>`;
    last = at + url.length;
  }
  return out + escapeHtml(text.slice(last));
}

const BULLET = /^\s*[•\-*]\s+/;
const QUOTE = /^\s*>\s?/;

/** The text's blocks (separated by blank lines) as paragraphs, lists and quotes. */
export function textToHtml(text: string, linkColour: string = accessibleColour(null)): string {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((b) => b.replace(/^\n+|\n+$/g, ''))
    .filter((b) => b.trim() !== '');
  const p = 'margin:0 0 16px';
  return blocks
    .map((block) => {
      const lines = block.split('\n');
      if (lines.every((l) => BULLET.test(l))) {
        const items = lines.map((l) => `<li style="margin:0 0 6px">${inline(l.replace(BULLET, ''), linkColour)}</li>`).join('');
        return `<ul style="${p};padding-left:24px">${items}</ul>`;
      }
      if (lines.every((l) => QUOTE.test(l))) {
        const quoted = lines.map((l) => inline(l.replace(QUOTE, ''), linkColour)).join('<br>');
        return `<blockquote style="${p};padding:4px 0 4px 14px;border-left:4px solid #c9ced8;color:#333a48"><p style="margin:0">${quoted}</p></blockquote>`;
      }
      return `<p style="${p}">${lines.map((l) => inline(l, linkColour)).join('<br>')}</p>`;
    })
    .join('\n');
}

/** The plain-text part: the mail's text, then (for optional mail) why it came and the link that stops it. */
export function mailText(v: MailView): string {
  if (!v.unsubscribeUrl) return v.text;
  const f = FOOTER[footerLang(v.lang)];
  return `${v.text.replace(/\s+$/, '')}\n\n-- \n${f.why}\n${f.stop}\n${v.unsubscribeUrl}\n`;
}

/** The HTML part: one readable column, the organisation's name on its colour, the text, and a footer. */
export function mailHtml(v: MailView): string {
  const colour = accessibleColour(v.brandColour);
  const fl = footerLang(v.lang);
  const f = FOOTER[fl];
  const lang = escapeHtml(v.lang);
  // Our own words in English under a German mail say so, for screen readers.
  const footerLangAttr = fl === v.lang ? '' : ` lang="${fl}"`;
  const org = v.orgName ? escapeHtml(v.orgName) : 'Embassy';
  const unsubscribe = v.unsubscribeUrl
    ? `<p style="margin:0 0 8px">${escapeHtml(f.why)} ${escapeHtml(f.stop)} <a href="${escapeHtml(v.unsubscribeUrl)}" style="color:${colour}">${escapeHtml(f.stopLink)}</a></p>`
    : '';
  return `<!DOCTYPE html>
<html lang="${lang}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(v.subject)}</title>
</head>
<body style="margin:0;padding:0;background:#f3f4f7;color:#1b2230;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:16px;line-height:1.55">
<div role="article" aria-roledescription="email" aria-label="${escapeHtml(v.subject)}" lang="${lang}" style="max-width:600px;margin:0 auto;padding:16px">
<header style="background:${colour};color:#ffffff;padding:14px 24px;border-radius:8px 8px 0 0">
<p style="margin:0;font-weight:700;font-size:17px">${org}</p>
</header>
<main style="background:#ffffff;padding:24px;border:1px solid #dde1e8;border-top:0;border-radius:0 0 8px 8px">
<h1 style="margin:0 0 18px;font-size:21px;line-height:1.3;color:#1b2230">${escapeHtml(v.subject)}</h1>
${v.html ?? textToHtml(v.text, colour)}
</main>
<footer${footerLangAttr} style="padding:14px 24px;color:#4a5263;font-size:14px">
${unsubscribe}<p style="margin:0">${escapeHtml(v.orgName ? f.sentBy(v.orgName) : f.automatic)}</p>
</footer>
</div>
</body>
</html>
`;
}

/**
 * The parts and headers of a mail. `Auto-Submitted: auto-generated` (RFC 3834) keeps out-of-office
 * replies away; optional mail carries List-Unsubscribe with List-Unsubscribe-Post (RFC 8058), so a
 * mail program's own "unsubscribe" button turns the preference off without anyone signing in.
 */
export function composeMail(v: MailView): ComposedMail {
  const headers: Record<string, string> = {
    'Content-Language': v.lang,
    'Auto-Submitted': 'auto-generated',
    'X-Auto-Response-Suppress': 'All',
  };
  if (v.unsubscribeUrl) {
    headers['List-Unsubscribe'] = `<${v.unsubscribeUrl}>`;
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  }
  return { text: mailText(v), html: mailHtml(v), headers };
}
