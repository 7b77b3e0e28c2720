/**
 * The mail admins get when Embassy turns a failing webhook endpoint off, in Dutch, French and English.
 * It names the endpoint by a hint of its URL (urlHint): the URL itself may carry a secret.
 */
import type { OutgoingMail } from '../../platform/mail.ts';
import { urlHint } from './webhooks.url-hint.ts';

type MailLang = 'nl' | 'fr' | 'en';

export type DisableReason = 'failing' | 'gone';

const TEXTS: Record<
  MailLang,
  { subject: string; body: (a: { org: string; hint: string; reason: DisableReason; link: string }) => string }
> = {
  nl: {
    subject: 'Webhook uitgeschakeld',
    body: (a) =>
      `Hallo,\n\nEmbassy heeft het webhook-eindpunt ${a.hint} van ${a.org} uitgeschakeld: ${
        a.reason === 'gone'
          ? 'het antwoordde "410 Gone", wat betekent dat het niets meer wil ontvangen.'
          : 'elke levering mislukte al vijf dagen lang.'
      }\nEr worden geen gebeurtenissen meer naartoe gestuurd. Herstel de ontvanger, schakel het eindpunt opnieuw in en stuur mislukte leveringen opnieuw:\n\n${a.link}\n`,
  },
  fr: {
    subject: 'Webhook désactivé',
    body: (a) =>
      `Bonjour,\n\nEmbassy a désactivé le point de terminaison webhook ${a.hint} de ${a.org} : ${
        a.reason === 'gone'
          ? 'il a répondu « 410 Gone », ce qui signifie qu’il ne veut plus rien recevoir.'
          : 'chaque livraison échouait depuis cinq jours.'
      }\nPlus aucun événement ne lui est envoyé. Réparez le récepteur, réactivez le point de terminaison et renvoyez les livraisons échouées :\n\n${a.link}\n`,
  },
  en: {
    subject: 'Webhook disabled',
    body: (a) =>
      `Hello,\n\nEmbassy disabled the webhook endpoint ${a.hint} of ${a.org}: ${
        a.reason === 'gone'
          ? 'it answered "410 Gone", which means it wants nothing more.'
          : 'every delivery to it had been failing for five days.'
      }\nNo events are sent to it any more. Fix the receiver, enable the endpoint again and replay the failed deliveries:\n\n${a.link}\n`,
  },
};

const mailLang = (lang: string | null | undefined): MailLang => (lang === 'nl' || lang === 'fr' ? lang : 'en');

export function endpointDisabledMail(a: {
  orgId: string;
  orgName: string;
  to: string;
  lang: string | null;
  /** The endpoint's URL; the mail shows only its hint. */
  url: string;
  reason: DisableReason;
  link: string;
}): OutgoingMail {
  const lang = mailLang(a.lang);
  const t = TEXTS[lang];
  return {
    orgId: a.orgId,
    kind: 'webhook-disabled',
    to: a.to,
    subject: t.subject,
    text: t.body({ org: a.orgName, hint: urlHint(a.url), reason: a.reason, link: a.link }),
    lang,
  };
}
