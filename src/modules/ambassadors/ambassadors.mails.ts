import type { OutgoingMail } from '../../platform/mail.ts';

type Lang = 'nl' | 'fr' | 'en';
const lang = (l: string | null | undefined): Lang => (l === 'nl' || l === 'fr' ? l : 'en');

const INVITE = {
  nl: (name: string, msg: string, link: string, internal: boolean) => ({
    subject: 'Zin om ambassadeur te worden?',
    text: `Dag ${name},\n\nJe bent uitgenodigd om ambassadeur te worden: vertel in je eigen woorden hoe het is om hier te werken, ${internal ? "aan je collega's (je functie is gevoelig, dus je blijft intern: nooit op publieke pagina's)" : 'intern of ook naar buiten toe'}. Het is helemaal vrijwillig.${msg ? `\n\n"${msg}"` : ''}\n\nLees meer en kies zelf: ${link}\n\n"Misschien later" is ook een goed antwoord.`,
  }),
  fr: (name: string, msg: string, link: string, internal: boolean) => ({
    subject: 'Envie de devenir ambassadeur·rice ?',
    text: `Bonjour ${name},\n\nVous êtes invité·e à devenir ambassadeur·rice : raconter avec vos propres mots ce que c'est de travailler ici, ${internal ? 'à vos collègues (votre fonction est sensible : vous restez en interne, jamais sur les pages publiques)' : "en interne ou aussi vers l'extérieur"}. C'est entièrement volontaire.${msg ? `\n\n« ${msg} »` : ''}\n\nEn savoir plus et choisir : ${link}\n\n« Peut-être plus tard » est aussi une bonne réponse.`,
  }),
  en: (name: string, msg: string, link: string, internal: boolean) => ({
    subject: 'Would you like to be an ambassador?',
    text: `Hi ${name},\n\nYou are invited to become an ambassador: tell in your own words what it is like to work here, ${internal ? 'to your colleagues (your function is sensitive, so you stay internal: never on public pages)' : 'internally or also to the outside world'}. It is entirely voluntary.${msg ? `\n\n"${msg}"` : ''}\n\nRead more and choose: ${link}\n\n"Maybe later" is a fine answer too.`,
  }),
};

export function invitationMail(a: {
  orgId: string;
  to: string;
  firstName: string;
  message: string;
  link: string;
  lang: string | null;
  /** A sensitive function: invited to be an internal ambassador, the only kind they can be. */
  internalOnly?: boolean;
}): OutgoingMail {
  const l = lang(a.lang);
  return {
    orgId: a.orgId,
    kind: 'ambassador-invitation',
    to: a.to,
    lang: l,
    ...INVITE[l](a.firstName, a.message, a.link, a.internalOnly ?? false),
  };
}

const HIDDEN = {
  nl: (title: string, reason: string) => ({
    subject: `Je verhaal "${title}" is verborgen`,
    text: `Je verhaal "${title}" werd verborgen om een juridische reden:\n\n${reason}\n\nJe kunt het nog lezen en aanpassen in Embassy. Vragen? Neem contact op met de coördinator van het ambassadeursprogramma.`,
  }),
  fr: (title: string, reason: string) => ({
    subject: `Votre récit « ${title} » est masqué`,
    text: `Votre récit « ${title} » a été masqué pour une raison juridique :\n\n${reason}\n\nVous pouvez toujours le lire et le modifier dans Embassy. Des questions ? Contactez la coordination du programme.`,
  }),
  en: (title: string, reason: string) => ({
    subject: `Your story "${title}" is hidden`,
    text: `Your story "${title}" was hidden for a legal reason:\n\n${reason}\n\nYou can still read and edit it in Embassy. Questions? Contact the ambassador program's coordinator.`,
  }),
};

export function storyHiddenMail(a: { orgId: string; to: string; title: string; reason: string; lang: string | null }): OutgoingMail {
  const l = lang(a.lang);
  return { orgId: a.orgId, kind: 'story-hidden', to: a.to, lang: l, ...HIDDEN[l](a.title, a.reason) };
}
