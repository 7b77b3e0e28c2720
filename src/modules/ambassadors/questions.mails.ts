import type { OutgoingMail } from '../../platform/mail.ts';

type Lang = 'nl' | 'fr' | 'en';
const lang = (l: string | null | undefined): Lang => (l === 'nl' || l === 'fr' ? l : 'en');

const QUESTION = {
  nl: (a: string, n: string, q: string, link: string) => ({
    subject: `${n} heeft een vraag voor je`,
    text: `Dag ${a},\n\n${n} stelde je een vraag via de carrièrepagina:\n\n${q}\n\nAntwoorden doe je in Embassy; je kiest zelf of je je e-mailadres deelt: ${link}\n\n${n} ziet je adres niet, en jij het hare of zijne niet.`,
  }),
  fr: (a: string, n: string, q: string, link: string) => ({
    subject: `${n} a une question pour vous`,
    text: `Bonjour ${a},\n\n${n} vous a posé une question via la page carrières :\n\n${q}\n\nVous répondez dans Embassy et choisissez si vous partagez votre adresse e-mail : ${link}\n\n${n} ne voit pas votre adresse, et vous ne voyez pas la sienne.`,
  }),
  en: (a: string, n: string, q: string, link: string) => ({
    subject: `${n} has a question for you`,
    text: `Hi ${a},\n\n${n} asked you a question through the careers page:\n\n${q}\n\nAnswer in Embassy, and choose whether to share your email address: ${link}\n\n${n} does not see your address, and you do not see theirs.`,
  }),
};

export function questionMail(a: {
  orgId: string;
  to: string;
  ambassadorName: string;
  askerName: string;
  question: string;
  link: string;
  lang: string | null;
}): OutgoingMail {
  const l = lang(a.lang);
  return { orgId: a.orgId, kind: 'question', to: a.to, lang: l, ...QUESTION[l](a.ambassadorName, a.askerName, a.question, a.link) };
}

const ANSWER = {
  nl: (n: string, a: string, q: string, ans: string, shared: boolean) => ({
    subject: `${a} beantwoordde je vraag`,
    text: `Dag ${n},\n\n${a} beantwoordde je vraag:\n\n> ${q.replace(/\n/g, '\n> ')}\n\n${ans}\n\n${shared ? `Antwoord op deze mail om ${a} rechtstreeks te bereiken.` : 'Deze mail werd doorgestuurd door Embassy; antwoorden op deze mail komen niet aan.'}`,
  }),
  fr: (n: string, a: string, q: string, ans: string, shared: boolean) => ({
    subject: `${a} a répondu à votre question`,
    text: `Bonjour ${n},\n\n${a} a répondu à votre question :\n\n> ${q.replace(/\n/g, '\n> ')}\n\n${ans}\n\n${shared ? `Répondez à ce message pour joindre ${a} directement.` : "Ce message a été relayé par Embassy ; n'y répondez pas."}`,
  }),
  en: (n: string, a: string, q: string, ans: string, shared: boolean) => ({
    subject: `${a} answered your question`,
    text: `Hi ${n},\n\n${a} answered your question:\n\n> ${q.replace(/\n/g, '\n> ')}\n\n${ans}\n\n${shared ? `Reply to this mail to reach ${a} directly.` : 'This mail was relayed by Embassy; replies to it do not arrive.'}`,
  }),
};

export function answerMail(a: {
  orgId: string;
  to: string;
  askerName: string;
  ambassadorName: string;
  question: string;
  answer: string;
  replyTo?: string;
  lang: string | null;
}): OutgoingMail {
  return {
    orgId: a.orgId,
    kind: 'answer',
    to: a.to,
    replyTo: a.replyTo,
    lang: lang(a.lang),
    ...ANSWER[lang(a.lang)](a.askerName, a.ambassadorName, a.question, a.answer, !!a.replyTo),
  };
}
