/**
 * The page behind an old journey survey link (/surveys/<delivery id>), mailed before surveys had
 * personal links: it says the link was replaced and offers to mail a fresh personal one. It shows
 * nothing about the person (no name, no address, not whether they answered): whoever has the link
 * learns only that a link may be on its way to its owner.
 */
import { html, raw } from 'hono/html';
import { UI_LANGUAGES, type UiLanguage } from '../../platform/language.ts';
import { accessibleColour } from '../../platform/mail-html.ts';

const TEXT: Record<
  UiLanguage,
  {
    title: string;
    replaced: string;
    how: string;
    button: string;
    sent: string;
    sentHint: string;
    wait: (minutes: number) => string;
    switchLabel: string;
  }
> = {
  nl: {
    title: 'Deze link naar de bevraging werd vervangen',
    replaced: 'Bevragingen werken nu met een persoonlijke link, zonder aanmelden. Deze oudere link opent de bevraging niet meer.',
    how: 'Klik op de knop: we mailen een nieuwe persoonlijke link naar het adres waar deze mail naartoe ging.',
    button: 'Mail me een nieuwe link',
    sent: 'Als we je deze bevraging nog kunnen sturen, is er een nieuwe persoonlijke link onderweg naar je mailbox.',
    sentHint: 'Zie je na enkele minuten niets? Kijk ook bij je ongewenste mail.',
    wait: (m) => `Er werd net al een nieuwe link gevraagd. Probeer het over ${m} minuten opnieuw.`,
    switchLabel: 'Taal',
  },
  fr: {
    title: 'Ce lien vers l’enquête a été remplacé',
    replaced: 'Les enquêtes fonctionnent désormais avec un lien personnel, sans connexion. Cet ancien lien n’ouvre plus l’enquête.',
    how: 'Cliquez sur le bouton\u00a0: nous envoyons un nouveau lien personnel à l’adresse qui a reçu ce message.',
    button: 'M’envoyer un nouveau lien',
    sent: 'Si nous pouvons encore vous envoyer cette enquête, un nouveau lien personnel est en route vers votre boîte mail.',
    sentHint: 'Rien après quelques minutes\u00a0? Regardez aussi dans vos courriers indésirables.',
    wait: (m) => `Un nouveau lien vient déjà d’être demandé. Réessayez dans ${m}\u00a0minutes.`,
    switchLabel: 'Langue',
  },
  en: {
    title: 'This survey link has been replaced',
    replaced: 'Surveys now use a personal link that works without signing in. This older link no longer opens the survey.',
    how: 'Press the button: we mail a new personal link to the address this mail was sent to.',
    button: 'Mail me a new link',
    sent: 'If we can still send you this survey, a new personal link is on its way to your mailbox.',
    sentHint: 'Nothing after a few minutes? Check your spam folder too.',
    wait: (m) => `A new link was asked for a moment ago. Try again in ${m} minutes.`,
    switchLabel: 'Language',
  },
};

const NAMES: Record<UiLanguage, string> = { nl: 'Nederlands', fr: 'Français', en: 'English' };

const STYLE = (colour: string) =>
  `body{margin:0;background:#f3f4f7;color:#1b2230;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}` +
  `header{background:${colour};color:#fff;padding:14px 20px;font-weight:700}main{max-width:560px;margin:24px auto;background:#fff;border:1px solid #dde1e8;border-radius:8px;padding:20px 24px}` +
  `h1{font-size:1.4rem;margin:0 0 12px}button{font:inherit;padding:10px 18px;border:0;border-radius:6px;background:${colour};color:#fff;cursor:pointer}` +
  `button:focus-visible,a:focus-visible{outline:3px solid #ffb703;outline-offset:2px}.hint{color:#4a5263}nav{margin-top:20px;font-size:.95rem}nav a{margin-right:12px;color:#1b2230}`;

export interface LegacyView {
  lang: UiLanguage;
  orgName: string;
  brandColour: string | null;
  /** This page's own path (the form posts to it; the language links add ?lang=). */
  path: string;
}

function page(v: LegacyView, body: ReturnType<typeof html>) {
  const t = TEXT[v.lang];
  const colour = accessibleColour(v.brandColour);
  const links = UI_LANGUAGES.map((l) =>
    l === v.lang
      ? html`<a href="${v.path}?lang=${l}" lang="${l}" aria-current="true"><strong>${NAMES[l]}</strong></a>`
      : html`<a href="${v.path}?lang=${l}" lang="${l}" hreflang="${l}">${NAMES[l]}</a>`,
  );
  return html`<!doctype html>
<html lang="${v.lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${t.title}</title><style>${raw(STYLE(colour))}</style></head>
<body><header>${v.orgName}</header><main><h1>${t.title}</h1>${body}<nav aria-label="${t.switchLabel}">${links}</nav></main></body>
</html>`;
}

/** GET: the link was replaced; a button mails a fresh one. */
export function replacedPage(v: LegacyView) {
  const t = TEXT[v.lang];
  return page(
    v,
    html`<p>${t.replaced}</p>
      <p>${t.how}</p>
      <form method="post" action="${v.path}?lang=${v.lang}"><button type="submit">${t.button}</button></form>`,
  );
}

/** POST: the same answer whatever happened, so the page tells nothing about the person. */
export function requestedPage(v: LegacyView) {
  const t = TEXT[v.lang];
  return page(
    v,
    html`<p role="status">${t.sent}</p>
      <p class="hint">${t.sentHint}</p>`,
  );
}

/** POST too soon after the last one. */
export function waitPage(v: LegacyView, retryAfterSeconds: number) {
  const t = TEXT[v.lang];
  return page(v, html`<p role="status">${t.wait(Math.max(1, Math.ceil(retryAfterSeconds / 60)))}</p>`);
}

/** An id that is no survey link of a journey: we do not know whose language, so all three. */
export function unknownPage() {
  return html`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>Embassy</title><style>${raw(STYLE(accessibleColour(null)))}</style></head>
<body><header>Embassy</header><main>
<p lang="nl">Deze link is niet geldig. Kijk in je mailbox voor je persoonlijke link naar de bevraging.</p>
<p lang="fr">Ce lien n’est pas valable. Cherchez dans votre boîte mail votre lien personnel vers l’enquête.</p>
<p>This link is not valid. Look in your mailbox for your personal survey link.</p>
</main></body>
</html>`;
}
