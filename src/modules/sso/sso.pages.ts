/** The pages of a sign-in through the identity provider that went wrong: no script, in the person's language. */
import { html, raw } from 'hono/html';
import type { UiLanguage } from '../../platform/language.ts';
import type { FailureReason } from './flow.service.ts';

interface Texts {
  title: string;
  reasons: Record<FailureReason, string>;
  again: string;
  password: string;
  code: string;
}

const TEXT: Record<UiLanguage, Texts> = {
  nl: {
    title: 'Aanmelden met je werkaccount is niet gelukt',
    reasons: {
      'not-configured': 'Deze organisatie heeft aanmelden met een werkaccount niet (of niet meer) aanstaan.',
      'state-mismatch': 'Deze aanmelding is verlopen, werd al gebruikt of is in een ander venster begonnen. Begin opnieuw.',
      'idp-error': 'Je werkaccount heeft de aanmelding geweigerd of afgebroken.',
      'wrong-client-secret':
        'Embassy kon zich niet bekendmaken bij je werkaccount: het clientgeheim klopt niet of is verlopen. Vraag je beheerder het te vernieuwen.',
      'clock-skew':
        'De tijd van je werkaccount en die van Embassy lopen te ver uiteen, of de aanmelding is verlopen. Probeer opnieuw; blijft het, verwittig je beheerder.',
      'invalid-token':
        'Het antwoord van je werkaccount kon niet gecontroleerd worden. Probeer opnieuw; blijft het, verwittig je beheerder.',
      'token-refused': 'Je werkaccount weigerde de aanmelding af te ronden. Probeer opnieuw.',
      'idp-unreachable': 'Je werkaccount is nu niet bereikbaar. Probeer het straks opnieuw.',
      'unverified-email':
        'Je werkaccount bevestigt je e-mailadres niet als geverifieerd, dus kunnen we je niet koppelen. Vraag je beheerder.',
      'no-person': 'We vinden je niet in het personeelsbestand van deze organisatie. Vraag HR om je toe te voegen met je werkadres.',
      'ambiguous-person': 'Meer dan één persoon in het personeelsbestand heeft dit adres. Vraag HR het recht te zetten.',
      'account-disabled': 'Je account is uitgeschakeld. Vraag je beheerder.',
      'person-left': 'Volgens het personeelsbestand werk je hier niet meer.',
      'too-many-requests': 'Te veel pogingen. Wacht even en probeer opnieuw.',
    },
    again: 'Opnieuw proberen',
    password: 'Naar de aanmeldpagina',
    code: 'Code voor je beheerder',
  },
  fr: {
    title: 'La connexion avec votre compte professionnel a échoué',
    reasons: {
      'not-configured': 'Cette organisation n’a pas (ou plus) activé la connexion avec un compte professionnel.',
      'state-mismatch': 'Cette connexion a expiré, a déjà été utilisée ou a commencé dans une autre fenêtre. Recommencez.',
      'idp-error': 'Votre compte professionnel a refusé ou interrompu la connexion.',
      'wrong-client-secret':
        'Embassy n’a pas pu s’identifier auprès de votre compte professionnel\u00a0: le secret client est erroné ou a expiré. Demandez à votre administrateur de le renouveler.',
      'clock-skew':
        'L’heure de votre compte professionnel et celle d’Embassy diffèrent trop, ou la connexion a expiré. Réessayez\u00a0; si cela persiste, prévenez votre administrateur.',
      'invalid-token':
        'La réponse de votre compte professionnel n’a pas pu être vérifiée. Réessayez\u00a0; si cela persiste, prévenez votre administrateur.',
      'token-refused': 'Votre compte professionnel a refusé de terminer la connexion. Réessayez.',
      'idp-unreachable': 'Votre compte professionnel est injoignable pour le moment. Réessayez plus tard.',
      'unverified-email':
        'Votre compte professionnel ne confirme pas que votre adresse e-mail est vérifiée\u00a0: nous ne pouvons pas vous relier. Demandez à votre administrateur.',
      'no-person':
        'Nous ne vous trouvons pas dans le registre du personnel de cette organisation. Demandez aux RH de vous ajouter avec votre adresse professionnelle.',
      'ambiguous-person': 'Plusieurs personnes du registre du personnel ont cette adresse. Demandez aux RH de corriger.',
      'account-disabled': 'Votre compte est désactivé. Demandez à votre administrateur.',
      'person-left': 'Selon le registre du personnel, vous ne travaillez plus ici.',
      'too-many-requests': 'Trop de tentatives. Patientez un instant et réessayez.',
    },
    again: 'Réessayer',
    password: 'Vers la page de connexion',
    code: 'Code pour votre administrateur',
  },
  en: {
    title: 'Signing in with your work account did not work',
    reasons: {
      'not-configured': 'This organisation has not turned on signing in with a work account (or turned it off).',
      'state-mismatch': 'This sign-in expired, was used already or started in another window. Start again.',
      'idp-error': 'Your work account refused or cancelled the sign-in.',
      'wrong-client-secret':
        'Embassy could not identify itself to your work account: the client secret is wrong or expired. Ask your admin to renew it.',
      'clock-skew':
        "Your work account's clock and Embassy's are too far apart, or the sign-in expired. Try again; if it keeps happening, tell your admin.",
      'invalid-token': 'The answer of your work account could not be verified. Try again; if it keeps happening, tell your admin.',
      'token-refused': 'Your work account refused to finish the sign-in. Try again.',
      'idp-unreachable': 'Your work account cannot be reached right now. Try again later.',
      'unverified-email': 'Your work account does not confirm that your email address is verified, so we cannot link you. Ask your admin.',
      'no-person': "We cannot find you in this organisation's directory. Ask HR to add you with your work email address.",
      'ambiguous-person': 'More than one person in the directory has this address. Ask HR to correct it.',
      'account-disabled': 'Your account is disabled. Ask your admin.',
      'person-left': 'According to the directory you no longer work here.',
      'too-many-requests': 'Too many attempts. Wait a moment and try again.',
    },
    again: 'Try again',
    password: 'To the sign-in page',
    code: 'Code for your admin',
  },
};

const STYLE =
  `body{margin:0;background:#f3f4f7;color:#1b2230;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}` +
  `header{background:#1f3a5f;color:#fff;padding:14px 20px;font-weight:700}main{max-width:560px;margin:24px auto;background:#fff;border:1px solid #dde1e8;border-radius:8px;padding:20px 24px}` +
  `h1{font-size:1.3rem;margin:0 0 12px}a{color:#1f3a5f}a:focus-visible{outline:3px solid #ffb703;outline-offset:2px}.hint{color:#4a5263;font-size:.9rem}`;

export function failurePage(lang: UiLanguage, reason: FailureReason, org: { name: string; slug: string } | null) {
  const t = TEXT[lang];
  const again = org ? `/auth/sso/${encodeURIComponent(org.slug)}?lang=${lang}` : null;
  const signIn = org ? `/sign-in?org=${encodeURIComponent(org.slug)}` : '/sign-in';
  return html`<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${t.title}</title><style>${raw(STYLE)}</style></head>
<body><header>${org?.name ?? 'Embassy'}</header><main><h1>${t.title}</h1>
<p id="reason">${t.reasons[reason]}</p>
<p>${again ? html`<a href="${again}">${t.again}</a> · ` : ''}<a href="${signIn}">${t.password}</a></p>
<p class="hint">${t.code}: <code>sso-${reason}</code></p>
</main></body>
</html>`;
}

/** The status each failure answers with. */
export function failureStatus(reason: FailureReason): 400 | 403 | 404 | 429 | 502 {
  switch (reason) {
    case 'not-configured':
      return 404;
    case 'too-many-requests':
      return 429;
    case 'wrong-client-secret':
    case 'idp-unreachable':
    case 'token-refused':
      return 502;
    case 'unverified-email':
    case 'no-person':
    case 'ambiguous-person':
    case 'account-disabled':
    case 'person-left':
      return 403;
    default:
      return 400;
  }
}
