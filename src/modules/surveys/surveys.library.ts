/**
 * The question library: questions HR can put in any survey, written in Dutch and French as they are
 * used in Belgium, and in English. The templates (surveys.templates.ts) are built from these keys,
 * and a survey's question remembers the key it came from (survey_questions.library_key), so results
 * of the same question can be compared across surveys.
 *
 * Pure and browser-safe. "{{orgName}}" in a text is the organisation's name, filled in when the
 * question is copied into a survey (so HR sees and can edit the final text).
 */
import { WANTABLE } from '../moments/personal.service.ts';

export const QUESTION_KINDS = ['enps', 'scale', 'single', 'multi', 'text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** A text in each of the three languages; the library always has all three. */
export type Text3 = { nl: string; fr: string; en: string };
export interface ChoiceOption {
  key: string;
  label: Text3;
}

export type LibraryTopic = 'engagement' | 'onboarding' | 'exit' | 'ambassador' | 'moments' | 'general';

export interface LibraryQuestion {
  key: string;
  topic: LibraryTopic;
  kind: QuestionKind;
  text: Text3;
  /** single / multi only. */
  options?: readonly ChoiceOption[];
  /** Comments are optional; scores are required unless said otherwise. */
  required: boolean;
}

/** French punctuation keeps its ? ! : ; with the word before (a no-break space), as typeset in French. */
const frPunct = (s: string) => s.replace(/ ([?!:;])/g, '\u00a0$1');
const T = (nl: string, fr: string, en: string): Text3 => ({ nl, fr: frPunct(fr), en });
const opt = (key: string, nl: string, fr: string, en: string): ChoiceOption => ({ key, label: T(nl, fr, en) });

/** The words at the ends of the scales, for forms and charts. */
export const SCALE_LABELS: Record<1 | 2 | 3 | 4 | 5, Text3> = {
  1: T('Helemaal niet akkoord', "Pas du tout d'accord", 'Strongly disagree'),
  2: T('Niet akkoord', "Pas d'accord", 'Disagree'),
  3: T('Neutraal', 'Neutre', 'Neutral'),
  4: T('Akkoord', "D'accord", 'Agree'),
  5: T('Helemaal akkoord', "Tout à fait d'accord", 'Strongly agree'),
};
export const ENPS_LABELS = {
  low: T('Helemaal niet waarschijnlijk', 'Pas du tout probable', 'Not at all likely'),
  high: T('Zeer waarschijnlijk', 'Très probable', 'Extremely likely'),
};

/** The moments a person can choose to be celebrated or supported: exactly the personal moments' WANTABLE keys. */
const MOMENT_LABELS: Record<(typeof WANTABLE)[number], Text3> = {
  birthday: T('Mijn verjaardag', 'Mon anniversaire', 'My birthday'),
  work_anniversary: T('Mijn dienstjubilea', 'Mes anniversaires de service', 'My work anniversaries'),
  child_birthday: T('De verjaardagen van mijn kinderen', 'Les anniversaires de mes enfants', "My children's birthdays"),
  welcome: T('Een warm welkom als ik begin', 'Un accueil chaleureux à mon arrivée', 'A warm welcome when I start'),
  farewell: T('Een afscheid als ik vertrek', 'Un au revoir à mon départ', 'A farewell when I leave'),
  retirement: T('Begeleiding naar mijn pensioen', 'Un accompagnement vers ma pension', 'Guidance toward my retirement'),
  training: T('Herinneringen voor een opleiding', 'Des rappels avant une formation', 'Reminders before a training'),
  internal_move: T('Steun als ik van functie verander', 'Un soutien quand je change de fonction', 'Support when I move to another role'),
};

const scale = (key: string, topic: LibraryTopic, nl: string, fr: string, en: string): LibraryQuestion => ({
  key,
  topic,
  kind: 'scale',
  text: T(nl, fr, en),
  required: true,
});
const comment = (key: string, topic: LibraryTopic, nl: string, fr: string, en: string): LibraryQuestion => ({
  key,
  topic,
  kind: 'text',
  text: T(nl, fr, en),
  required: false,
});

export const LIBRARY: readonly LibraryQuestion[] = [
  // ---- General ----
  {
    key: 'enps',
    topic: 'general',
    kind: 'enps',
    text: T(
      'Hoe waarschijnlijk is het dat je {{orgName}} als werkgever aanbeveelt aan vrienden of kennissen?',
      'Quelle est la probabilité que vous recommandiez {{orgName}} comme employeur à un ami ou une connaissance ?',
      'How likely are you to recommend {{orgName}} as a place to work to a friend or acquaintance?',
    ),
    required: true,
  },
  comment(
    'comment',
    'general',
    'Wil je ons nog iets meegeven?',
    'Souhaitez-vous encore nous dire quelque chose ?',
    'Is there anything else you would like to tell us?',
  ),

  // ---- Onboarding: the first week ----
  scale(
    'onb_first_week',
    'onboarding',
    'Mijn eerste week is goed verlopen.',
    "Ma première semaine s'est bien passée.",
    'My first week went well.',
  ),
  scale(
    'onb_welcome',
    'onboarding',
    'Ik voelde me welkom op mijn eerste dag.',
    'Je me suis senti·e le·la bienvenu·e dès mon premier jour.',
    'I felt welcome on my first day.',
  ),
  scale(
    'onb_tools_ready',
    'onboarding',
    'Mijn laptop, accounts en badge waren klaar op mijn eerste dag.',
    'Mon ordinateur, mes accès et mon badge étaient prêts dès mon premier jour.',
    'My laptop, accounts and badge were ready on my first day.',
  ),
  scale(
    'onb_buddy',
    'onboarding',
    'Mijn buddy (meter of peter) hielp me mijn weg te vinden.',
    "Mon buddy (parrain ou marraine) m'a aidé·e à trouver mes repères.",
    'My buddy helped me find my way.',
  ),
  scale(
    'onb_information',
    'onboarding',
    'Ik kreeg de informatie die ik nodig had om aan de slag te gaan.',
    "J'ai reçu les informations dont j'avais besoin pour commencer.",
    'I received the information I needed to get started.',
  ),

  // ---- Onboarding: the first month ----
  scale(
    'onb_role_clarity',
    'onboarding',
    'Ik weet wat er in mijn functie van mij verwacht wordt.',
    "Je sais ce que l'on attend de moi dans ma fonction.",
    'I know what is expected of me in my role.',
  ),
  scale(
    'onb_manager_checkins',
    'onboarding',
    'Mijn leidinggevende neemt regelmatig de tijd om te horen hoe het met me gaat.',
    'Mon ou ma responsable prend régulièrement le temps de faire le point avec moi.',
    'My manager regularly takes time to check in with me.',
  ),
  scale(
    'onb_belonging',
    'onboarding',
    'Ik voel me deel van mijn team.',
    'Je me sens membre à part entière de mon équipe.',
    'I feel part of my team.',
  ),
  scale(
    'onb_expectations',
    'onboarding',
    'Mijn job beantwoordt aan wat me tijdens de sollicitatie werd voorgesteld.',
    "Mon poste correspond à ce qui m'a été présenté lors du recrutement.",
    'My job matches what was presented to me when I applied.',
  ),

  // ---- Onboarding: the first three months ----
  scale(
    'onb_integration',
    'onboarding',
    'Ik voel me volledig thuis in de organisatie.',
    "Je me sens pleinement intégré·e dans l'organisation.",
    'I feel fully settled in the organisation.',
  ),
  scale(
    'onb_training',
    'onboarding',
    'De opleiding die ik kreeg, heeft me goed voorbereid op mijn job.',
    "La formation que j'ai reçue m'a bien préparé·e à mon travail.",
    'The training I received prepared me well for my job.',
  ),
  scale(
    'onb_future',
    'onboarding',
    'Ik zie mezelf hier over twee jaar nog werken.',
    'Je me vois encore travailler ici dans deux ans.',
    'I see myself still working here in two years.',
  ),
  scale(
    'onb_recommend_onboarding',
    'onboarding',
    'Ik zou onze manier van onthalen aanbevelen aan een nieuwe collega.',
    "Je recommanderais notre façon d'accueillir à un·e nouveau·elle collègue.",
    'I would recommend the way we welcome people to a new colleague.',
  ),

  // ---- Exit ----
  {
    key: 'exit_reasons',
    topic: 'exit',
    kind: 'multi',
    text: T(
      'Wat zijn de belangrijkste redenen waarom je vertrekt? Kies er zoveel als nodig.',
      'Quelles sont les principales raisons de votre départ ? Choisissez-en autant que nécessaire.',
      'What are the main reasons you are leaving? Choose as many as apply.',
    ),
    options: [
      opt('career', 'Groeikansen elders', "Des perspectives d'évolution ailleurs", 'Career opportunities elsewhere'),
      opt('pay', 'Loon en voordelen', 'Le salaire et les avantages', 'Pay and benefits'),
      opt('manager', 'De relatie met mijn leidinggevende', 'La relation avec mon ou ma responsable', 'My relationship with my manager'),
      opt('workload', 'Werkdruk en stress', 'La charge de travail et le stress', 'Workload and stress'),
      opt('balance', 'Evenwicht tussen werk en privé', "L'équilibre entre vie professionnelle et vie privée", 'Work-life balance'),
      opt('content', 'De inhoud van mijn job', 'Le contenu de mon travail', 'The content of my job'),
      opt('culture', 'De sfeer of de cultuur', "L'ambiance ou la culture", 'The atmosphere or culture'),
      opt('commute', 'Woon-werkverkeer of verhuis', 'Les trajets domicile-travail ou un déménagement', 'Commute or moving house'),
      opt('personal', 'Persoonlijke of familiale redenen', 'Des raisons personnelles ou familiales', 'Personal or family reasons'),
      opt('end_of_contract', 'Einde van mijn contract', 'La fin de mon contrat', 'The end of my contract'),
      opt('retirement', 'Pensioen', 'La pension', 'Retirement'),
      opt('other', 'Een andere reden', 'Une autre raison', 'Another reason'),
    ],
    required: true,
  },
  scale(
    'exit_manager',
    'exit',
    'Mijn leidinggevende heeft me goed ondersteund.',
    "Mon ou ma responsable m'a bien soutenu·e.",
    'My manager supported me well.',
  ),
  scale(
    'exit_growth',
    'exit',
    'Ik kreeg voldoende kansen om te leren en te groeien.',
    "J'ai eu suffisamment d'occasions d'apprendre et d'évoluer.",
    'I had enough opportunities to learn and grow.',
  ),
  {
    key: 'exit_would_return',
    topic: 'exit',
    kind: 'single',
    text: T(
      'Zou je later opnieuw voor {{orgName}} willen werken?',
      'Envisageriez-vous de retravailler un jour pour {{orgName}} ?',
      'Would you consider working for {{orgName}} again in the future?',
    ),
    options: [opt('yes', 'Ja', 'Oui', 'Yes'), opt('maybe', 'Misschien', 'Peut-être', 'Maybe'), opt('no', 'Nee', 'Non', 'No')],
    required: true,
  },
  comment(
    'exit_comment',
    'exit',
    'Wat had {{orgName}} beter kunnen doen? Alles wat je ons nog wilt meegeven, is welkom.',
    "Qu'est-ce que {{orgName}} aurait pu mieux faire ? Tout ce que vous souhaitez encore nous dire est le bienvenu.",
    'What could {{orgName}} have done better? Anything else you would like to share is welcome.',
  ),

  // ---- Engagement (pulse) ----
  scale(
    'eng_proud',
    'engagement',
    'Ik ben trots om voor {{orgName}} te werken.',
    'Je suis fier·ère de travailler pour {{orgName}}.',
    'I am proud to work for {{orgName}}.',
  ),
  scale(
    'eng_growth',
    'engagement',
    'Ik zie hier kansen om te leren en te groeien.',
    "Je vois ici des occasions d'apprendre et d'évoluer.",
    'I see opportunities to learn and grow here.',
  ),
  scale(
    'eng_recognition',
    'engagement',
    'Ik krijg erkenning als ik goed werk lever.',
    'Je suis reconnu·e quand je fais du bon travail.',
    'I get recognition when I do good work.',
  ),
  scale('eng_workload', 'engagement', 'Mijn werkdruk is haalbaar.', 'Ma charge de travail est tenable.', 'My workload is manageable.'),
  scale(
    'eng_manager_care',
    'engagement',
    'Mijn leidinggevende heeft oog voor mijn welzijn.',
    'Mon ou ma responsable se soucie de mon bien-être.',
    'My manager cares about my wellbeing.',
  ),
  scale(
    'eng_voice',
    'engagement',
    'Ik kan mijn mening vrij uiten, ook als ik het ergens niet mee eens ben.',
    "Je peux exprimer librement mon avis, même quand je ne suis pas d'accord.",
    'I can speak my mind freely, even when I disagree.',
  ),

  // ---- The ambassador program ----
  scale(
    'amb_supported',
    'ambassador',
    'Ik voel me gesteund door het ambassadeursprogramma.',
    'Je me sens soutenu·e par le programme des ambassadeurs.',
    'I feel supported by the ambassador program.',
  ),
  scale(
    'amb_training',
    'ambassador',
    'De opleidingen en richtlijnen helpen me om met vertrouwen over mijn werk te vertellen.',
    "Les formations et les consignes m'aident à parler de mon travail en toute confiance.",
    'The trainings and guidelines help me talk about my work with confidence.',
  ),
  scale(
    'amb_time',
    'ambassador',
    'Ik krijg voldoende tijd om verhalen over mijn werk te delen.',
    "J'ai suffisamment de temps pour partager des récits sur mon travail.",
    'I have enough time to share stories about my work.',
  ),
  scale(
    'amb_community',
    'ambassador',
    'Ik voel me deel van een gemeenschap van ambassadeurs.',
    "Je me sens membre d'une communauté d'ambassadeurs.",
    'I feel part of a community of ambassadors.',
  ),
  comment(
    'amb_comment',
    'ambassador',
    'Wat zou je helpen om een nog betere ambassadeur te zijn?',
    "Qu'est-ce qui vous aiderait à être un·e ambassadeur·rice encore meilleur·e ?",
    'What would help you be an even better ambassador?',
  ),

  // ---- Which moments matter to you? ----
  {
    key: 'moments_matter',
    topic: 'moments',
    kind: 'multi',
    text: T(
      'Welke momenten zijn belangrijk voor jou? Kies er zoveel als je wilt.',
      'Quels moments comptent pour vous ? Choisissez-en autant que vous voulez.',
      'Which moments matter to you? Choose as many as you like.',
    ),
    options: WANTABLE.map((k) => ({ key: k, label: MOMENT_LABELS[k] })),
    required: true,
  },
  comment(
    'moments_other',
    'moments',
    'Zijn er nog andere momenten die belangrijk zijn voor jou?',
    "Y a-t-il d'autres moments qui comptent pour vous ?",
    'Are there other moments that matter to you?',
  ),
];

const BY_KEY = new Map(LIBRARY.map((q) => [q.key, q]));

export function libraryQuestion(key: string): LibraryQuestion | undefined {
  return BY_KEY.get(key);
}

/** The key of the library question whose answers can become a person's own moment preferences. */
export const MOMENTS_MATTER_KEY = 'moments_matter';

/** "{{orgName}}" filled in, in each language. */
export function fillOrgName<T extends Partial<Record<string, string>>>(text: T, orgName: string): T {
  return Object.fromEntries(Object.entries(text).map(([l, s]) => [l, s?.replaceAll('{{orgName}}', orgName)])) as T;
}
