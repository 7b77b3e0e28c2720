/**
 * The page behind a mailed alumni link, in the person's language: the choice (a personal address, and
 * "also on the careers pages", never pre-ticked), then what happens next. Server-rendered, no script.
 */
import { html, raw } from 'hono/html';
import { alumniLang } from './alumni.mails.ts';

type Lang = 'nl' | 'fr' | 'en';
/** What a refused answer got wrong, said in the person's language. */
export type PageError = 'badEmail' | 'workEmail' | 'taken' | 'sensitive' | 'behindTheScenes';

const TEXT: Record<
  Lang,
  {
    title: string;
    hello: (name: string) => string;
    intro: (org: string) => string;
    what: string;
    email: string;
    emailHint: string;
    careers: string;
    careersHint: string;
    sensitive: string;
    submit: string;
    done: (email: string) => string;
    already: string;
    notEligible: string;
    invalid: string;
    leave: string;
    errors: Record<PageError, string>;
  }
> = {
  nl: {
    title: 'Alumni-ambassadeur blijven',
    hello: (n) => `Dag ${n},`,
    intro: (org) =>
      `Je kunt ambassadeur van ${org} blijven na je vertrek, als alumni. Het is helemaal vrijwillig: doe niets en er verandert niets.`,
    what: 'Als alumni-ambassadeur beheer je je profiel en je verhalen, beantwoord je vragen van kandidaten en praat je mee in het alumni-deel van de community. Je werkaccount stopt zoals gepland; je krijgt een apart alumni-account.',
    email: 'Persoonlijk e-mailadres voor je alumni-account',
    emailHint: 'Niet je werkadres: dat stopt met je job.',
    careers: 'Toon me ook op de carrièrepagina’s, als oud-collega (met mijn jaren hier)',
    careersHint: 'Zonder vinkje blijf je alleen intern zichtbaar.',
    sensitive: 'Je functie is als gevoelig aangeduid: je blijft alleen intern zichtbaar.',
    submit: 'Ja, ik blijf alumni-ambassadeur',
    done: (e) => `Bedankt! We stuurden een mail naar ${e} om een wachtwoord voor je alumni-account te kiezen.`,
    already: 'Je bent al alumni-ambassadeur. Meld je aan met je alumni-account om je profiel te beheren.',
    notEligible: 'Alumni-ambassadeur blijven kan wanneer je vertrekt of met pensioen gaat.',
    invalid: 'Deze link werkt niet (meer). Vraag HR om een nieuwe.',
    leave: 'Stoppen kan altijd, met één klik in je profiel.',
    errors: {
      badEmail: 'Vul een geldig e-mailadres in.',
      workEmail: 'Vul een persoonlijk adres in, niet je werkadres.',
      taken: 'Dit adres heeft al een account bij ons: kies een ander persoonlijk adres.',
      sensitive: 'Je functie is als gevoelig aangeduid: je kunt niet op de carrièrepagina’s staan.',
      behindTheScenes: 'Je bent ambassadeur achter de schermen: dat blijft intern. Laat het vinkje weg.',
    },
  },
  fr: {
    title: 'Rester ambassadeur·rice alumni',
    hello: (n) => `Bonjour ${n},`,
    intro: (org) =>
      `Vous pouvez rester ambassadeur·rice de ${org} après votre départ, comme alumni. C’est entièrement volontaire\u00a0: sans action de votre part, rien ne change.`,
    what: 'Comme ambassadeur·rice alumni, vous gérez votre profil et vos récits, répondez aux questions des candidats et participez à l’espace alumni de la communauté. Votre compte professionnel s’arrête comme prévu\u00a0; vous recevez un compte alumni distinct.',
    email: 'Adresse e-mail personnelle pour votre compte alumni',
    emailHint: 'Pas votre adresse professionnelle\u00a0: elle s’arrête avec votre emploi.',
    careers: 'Me montrer aussi sur les pages carrières, comme ancien·ne collègue (avec mes années ici)',
    careersHint: 'Sans coche, vous restez visible en interne uniquement.',
    sensitive: 'Votre fonction est marquée sensible\u00a0: vous restez visible en interne uniquement.',
    submit: 'Oui, je reste ambassadeur·rice alumni',
    done: (e) => `Merci\u00a0! Nous avons envoyé un message à ${e} pour choisir le mot de passe de votre compte alumni.`,
    already: 'Vous êtes déjà ambassadeur·rice alumni. Connectez-vous avec votre compte alumni pour gérer votre profil.',
    notEligible: 'Rester ambassadeur·rice alumni est possible quand vous partez ou prenez votre pension.',
    invalid: 'Ce lien ne fonctionne pas (ou plus). Demandez-en un nouveau aux RH.',
    leave: 'Vous pouvez arrêter à tout moment, en un clic dans votre profil.',
    errors: {
      badEmail: 'Indiquez une adresse e-mail valide.',
      workEmail: 'Indiquez une adresse personnelle, pas votre adresse professionnelle.',
      taken: 'Cette adresse a déjà un compte chez nous : choisissez une autre adresse personnelle.',
      sensitive: 'Votre fonction est marquée sensible : vous ne pouvez pas figurer sur les pages carrières.',
      behindTheScenes: 'Vous êtes ambassadeur·rice en coulisses\u00a0: cela reste interne. Ne cochez pas la case.',
    },
  },
  en: {
    title: 'Stay on as an alumni ambassador',
    hello: (n) => `Hello ${n},`,
    intro: (org) =>
      `You can stay an ambassador of ${org} after you leave, as an alumnus. It is entirely voluntary: do nothing and nothing changes.`,
    what: "As an alumni ambassador you manage your profile and your stories, answer candidates' questions and take part in the alumni part of the community. Your work account ends as planned; you get a separate alumni account.",
    email: 'Personal email address for your alumni account',
    emailHint: 'Not your work address: it stops with your job.',
    careers: 'Also show me on the careers pages, as a former colleague (with my years here)',
    careersHint: 'Unticked, you stay visible internally only.',
    sensitive: 'Your function is marked sensitive: you stay visible internally only.',
    submit: 'Yes, I stay on as an alumni ambassador',
    done: (e) => `Thank you! We sent a mail to ${e} to choose a password for your alumni account.`,
    already: 'You are an alumni ambassador already. Sign in with your alumni account to manage your profile.',
    notEligible: 'Staying on as an alumni ambassador is offered when you leave or retire.',
    invalid: 'This link does not work (any more). Ask HR for a new one.',
    leave: 'You can stop at any time, with one click in your profile.',
    errors: {
      badEmail: 'Enter a valid email address.',
      workEmail: 'Enter a personal address, not your work address.',
      taken: 'This address already has an account with us: choose another personal address.',
      sensitive: 'Your function is marked sensitive: you cannot appear on the careers pages.',
      behindTheScenes: 'You are an ambassador behind the scenes: that stays internal. Leave the box unticked.',
    },
  },
};

const STYLE = (colour: string) =>
  `body{margin:0;background:#f3f4f7;color:#1b2230;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}` +
  `header{background:${colour};color:#fff;padding:14px 20px;font-weight:700}main{max-width:560px;margin:24px auto;background:#fff;border:1px solid #dde1e8;border-radius:8px;padding:20px 24px}` +
  `h1{font-size:1.4rem;margin:0 0 12px}label{display:block;font-weight:600;margin:14px 0 4px}input[type=email]{font:inherit;width:100%;box-sizing:border-box;padding:8px;border:1px solid #8a93a6;border-radius:6px}` +
  `.check{display:flex;gap:8px;align-items:flex-start;font-weight:400}.check input{margin-top:5px}` +
  `button{font:inherit;margin-top:18px;padding:10px 18px;border:0;border-radius:6px;background:${colour};color:#fff;cursor:pointer}` +
  `button:focus-visible,input:focus-visible{outline:3px solid #ffb703;outline-offset:2px}.hint{color:#4a5263;font-size:.95rem;margin:2px 0}.error{color:#a4161a;font-weight:600}`;

export interface AlumniPageView {
  lang: string;
  orgName: string;
  brandColour: string | null;
  firstName: string;
  sensitive: boolean;
}

function page(v: AlumniPageView, body: ReturnType<typeof html>) {
  const t = TEXT[alumniLang(v.lang)];
  const colour = v.brandColour && /^#[0-9a-fA-F]{6}$/.test(v.brandColour) ? v.brandColour : '#1f4e79';
  return html`<!doctype html>
<html lang="${alumniLang(v.lang)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${t.title}</title><style>${raw(STYLE(colour))}</style></head>
<body><header>${v.orgName}</header><main><h1>${t.title}</h1>${body}</main></body>
</html>`;
}

/** The choice. `error` names the field a refused answer got wrong (the form keeps the address typed). */
export function choicePage(v: AlumniPageView, action: string, o: { email?: string; error?: PageError } = {}) {
  const t = TEXT[alumniLang(v.lang)];
  const field = o.error === 'sensitive' || o.error === 'behindTheScenes' ? 'careers' : 'email';
  const err = (f: string) => (o.error && field === f ? html`<p class="error" id="${f}-error" role="alert">${t.errors[o.error]}</p>` : '');
  return page(
    v,
    html`<p>${t.hello(v.firstName)}</p>
      <p>${t.intro(v.orgName)}</p>
      <p>${t.what}</p>
      <form method="post" action="${action}">
        <label for="email">${t.email}</label>
        <p class="hint" id="email-hint">${t.emailHint}</p>
        ${err('email')}
        <input type="email" id="email" name="email" required maxlength="254" autocomplete="email" value="${o.email ?? ''}"
          aria-describedby="email-hint${o.error && field === 'email' ? ' email-error' : ''}">
        ${
          v.sensitive
            ? html`<p class="hint">${t.sensitive}</p>`
            : html`<label class="check"><input type="checkbox" name="careers" value="yes"> <span>${t.careers}</span></label>
              <p class="hint">${t.careersHint}</p>`
        }
        ${err('careers')}
        <button type="submit">${t.submit}</button>
      </form>
      <p class="hint">${t.leave}</p>`,
  );
}

export function donePage(v: AlumniPageView, email: string) {
  const t = TEXT[alumniLang(v.lang)];
  return page(v, html`<p role="status">${t.done(email)}</p><p class="hint">${t.leave}</p>`);
}

export function noticePage(v: AlumniPageView, kind: 'already' | 'notEligible') {
  const t = TEXT[alumniLang(v.lang)];
  return page(v, html`<p>${t[kind]}</p>`);
}

/** A link that is not genuine, expired or of someone gone: said the same way in the three languages. */
export function invalidLinkPage() {
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Embassy</title></head>
<body><main><p lang="nl">${TEXT.nl.invalid}</p><p lang="fr">${TEXT.fr.invalid}</p><p lang="en">${TEXT.en.invalid}</p></main></body></html>`;
}
