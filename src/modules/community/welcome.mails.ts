/** The welcome mail of a new ambassador: first steps in the community, in their language. */
import type { OutgoingMail } from '../../platform/mail.ts';

type Lang = 'nl' | 'fr' | 'en';
const lang = (l: string | null | undefined): Lang => (l === 'nl' || l === 'fr' ? l : 'en');

interface Links {
  exchange: string;
  events: string;
  learning: string;
  profile: string;
}

const TEXTS = {
  nl: (name: string, org: string, newcomer: boolean, l: Links) => ({
    subject: 'Welkom in de ambassadeurscommunity',
    text:
      `Dag ${name},\n\n` +
      (newcomer ? `Welkom bij ${org}, en welkom bij de ambassadeurs! ` : 'Welkom bij de ambassadeurs! ') +
      'Fijn dat je meedoet. Zo begin je:\n\n' +
      `1. Stel je voor in de community, of lees wat collega's delen: ${l.exchange}\n` +
      `2. Kom naar een jobbeurs, campusdag of meetup: ${l.events}\n` +
      `3. Lees de tips en richtlijnen voor ambassadeurs: ${l.learning}\n\n` +
      `Wil je dat de community je mijlpalen viert (je eerste verhaal, je eerste evenement, elk jaar als ambassadeur)? Dat kies je zelf in je profiel: ${l.profile}\n\n` +
      'Alles blijft vrijwillig: je stopt wanneer je wilt, met één klik.',
  }),
  fr: (name: string, org: string, newcomer: boolean, l: Links) => ({
    subject: 'Bienvenue dans la communauté des ambassadeurs',
    text:
      `Bonjour ${name},\n\n` +
      (newcomer ? `Bienvenue chez ${org}, et bienvenue parmi les ambassadeurs ! ` : 'Bienvenue parmi les ambassadeurs ! ') +
      'Merci de nous rejoindre. Pour commencer :\n\n' +
      `1. Présentez-vous dans la communauté, ou lisez ce que partagent vos collègues : ${l.exchange}\n` +
      `2. Venez à un salon de l'emploi, une journée campus ou une rencontre : ${l.events}\n` +
      `3. Lisez les conseils et les lignes directrices des ambassadeurs : ${l.learning}\n\n` +
      `Vous aimeriez que la communauté célèbre vos étapes (votre premier récit, votre premier événement, chaque année comme ambassadeur·rice) ? C'est vous qui choisissez, dans votre profil : ${l.profile}\n\n` +
      'Tout reste volontaire : vous arrêtez quand vous voulez, en un clic.',
  }),
  en: (name: string, org: string, newcomer: boolean, l: Links) => ({
    subject: 'Welcome to the ambassador community',
    text:
      `Hi ${name},\n\n` +
      (newcomer ? `Welcome to ${org}, and welcome to the ambassadors! ` : 'Welcome to the ambassadors! ') +
      'Glad you are joining. How to start:\n\n' +
      `1. Introduce yourself in the community, or read what colleagues share: ${l.exchange}\n` +
      `2. Come to a job fair, campus day or meetup: ${l.events}\n` +
      `3. Read the tips and guidelines for ambassadors: ${l.learning}\n\n` +
      `Would you like the community to celebrate your milestones (your first story, your first event, each year as an ambassador)? You choose, in your profile: ${l.profile}\n\n` +
      'Everything stays voluntary: stop whenever you like, in one click.',
  }),
};

export function welcomeMail(a: {
  orgId: string;
  to: string;
  firstName: string;
  orgName: string;
  /** Started at the organisation recently (or is about to): welcomed to the organisation too. */
  newcomer: boolean;
  publicUrl: string;
  lang: string | null;
}): OutgoingMail {
  const l = lang(a.lang);
  const links: Links = {
    exchange: `${a.publicUrl}/community/exchange`,
    events: `${a.publicUrl}/community/events`,
    learning: `${a.publicUrl}/learning`,
    profile: `${a.publicUrl}/ambassador#amb-milestones`,
  };
  return { orgId: a.orgId, kind: 'community-welcome', to: a.to, lang: l, ...TEXTS[l](a.firstName, a.orgName, a.newcomer, links) };
}
