/** Mails of the alumni program, in the person's language. */
import type { OutgoingMail } from '../../platform/mail.ts';

type Lang = 'nl' | 'fr' | 'en';
export const alumniLang = (l: string | null | undefined): Lang => (l === 'nl' || l === 'fr' ? l : 'en');

const ACCOUNT = {
  nl: (org: string, link: string, days: number) => ({
    subject: `Je alumni-account bij ${org}`,
    text:
      `Dag,\n\nJe koos ervoor om alumni-ambassadeur van ${org} te blijven. Bedankt!\n\n` +
      `Kies een wachtwoord voor je alumni-account (deze link werkt ${days} dagen):\n${link}\n\n` +
      `Met dit account beheer je je profiel, je verhalen en de vragen van kandidaten, en praat je mee in het alumni-deel van de community. ` +
      `Stoppen kan altijd, met één klik in je profiel.`,
  }),
  fr: (org: string, link: string, days: number) => ({
    subject: `Votre compte alumni chez ${org}`,
    text:
      `Bonjour,\n\nVous avez choisi de rester ambassadeur·rice alumni de ${org}. Merci\u00a0!\n\n` +
      `Choisissez un mot de passe pour votre compte alumni (ce lien fonctionne ${days} jours)\u00a0:\n${link}\n\n` +
      `Avec ce compte, vous gérez votre profil, vos récits et les questions des candidats, et vous participez à l'espace alumni de la communauté. ` +
      `Vous pouvez arrêter à tout moment, en un clic dans votre profil.`,
  }),
  en: (org: string, link: string, days: number) => ({
    subject: `Your alumni account at ${org}`,
    text:
      `Hello,\n\nYou chose to stay on as an alumni ambassador of ${org}. Thank you!\n\n` +
      `Choose a password for your alumni account (this link works for ${days} days):\n${link}\n\n` +
      `With this account you manage your profile, your stories and candidates' questions, and take part in the alumni part of the community. ` +
      `You can stop at any time, with one click in your profile.`,
  }),
};

/** The invitation of the alumni account, to the personal address the person chose; the link signs them in, so it is sealed. */
export function alumniAccountMail(a: {
  orgId: string;
  orgName: string;
  to: string;
  link: string;
  days: number;
  lang: string;
}): OutgoingMail {
  const l = alumniLang(a.lang);
  return { orgId: a.orgId, kind: 'alumni-account', to: a.to, lang: l, secrets: [a.link], ...ACCOUNT[l](a.orgName, a.link, a.days) };
}

const WELCOME_BACK = {
  nl: (org: string, url: string) => ({
    subject: `Welkom terug bij de alumni van ${org}`,
    text: `Dag,\n\nJe bent opnieuw alumni-ambassadeur van ${org}. Je alumni-account werkt weer: meld je aan op ${url}.`,
  }),
  fr: (org: string, url: string) => ({
    subject: `Bon retour parmi les alumni de ${org}`,
    text: `Bonjour,\n\nVous êtes à nouveau ambassadeur·rice alumni de ${org}. Votre compte alumni fonctionne de nouveau\u00a0: connectez-vous sur ${url}.`,
  }),
  en: (org: string, url: string) => ({
    subject: `Welcome back to the alumni of ${org}`,
    text: `Hello,\n\nYou are an alumni ambassador of ${org} again. Your alumni account works again: sign in at ${url}.`,
  }),
};

/** A return after leaving: the same account, enabled again (its password is the one they had). */
export function alumniWelcomeBackMail(a: { orgId: string; orgName: string; to: string; signInUrl: string; lang: string }): OutgoingMail {
  const l = alumniLang(a.lang);
  return { orgId: a.orgId, kind: 'alumni-account', to: a.to, lang: l, ...WELCOME_BACK[l](a.orgName, a.signInUrl) };
}
