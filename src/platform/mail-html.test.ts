import { describe, expect, it } from 'vitest';
import { accessibleColour, composeMail, contrastWithWhite, DEFAULT_BRAND_COLOUR, mailText, textToHtml } from './mail-html.ts';

describe('accessibleColour', () => {
  it('keeps a colour that already reads at 4.5:1 with white, and the default when none is set', () => {
    expect(accessibleColour('#003366')).toBe('#003366');
    expect(accessibleColour(null)).toBe(DEFAULT_BRAND_COLOUR);
    expect(accessibleColour('not a colour')).toBe(DEFAULT_BRAND_COLOUR);
    expect(contrastWithWhite(DEFAULT_BRAND_COLOUR)).toBeGreaterThanOrEqual(4.5);
  });

  it('darkens a light colour until white text on it reaches 4.5:1', () => {
    for (const light of ['#ffcc00', '#ffffff', '#7fd3ff', '#ff6f61']) {
      const c = accessibleColour(light);
      expect(c, light).toMatch(/^#[0-9a-f]{6}$/);
      expect(contrastWithWhite(c), light).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('textToHtml', () => {
  it('escapes every value, links every URL with the URL as its text, and keeps trailing punctuation out', () => {
    const html = textToHtml(`<img src=x onerror=alert(1)> "q" & 'a'\nSee https://x.be/a?b=1&c=<2>, then (https://y.be).`, '#000000');
    expect(html).not.toMatch(/<img|<2>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &quot;q&quot; &amp; &#39;a&#39;<br>See ');
    expect(html).toContain('<a href="https://x.be/a?b=1&amp;c=" style="color:#000000;');
    expect(html).toContain('>https://y.be</a>).');
  });

  it('reads paragraphs, bulleted lines and quoted lines', () => {
    expect(textToHtml('a\nb\n\n- x\n- y\n\n> q1\n> q2')).toMatch(
      /^<p[^>]*>a<br>b<\/p>\n<ul[^>]*><li[^>]*>x<\/li><li[^>]*>y<\/li><\/ul>\n<blockquote[^>]*><p[^>]*>q1<br>q2<\/p><\/blockquote>$/,
    );
  });

  it('does not take a javascript: or data: address for a link', () => {
    expect(textToHtml('javascript:alert(1) data:text/html,x')).not.toContain('<a');
  });
});

describe('composeMail', () => {
  it('says the language and that the mail is automatic; only optional mail gets unsubscribe headers', () => {
    const plain = composeMail({ lang: 'nl', subject: 's', text: 't' });
    expect(plain.headers).toEqual({ 'Content-Language': 'nl', 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' });
    expect(plain.text).toBe('t');
    const optional = composeMail({ lang: 'fr', subject: 's', text: 't', unsubscribeUrl: 'https://e.be/unsubscribe/x' });
    expect(optional.headers).toMatchObject({
      'List-Unsubscribe': '<https://e.be/unsubscribe/x>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
    expect(optional.html).toContain('<html lang="fr"');
    expect(optional.html).toContain('Ne plus recevoir ces messages');
  });

  it('writes our own words in English under a mail in a language we do not speak, and says so', () => {
    const de = composeMail({ lang: 'de', subject: 'Hallo', text: 'Alles Gute', unsubscribeUrl: 'https://e.be/u' });
    expect(de.headers['Content-Language']).toBe('de');
    expect(de.html).toContain('<html lang="de"');
    expect(de.html).toContain('<footer lang="en"');
    expect(mailText({ lang: 'de', subject: 'Hallo', text: 'Alles Gute', unsubscribeUrl: 'https://e.be/u' })).toContain(
      'Turn it off with one click:\nhttps://e.be/u',
    );
  });
});
