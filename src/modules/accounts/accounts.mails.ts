/** The mails accounts send, in Dutch, French and English. */
import type { OutgoingMail } from '../../platform/mail.ts';

type Lang = 'nl' | 'fr' | 'en' | 'de';

const INVITE = {
  nl: {
    subject: (org: string) => `Uitnodiging voor Embassy bij ${org}`,
    body: (org: string, link: string, days: number) =>
      `Hallo,\n\nJe bent uitgenodigd om Embassy te gebruiken bij ${org}.\nKies je wachtwoord via deze link (${days} dagen geldig):\n\n${link}\n\nVerwachtte je deze uitnodiging niet? Dan mag je deze mail negeren.`,
  },
  fr: {
    subject: (org: string) => `Invitation à Embassy chez ${org}`,
    body: (org: string, link: string, days: number) =>
      `Bonjour,\n\nVous êtes invité·e à utiliser Embassy chez ${org}.\nChoisissez votre mot de passe via ce lien (valable ${days} jours) :\n\n${link}\n\nVous n'attendiez pas cette invitation ? Ignorez simplement ce message.`,
  },
  en: {
    subject: (org: string) => `Your invitation to Embassy at ${org}`,
    body: (org: string, link: string, days: number) =>
      `Hello,\n\nYou have been invited to use Embassy at ${org}.\nChoose your password with this link (valid for ${days} days):\n\n${link}\n\nNot expecting this invitation? You can ignore this mail.`,
  },
};

const RESET = {
  nl: {
    subject: 'Je wachtwoord voor Embassy opnieuw instellen',
    body: (org: string, link: string) =>
      `Hallo,\n\nIemand vroeg om het wachtwoord van je Embassy-account bij ${org} opnieuw in te stellen.\nKies een nieuw wachtwoord via deze link (1 uur geldig):\n\n${link}\n\nVroeg je dit niet? Negeer deze mail: je wachtwoord blijft ongewijzigd.`,
  },
  fr: {
    subject: 'Réinitialiser votre mot de passe Embassy',
    body: (org: string, link: string) =>
      `Bonjour,\n\nQuelqu'un a demandé à réinitialiser le mot de passe de votre compte Embassy chez ${org}.\nChoisissez un nouveau mot de passe via ce lien (valable 1 heure) :\n\n${link}\n\nCe n'était pas vous ? Ignorez ce message : votre mot de passe reste inchangé.`,
  },
  en: {
    subject: 'Reset your Embassy password',
    body: (org: string, link: string) =>
      `Hello,\n\nSomeone asked to reset the password of your Embassy account at ${org}.\nChoose a new password with this link (valid for 1 hour):\n\n${link}\n\nDidn't ask for this? Ignore this mail: your password stays as it is.`,
  },
};

/** The language these mails are written in for `lang`: nl and fr as asked, English otherwise. */
const mailLang = (lang: Lang | string | null | undefined): 'nl' | 'fr' | 'en' => (lang === 'nl' || lang === 'fr' ? lang : 'en');
const pick = <T>(table: Record<'nl' | 'fr' | 'en', T>, lang: Lang | string | null | undefined): T => table[mailLang(lang)];

export function invitationMail(a: { orgId: string; orgName: string; to: string; link: string; days: number; lang: string }): OutgoingMail {
  const t = pick(INVITE, a.lang);
  // The link signs its holder in: only the invited person may ever see it.
  return {
    orgId: a.orgId,
    kind: 'invitation',
    to: a.to,
    subject: t.subject(a.orgName),
    text: t.body(a.orgName, a.link, a.days),
    lang: mailLang(a.lang),
    secrets: [a.link],
  };
}

export function resetMail(a: { orgId: string; orgName: string; to: string; link: string; lang: string | null }): OutgoingMail {
  const t = pick(RESET, a.lang);
  // Whoever holds the link chooses the password: only the account's owner may ever see it.
  return {
    orgId: a.orgId,
    kind: 'password-reset',
    to: a.to,
    subject: t.subject,
    text: t.body(a.orgName, a.link),
    lang: mailLang(a.lang),
    secrets: [a.link],
  };
}
