/** Mails of the community exchange, in the recipient's language. */
import type { OutgoingMail } from '../../platform/mail.ts';

type Lang = 'nl' | 'fr' | 'en';
const lang = (l: string | null | undefined): Lang => (l === 'nl' || l === 'fr' ? l : 'en');

type Contribution = 'post' | 'comment';

const HIDDEN = {
  nl: (kind: Contribution, what: string, reason: string) => {
    const noun = kind === 'post' ? 'bericht' : 'reactie';
    return {
      subject: `Je ${noun} in de community is verborgen`,
      text: `Je ${noun} in de community werd verborgen om een juridische reden:\n\n"${what}"\n\nReden: ${reason}\n\nJe kunt het nog lezen, aanpassen of verwijderen in Embassy. Vragen? Neem contact op met de coördinator van het ambassadeursprogramma.`,
    };
  },
  fr: (kind: Contribution, what: string, reason: string) => {
    const noun = kind === 'post' ? 'Votre message' : 'Votre commentaire';
    return {
      subject: `${noun} dans la communauté est masqué`,
      text: `${noun} dans la communauté a été masqué pour une raison juridique :\n\n« ${what} »\n\nRaison : ${reason}\n\nVous pouvez toujours le lire, le modifier ou le supprimer dans Embassy. Des questions ? Contactez la coordination du programme.`,
    };
  },
  en: (kind: Contribution, what: string, reason: string) => ({
    subject: `Your ${kind} in the community is hidden`,
    text: `Your ${kind} in the community was hidden for a legal reason:\n\n"${what}"\n\nReason: ${reason}\n\nYou can still read, edit or delete it in Embassy. Questions? Contact the ambassador program's coordinator.`,
  }),
};

/** Tells the author that a coordinator hid their post or comment, and why. */
export function contributionHiddenMail(a: {
  orgId: string;
  to: string;
  kind: Contribution;
  excerpt: string;
  reason: string;
  lang: string | null;
}): OutgoingMail {
  const l = lang(a.lang);
  const excerpt = a.excerpt.length > 200 ? `${a.excerpt.slice(0, 200)}…` : a.excerpt;
  return { orgId: a.orgId, kind: 'community-hidden', to: a.to, lang: l, ...HIDDEN[l](a.kind, excerpt, a.reason) };
}

const DIGEST = {
  nl: (n: number, daily: boolean) => ({
    subject: `${n} ${n === 1 ? 'nieuw bericht' : 'nieuwe berichten'} in de community`,
    intro: `Dit werd ${daily ? 'gisteren' : 'vorige week'} gedeeld in de community:`,
    more: (k: number) => `… en nog ${k} andere.`,
    read: 'Lees en reageer',
    settings: 'Minder of geen mails? Kies dagelijks, wekelijks of uit',
  }),
  fr: (n: number, daily: boolean) => ({
    subject: `${n} ${n === 1 ? 'nouveau message' : 'nouveaux messages'} dans la communauté`,
    intro: `Voici ce qui a été partagé dans la communauté ${daily ? 'hier' : 'la semaine dernière'} :`,
    more: (k: number) => `… et ${k} autre(s).`,
    read: 'Lire et réagir',
    settings: 'Moins de mails ou aucun ? Choisissez quotidien, hebdomadaire ou jamais',
  }),
  en: (n: number, daily: boolean) => ({
    subject: `${n} new ${n === 1 ? 'post' : 'posts'} in the community`,
    intro: `This was shared in the community ${daily ? 'yesterday' : 'last week'}:`,
    more: (k: number) => `… and ${k} more.`,
    read: 'Read and react',
    settings: 'Fewer mails or none? Choose daily, weekly or off',
  }),
};

/** The digest of a period's posts: first names and a short excerpt of each (internal mail, internal content). */
export function digestMail(a: {
  orgId: string;
  to: string;
  lang: string | null;
  frequency: 'daily' | 'weekly';
  posts: { first_name: string; body: string }[];
  link: string;
  settingsLink: string;
}): OutgoingMail {
  const l = lang(a.lang);
  const t = DIGEST[l](a.posts.length, a.frequency === 'daily');
  const shown = a.posts.slice(0, 10).map((p) => {
    const line = p.body.replace(/\s+/g, ' ').trim();
    return `- ${p.first_name}: ${line.length > 140 ? `${line.slice(0, 140)}…` : line}`;
  });
  const rest = a.posts.length - shown.length;
  const text = [
    t.intro,
    '',
    ...shown,
    ...(rest > 0 ? [t.more(rest)] : []),
    '',
    `${t.read}: ${a.link}`,
    '',
    `${t.settings}: ${a.settingsLink}`,
  ].join('\n');
  return { orgId: a.orgId, kind: 'community-digest', to: a.to, lang: l, subject: t.subject, text };
}

const MENTION = {
  nl: (who: string, kind: Contribution, excerpt: string, link: string) => ({
    subject: `${who} noemde je in de community`,
    text: `${who} noemde je in ${kind === 'post' ? 'een bericht' : 'een reactie'} in de community:\n\n"${excerpt}"\n\nLees en reageer: ${link}`,
  }),
  fr: (who: string, kind: Contribution, excerpt: string, link: string) => ({
    subject: `${who} vous a mentionné·e dans la communauté`,
    text: `${who} vous a mentionné·e dans ${kind === 'post' ? 'un message' : 'un commentaire'} de la communauté :\n\n« ${excerpt} »\n\nLire et réagir : ${link}`,
  }),
  en: (who: string, kind: Contribution, excerpt: string, link: string) => ({
    subject: `${who} mentioned you in the community`,
    text: `${who} mentioned you in a ${kind} in the community:\n\n"${excerpt}"\n\nRead and react: ${link}`,
  }),
};

/** Tells a colleague they were mentioned (once per post or comment), in their language; the author by first name only. */
export function mentionMail(a: {
  orgId: string;
  to: string;
  lang: string | null;
  authorFirstName: string;
  kind: Contribution;
  body: string;
  link: string;
}): OutgoingMail {
  const l = lang(a.lang);
  const line = a.body.replace(/\s+/g, ' ').trim();
  const excerpt = line.length > 200 ? `${line.slice(0, 200)}…` : line;
  return { orgId: a.orgId, kind: 'community-mention', to: a.to, lang: l, ...MENTION[l](a.authorFirstName, a.kind, excerpt, a.link) };
}
