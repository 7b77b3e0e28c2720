/** Mails of the community exchange, in the recipient's language. */
import type { OutgoingMail } from '../../platform/mail.ts';

type Lang = 'nl' | 'fr' | 'en';
const lang = (l: string | null | undefined): Lang => (l === 'nl' || l === 'fr' ? l : 'en');

const HIDDEN = {
  nl: (what: string, reason: string) => ({
    subject: 'Je bericht in de community is verborgen',
    text: `Je bericht in de community werd verborgen om een juridische reden:\n\n"${what}"\n\nReden: ${reason}\n\nJe kunt het nog lezen, aanpassen of verwijderen in Embassy. Vragen? Neem contact op met de coördinator van het ambassadeursprogramma.`,
  }),
  fr: (what: string, reason: string) => ({
    subject: 'Votre message dans la communauté est masqué',
    text: `Votre message dans la communauté a été masqué pour une raison juridique :\n\n« ${what} »\n\nRaison : ${reason}\n\nVous pouvez toujours le lire, le modifier ou le supprimer dans Embassy. Des questions ? Contactez la coordination du programme.`,
  }),
  en: (what: string, reason: string) => ({
    subject: 'Your post in the community is hidden',
    text: `Your post in the community was hidden for a legal reason:\n\n"${what}"\n\nReason: ${reason}\n\nYou can still read, edit or delete it in Embassy. Questions? Contact the ambassador program's coordinator.`,
  }),
};

/** Tells the author that a coordinator hid their post or comment, and why. */
export function contributionHiddenMail(a: {
  orgId: string;
  to: string;
  excerpt: string;
  reason: string;
  lang: string | null;
}): OutgoingMail {
  const l = lang(a.lang);
  const excerpt = a.excerpt.length > 200 ? `${a.excerpt.slice(0, 200)}…` : a.excerpt;
  return { orgId: a.orgId, kind: 'community-hidden', to: a.to, lang: l, ...HIDDEN[l](excerpt, a.reason) };
}
