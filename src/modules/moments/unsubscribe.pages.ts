/** The small pages behind an unsubscribe link, in the person's language: ask, then confirm. */
import { html, raw } from 'hono/html';
import { accessibleColour } from '../../platform/mail-html.ts';
import type { UnsubscribeKind } from './unsubscribe.ts';
import type { UnsubscribeView } from './unsubscribe.service.ts';

type Lang = UnsubscribeView['lang'];

const TEXT: Record<
  Lang,
  {
    title: string;
    hello: (name: string) => string;
    kinds: Record<UnsubscribeKind, string>;
    ask: (what: string) => string;
    confirm: string;
    done: (what: string) => string;
    already: (what: string) => string;
    backOn: string;
  }
> = {
  nl: {
    title: 'Uitschrijven',
    hello: (n) => `Dag ${n},`,
    kinds: {
      digest: "de dagelijkse mail over de verjaardagen, jubilea en momenten van je collega's",
      birthday: 'mails over je eigen verjaardag',
      work_anniversary: 'mails over je eigen jubileum',
    },
    ask: (w) => `Wil je ${w} niet meer ontvangen?`,
    confirm: 'Ja, uitschrijven',
    done: (w) => `Klaar: je ontvangt ${w} niet meer.`,
    already: (w) => `Je ontvangt ${w} al niet meer.`,
    backOn: 'Van gedachten veranderd? Zet het weer aan bij Mijn momenten in Embassy.',
  },
  fr: {
    title: 'Se désabonner',
    hello: (n) => `Bonjour ${n},`,
    kinds: {
      digest: 'le message quotidien sur les anniversaires, les années de service et les moments de vos collègues',
      birthday: 'les messages pour votre propre anniversaire',
      work_anniversary: 'les messages pour vos propres années de service',
    },
    ask: (w) => `Vous ne voulez plus recevoir ${w}\u00a0?`,
    confirm: 'Oui, me désabonner',
    done: (w) => `C’est fait\u00a0: vous ne recevez plus ${w}.`,
    already: (w) => `Vous ne recevez déjà plus ${w}.`,
    backOn: 'Changé d’avis\u00a0? Réactivez-le dans Mes moments, dans Embassy.',
  },
  en: {
    title: 'Unsubscribe',
    hello: (n) => `Hello ${n},`,
    kinds: {
      digest: "the daily mail about your colleagues' birthdays, work anniversaries and moments",
      birthday: 'mails about your own birthday',
      work_anniversary: 'mails about your own work anniversary',
    },
    ask: (w) => `Stop receiving ${w}?`,
    confirm: 'Yes, unsubscribe',
    done: (w) => `Done: you no longer receive ${w}.`,
    already: (w) => `You already no longer receive ${w}.`,
    backOn: 'Changed your mind? Turn it back on under My moments in Embassy.',
  },
};

const STYLE = (colour: string) =>
  `body{margin:0;background:#f3f4f7;color:#1b2230;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}` +
  `header{background:${colour};color:#fff;padding:14px 20px;font-weight:700}main{max-width:560px;margin:24px auto;background:#fff;border:1px solid #dde1e8;border-radius:8px;padding:20px 24px}` +
  `h1{font-size:1.4rem;margin:0 0 12px}button{font:inherit;padding:10px 18px;border:0;border-radius:6px;background:${colour};color:#fff;cursor:pointer}` +
  `button:focus-visible{outline:3px solid #ffb703;outline-offset:2px}.hint{color:#4a5263}`;

function page(lang: string, title: string, colour: string, org: string, body: ReturnType<typeof html>) {
  return html`<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${title}</title><style>${raw(STYLE(colour))}</style></head>
<body><header>${org}</header><main><h1>${title}</h1>${body}</main></body>
</html>`;
}

/** GET: what the link would turn off, and a button to do it. Nothing changes until it is pressed. */
export function askPage(v: UnsubscribeView, action: string) {
  const t = TEXT[v.lang];
  const what = t.kinds[v.kind];
  const body = v.receives
    ? html`<p>${t.hello(v.firstName)}</p>
        <p>${t.ask(what)}</p>
        <form method="post" action="${action}">
          <input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${t.confirm}</button>
        </form>`
    : html`<p>${t.hello(v.firstName)}</p>
        <p role="status">${t.already(what)}</p>
        <p class="hint">${t.backOn}</p>`;
  return page(v.lang, t.title, accessibleColour(v.brandColour), v.orgName, body);
}

/** POST: done (also when it was already off). */
export function donePage(v: UnsubscribeView) {
  const t = TEXT[v.lang];
  const body = html`<p role="status">${t.done(t.kinds[v.kind])}</p>
    <p class="hint">${t.backOn}</p>`;
  return page(v.lang, t.title, accessibleColour(v.brandColour), v.orgName, body);
}

/** A link that is not (or no longer) valid: we do not know whose language, so all three. */
export function invalidPage() {
  return page(
    'en',
    'Embassy',
    accessibleColour(null),
    'Embassy',
    html`<p lang="nl">Deze link is niet geldig (meer). Je voorkeuren vind je bij Mijn momenten in Embassy.</p>
      <p lang="fr">Ce lien n’est pas (ou plus) valable. Vos préférences se trouvent dans Mes moments, dans Embassy.</p>
      <p>This link is not valid (any more). Your preferences are under My moments in Embassy.</p>`,
  );
}
