/** The careers pages' one stylesheet (inline: the pages load nothing else), painted with the organisation's brand. */
import { brandPalette } from '../platform/contrast.ts';

const STYLE = `
:root{--ink:#1b2230;--muted:#5b6474;--line:#e3e6ee;--bg:#fafbfd;--card:#fff;--accent:#0b5fff;--accent-ink:#fff;--link:#0b5fff;--head:#1b2230;--head-ink:#fff}
*{box-sizing:border-box}body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
a{color:var(--link)}a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible{outline:3px solid #ffb703;outline-offset:2px;box-shadow:0 0 0 5px #1b2230}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;color:#1b2230;padding:8px;z-index:9}
header.site{background:var(--head);color:var(--head-ink);padding:20px 16px}header.site a{color:var(--head-ink);text-decoration:none;font-weight:700}
header.site nav{display:flex;justify-content:space-between;align-items:center;gap:12px;max-width:1100px;margin:auto;flex-wrap:wrap}
.brand{display:inline-flex;align-items:center;gap:12px}.brand img{max-height:40px;width:auto;background:#fff;border-radius:4px;padding:2px}
.langs a{margin-left:10px;font-weight:400}.langs a[aria-current]{text-decoration:underline}
main{max-width:1100px;margin:auto;padding:16px}h1{font-size:2rem;margin:.5em 0 .2em}.lead{color:var(--muted);max-width:60ch;white-space:pre-line}
.hero{margin:16px 0 0}.hero img{display:block;width:100%;height:auto;max-height:360px;object-fit:cover;border-radius:10px}
form.filters{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-end;margin:16px 0;padding:12px;background:var(--card);border:1px solid var(--line);border-radius:10px}
label{display:flex;flex-direction:column;font-size:.9rem;color:var(--muted);gap:4px}select,input,textarea{font:inherit;padding:8px;border:1px solid #767e8c;border-radius:6px;background:#fff;color:var(--ink)}
button{font:inherit;padding:9px 16px;border:0;border-radius:6px;background:var(--accent);color:var(--accent-ink);cursor:pointer}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(230px,1fr));gap:14px;padding:0;list-style:none}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:14px}.card h3{margin:.2em 0;font-size:1.05rem}
.person{display:flex;gap:12px;align-items:center}.avatar{width:56px;height:56px;border-radius:50%;object-fit:cover;background:#dfe5f2;flex:none;display:grid;place-items:center;font-weight:700;color:#41506b}
.muted{color:var(--muted);font-size:.92rem}.tags{display:flex;flex-wrap:wrap;gap:6px;padding:0;list-style:none}.tags li{background:#eef2fb;border-radius:99px;padding:2px 10px;font-size:.85rem}
.excerpt{white-space:pre-line}
.stories{list-style:none;padding:0;display:grid;gap:14px}.story h3{margin:0 0 4px}.pager{display:flex;justify-content:space-between;margin:16px 0}
article.story-page{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:20px;max-width:760px}article.story-page img{max-width:100%;height:auto;border-radius:8px}
.share{max-width:760px;margin-top:16px}.share h2{font-size:1.05rem;margin:0 0 6px}.share ul{display:flex;flex-wrap:wrap;gap:8px;padding:0;margin:0;list-style:none}
.share a{display:inline-block;padding:6px 12px;border:1px solid var(--line);border-radius:99px;background:var(--card);text-decoration:none}
.ask{max-width:760px;margin-top:24px;background:var(--card);border:1px solid var(--line);border-radius:10px;padding:16px;display:grid;gap:10px}
.hp{position:absolute;left:-5000px;width:1px;height:1px;overflow:hidden}.vh{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}footer{max-width:1100px;margin:24px auto;padding:16px;color:var(--muted);font-size:.9rem}
.notice{background:#e7f6ec;border:1px solid #9bd3ad;padding:10px;border-radius:8px}.notice.warn{background:#fff4e0;border-color:#e0b35c}
@media (max-width:600px){h1{font-size:1.5rem}}`;

/**
 * The stylesheet, with the organisation's colour when it chose one: the header and buttons on the
 * brand colour with black or white text (whichever reaches 4.5:1), links in the brand colour
 * darkened as far as needed to reach 4.5:1 on the page. Without a colour, the standard look.
 */
export function pageStyle(brandColour: string | null): string {
  if (!brandColour) return STYLE;
  const p = brandPalette(brandColour);
  return `${STYLE}\n:root{--accent:${p.brand};--accent-ink:${p.textOnBrand};--link:${p.link};--head:${p.brand};--head-ink:${p.textOnBrand}}`;
}
