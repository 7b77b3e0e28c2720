/**
 * The ready surveys HR starts from: onboarding at 7, 30 and 90 days, exit, a quarterly pulse with
 * eNPS, the ambassador program, and "Which moments matter to you?". Each is a list of library keys
 * (surveys.library.ts) with a title, an introduction and the reporting defaults.
 *
 * The always-on ones (onboarding, exit: sent one person at a time by the journeys) report by start
 * cohort and period, so trends need no campaign; the pulse reports by the directory's segments.
 * Pure and browser-safe.
 */
import { DIMENSIONS, type Dimension } from './segments.ts';
import type { Text3 } from './surveys.library.ts';

export const SURVEY_KINDS = ['onboarding', 'exit', 'pulse', 'ambassador', 'moments', 'custom'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

/** The segments a survey's results may be broken down by: the anonymity engine's dimensions. */
export { DIMENSIONS };
export type ReportDimension = Dimension;

export const TEMPLATE_KEYS = ['onboarding_7', 'onboarding_30', 'onboarding_90', 'exit', 'pulse', 'ambassador', 'moments_matter'] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

export interface SurveyTemplate {
  key: TemplateKey;
  kind: SurveyKind;
  title: Text3;
  intro: Text3;
  questions: readonly string[];
  reportDimensions: readonly ReportDimension[];
  /** Days an invitation stays valid. */
  responseDays: number;
  reminderDays: number | null;
  offersAlumni: boolean;
  /** Sent one person at a time by a journey step, and never closed by itself. */
  alwaysOn: boolean;
}

const T = (nl: string, fr: string, en: string): Text3 => ({ nl, fr: fr.replace(/ ([?!:;])/g, '\u00a0$1'), en });

const ALWAYS_ON: readonly ReportDimension[] = ['department', 'site', 'start_cohort', 'period'];
const PULSE: readonly ReportDimension[] = ['department', 'site', 'region', 'language', 'seniority'];

/** The promise every introduction ends with; the answer page states the details (minimums, retention). */
const ANONYMOUS = T(
  'Je antwoorden worden bewaard zonder je naam.',
  'Vos réponses sont conservées sans votre nom.',
  'Your answers are stored without your name.',
);
const intro = (nl: string, fr: string, en: string): Text3 => {
  const t = T(nl, fr, en);
  return { nl: `${t.nl} ${ANONYMOUS.nl}`, fr: `${t.fr} ${ANONYMOUS.fr}`, en: `${t.en} ${ANONYMOUS.en}` };
};

export const SURVEY_TEMPLATES: readonly SurveyTemplate[] = [
  {
    key: 'onboarding_7',
    kind: 'onboarding',
    title: T('Je eerste week', 'Votre première semaine', 'Your first week'),
    intro: intro(
      'Je bent een week bij ons. Hoe was je start? Het duurt twee minuten en helpt ons om elke nieuwe collega beter te onthalen.',
      "Vous êtes parmi nous depuis une semaine. Comment s'est passé votre début ? Cela prend deux minutes et nous aide à mieux accueillir chaque nouveau·elle collègue.",
      'You have been with us for a week. How was your start? It takes two minutes and helps us welcome every new colleague better.',
    ),
    questions: ['onb_first_week', 'onb_welcome', 'onb_tools_ready', 'onb_buddy', 'onb_information', 'comment'],
    reportDimensions: ALWAYS_ON,
    responseDays: 14,
    reminderDays: 4,
    offersAlumni: false,
    alwaysOn: true,
  },
  {
    key: 'onboarding_30',
    kind: 'onboarding',
    title: T('Je eerste maand', 'Votre premier mois', 'Your first month'),
    intro: intro(
      'Je eerste maand zit erop. We horen graag hoe het gaat: wat loopt goed, en wat kan beter?',
      "Votre premier mois est derrière vous. Nous aimerions savoir comment cela se passe : qu'est-ce qui va bien, et qu'est-ce qui pourrait être amélioré ?",
      'Your first month is behind you. We would like to hear how it is going: what works well, and what could be better?',
    ),
    questions: ['onb_role_clarity', 'onb_manager_checkins', 'onb_belonging', 'onb_expectations', 'comment'],
    reportDimensions: ALWAYS_ON,
    responseDays: 14,
    reminderDays: 5,
    offersAlumni: false,
    alwaysOn: true,
  },
  {
    key: 'onboarding_90',
    kind: 'onboarding',
    title: T('Je eerste drie maanden', 'Vos trois premiers mois', 'Your first three months'),
    intro: intro(
      'Drie maanden al! Kijk even met ons terug op je onthaal en je opleiding.',
      'Déjà trois mois ! Prenez un instant pour revenir avec nous sur votre accueil et votre formation.',
      'Three months already! Take a moment to look back with us on your welcome and your training.',
    ),
    questions: ['onb_integration', 'onb_training', 'onb_recommend_onboarding', 'onb_future', 'enps', 'comment'],
    reportDimensions: ALWAYS_ON,
    responseDays: 14,
    reminderDays: 5,
    offersAlumni: false,
    alwaysOn: true,
  },
  {
    key: 'exit',
    kind: 'exit',
    title: T('Je vertrek', 'Votre départ', 'Your departure'),
    intro: intro(
      'Je verlaat ons binnenkort. Bedankt voor alles wat je gedaan hebt. Je eerlijke feedback helpt ons om een betere werkgever te worden.',
      'Vous nous quittez bientôt. Merci pour tout ce que vous avez fait. Votre avis sincère nous aide à devenir un meilleur employeur.',
      'You are leaving us soon. Thank you for everything you have done. Your honest feedback helps us become a better employer.',
    ),
    questions: ['exit_reasons', 'exit_manager', 'exit_growth', 'exit_would_return', 'enps', 'exit_comment'],
    reportDimensions: ALWAYS_ON,
    responseDays: 30,
    reminderDays: 7,
    offersAlumni: true,
    alwaysOn: true,
  },
  {
    key: 'pulse',
    kind: 'pulse',
    title: T('Driemaandelijkse pulsbevraging', 'Baromètre trimestriel', 'Quarterly pulse survey'),
    intro: intro(
      'Een paar korte vragen, drie minuten: hoe gaat het met je op het werk?',
      'Quelques questions courtes, trois minutes : comment allez-vous au travail ?',
      'A few short questions, three minutes: how are you doing at work?',
    ),
    questions: ['enps', 'eng_proud', 'eng_growth', 'eng_recognition', 'eng_workload', 'eng_manager_care', 'comment'],
    reportDimensions: PULSE,
    responseDays: 14,
    reminderDays: 5,
    offersAlumni: false,
    alwaysOn: false,
  },
  {
    key: 'ambassador',
    kind: 'ambassador',
    title: T('Het ambassadeursprogramma', 'Le programme des ambassadeurs', 'The ambassador program'),
    intro: intro(
      'Je bent ambassadeur bij ons. Hoe ervaar je het programma, en wat kunnen we voor je doen?',
      'Vous êtes ambassadeur·rice chez nous. Comment vivez-vous le programme, et que pouvons-nous faire pour vous ?',
      'You are one of our ambassadors. How do you experience the program, and what can we do for you?',
    ),
    questions: ['amb_supported', 'amb_training', 'amb_time', 'amb_community', 'amb_comment'],
    reportDimensions: ['department', 'site', 'language'],
    responseDays: 21,
    reminderDays: 7,
    offersAlumni: false,
    alwaysOn: false,
  },
  {
    key: 'moments_matter',
    kind: 'moments',
    title: T('Welke momenten zijn belangrijk voor jou?', 'Quels moments comptent pour vous ?', 'Which moments matter to you?'),
    intro: intro(
      'We willen de momenten vieren en ondersteunen die voor jou echt tellen. Achteraf kun je, als je wilt, je keuzes als je eigen voorkeuren bewaren.',
      'Nous voulons célébrer et accompagner les moments qui comptent vraiment pour vous. Ensuite, si vous le souhaitez, vous pourrez enregistrer vos choix comme vos propres préférences.',
      'We want to celebrate and support the moments that really count for you. Afterwards, if you wish, you can keep your choices as your own preferences.',
    ),
    questions: ['moments_matter', 'moments_other'],
    reportDimensions: ['department', 'site', 'language', 'seniority'],
    responseDays: 21,
    reminderDays: 7,
    offersAlumni: false,
    alwaysOn: false,
  },
];

export function surveyTemplate(key: string): SurveyTemplate | undefined {
  return SURVEY_TEMPLATES.find((t) => t.key === key);
}
