/**
 * The mails that carry a survey's personal link: the invitation (a campaign's), the reminder, and the
 * lines a journey's own invitation text gets below it. Each says in one sentence what happens to the
 * answers (stored without a name, shown only for groups of at least the survey's minimum) and until
 * when the link works. Pure: the caller passes the link, which goes out sealed (mail.ts secrets).
 */
import type { UiLanguage } from '../../platform/language.ts';
import { dateTimeFormat } from '../../platform/intl.ts';

const DATE_LOCALES: Record<UiLanguage, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

/** 16 maart 2026, 16 mars 2026, 16 March 2026. */
export function formatDate(iso: string, lang: UiLanguage): string {
  return dateTimeFormat(DATE_LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

export interface SurveyMailFacts {
  firstName: string;
  orgName: string;
  /** The survey's title in the mail's language. */
  surveyTitle: string;
  link: string;
  /** The day the link stops working (yyyy-mm-dd, the organisation's day). */
  expiresOn: string;
  /** The survey's reporting minimum: no group smaller is ever shown. */
  minGroup: number;
}

export interface SurveyMail {
  subject: string;
  text: string;
}

const TEXT: Record<
  UiLanguage,
  {
    promise: (min: number) => string;
    until: (date: string) => string;
    invitationSubject: (title: string) => string;
    invitation: (f: SurveyMailFacts) => string;
    reminderSubject: (title: string) => string;
    reminder: (f: SurveyMailFacts) => string;
    replaces: string;
    personal: string;
  }
> = {
  nl: {
    promise: (min) =>
      `Je antwoorden worden bewaard zonder je naam, en resultaten worden alleen getoond voor groepen van minstens ${min} personen.`,
    until: (d) => `Deze link werkt tot ${d}.`,
    invitationSubject: (t) => `Je mening telt: ${t}`,
    invitation: (f) => `Dag ${f.firstName},\n\n${f.orgName} vraagt je mening in een korte bevraging: ${f.surveyTitle}.\n\n${f.link}`,
    reminderSubject: (t) => `Herinnering: ${t}`,
    reminder: (f) =>
      `Dag ${f.firstName},\n\nWe hebben je antwoord op de bevraging "${f.surveyTitle}" van ${f.orgName} nog niet ontvangen. Heb je een paar minuten? Wat je al invulde, is bewaard.\n\n${f.link}`,
    replaces: 'Deze link vervangt de vorige: die werkt niet meer.',
    personal: 'De link is persoonlijk: stuur hem niet door.',
  },
  fr: {
    promise: (min) =>
      `Vos réponses sont enregistrées sans votre nom, et les résultats ne sont montrés que pour des groupes d’au moins ${min}\u00a0personnes.`,
    until: (d) => `Ce lien est valable jusqu’au ${d}.`,
    invitationSubject: (t) => `Votre avis compte\u00a0: ${t}`,
    invitation: (f) =>
      `Bonjour ${f.firstName},\n\n${f.orgName} vous demande votre avis dans une courte enquête\u00a0: ${f.surveyTitle}.\n\n${f.link}`,
    reminderSubject: (t) => `Rappel\u00a0: ${t}`,
    reminder: (f) =>
      `Bonjour ${f.firstName},\n\nNous n’avons pas encore reçu votre réponse à l’enquête «\u00a0${f.surveyTitle}\u00a0» de ${f.orgName}. Vous avez quelques minutes\u00a0? Ce que vous avez déjà rempli est conservé.\n\n${f.link}`,
    replaces: 'Ce lien remplace le précédent, qui ne fonctionne plus.',
    personal: 'Ce lien est personnel\u00a0: ne le transférez pas.',
  },
  en: {
    promise: (min) => `Your answers are stored without your name, and results are only shown for groups of at least ${min} people.`,
    until: (d) => `This link works until ${d}.`,
    invitationSubject: (t) => `Your opinion counts: ${t}`,
    invitation: (f) => `Hi ${f.firstName},\n\n${f.orgName} asks for your opinion in a short survey: ${f.surveyTitle}.\n\n${f.link}`,
    reminderSubject: (t) => `Reminder: ${t}`,
    reminder: (f) =>
      `Hi ${f.firstName},\n\nWe have not received your answer to ${f.orgName}'s survey "${f.surveyTitle}" yet. Do you have a few minutes? Whatever you already filled in has been kept.\n\n${f.link}`,
    replaces: 'This link replaces the earlier one, which no longer works.',
    personal: 'The link is personal: please do not forward it.',
  },
};

/** The lines under every mail with a survey link: the anonymity promise, the expiry, personal. */
export function surveyMailFooter(lang: UiLanguage, f: Pick<SurveyMailFacts, 'expiresOn' | 'minGroup'>): string {
  const t = TEXT[lang];
  return `${t.promise(f.minGroup)}\n${t.until(formatDate(f.expiresOn, lang))} ${t.personal}`;
}

/** A campaign's invitation. */
export function invitationMail(lang: UiLanguage, f: SurveyMailFacts): SurveyMail {
  const t = TEXT[lang];
  return { subject: t.invitationSubject(f.surveyTitle), text: `${t.invitation(f)}\n\n${surveyMailFooter(lang, f)}` };
}

/** A journey step's own text (already filled in, its {{surveyLink}} the personal link) with the footer below. */
export function journeyInvitationMail(lang: UiLanguage, subject: string, body: string, f: SurveyMailFacts): SurveyMail {
  // A step text that forgot {{surveyLink}} still carries the link.
  const withLink = body.includes(f.link) ? body : `${body}\n\n${f.link}`;
  return { subject, text: `${withLink}\n\n${surveyMailFooter(lang, f)}` };
}

/** The reminder, with its new link (the earlier one stops working). */
export function reminderMail(lang: UiLanguage, f: SurveyMailFacts): SurveyMail {
  const t = TEXT[lang];
  return { subject: t.reminderSubject(f.surveyTitle), text: `${t.reminder(f)}\n${t.replaces}\n\n${surveyMailFooter(lang, f)}` };
}

/** A fresh link asked for from an old journey link (/surveys/<delivery id>). */
export function freshLinkMail(lang: UiLanguage, f: SurveyMailFacts): SurveyMail {
  const t = TEXT[lang];
  return { subject: t.invitationSubject(f.surveyTitle), text: `${t.invitation(f)}\n${t.replaces}\n\n${surveyMailFooter(lang, f)}` };
}
