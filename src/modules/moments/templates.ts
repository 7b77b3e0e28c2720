/**
 * Ready journeys HR adapts: from the mail before the first day to the guidance before retirement.
 * Texts in Dutch, French and English; placeholders in {{double braces}} (see render.ts).
 */
import type { Anchor } from './schedule.ts';

type Text = { subject: string; body: string };
type Texts = { nl: Text; fr: Text; en: Text };

export interface StepTemplate {
  name: string;
  kind: 'message' | 'task' | 'survey_invitation' | 'ambassador_invitation';
  recipient: 'person' | 'manager' | 'buddy' | 'hr' | 'team';
  anchor: Anchor;
  customKey?: string;
  anniversaryYear?: number;
  offsetDays: number;
  offsetUnit: 'calendar' | 'working';
  sendTime?: string;
  templates: Partial<Texts>;
  task?: { title: string; owner: 'manager' | 'hr' | 'buddy' | 'person'; dueDays: number; checklist: string[] };
}

export interface JourneyTemplate {
  key: string;
  name: string;
  description: string;
  steps: StepTemplate[];
}

const t = (nl: [string, string], fr: [string, string], en: [string, string]): Texts => ({
  nl: { subject: nl[0], body: nl[1] },
  fr: { subject: fr[0], body: fr[1] },
  en: { subject: en[0], body: en[1] },
});

export const JOURNEY_TEMPLATES: JourneyTemplate[] = [
  {
    key: 'preboarding',
    name: 'Preboarding',
    description: 'The days before the first day: practical information, the buddy, the team.',
    steps: [
      {
        name: 'Preboarding mail',
        kind: 'message',
        recipient: 'person',
        anchor: 'start_date',
        offsetDays: -3,
        offsetUnit: 'working',
        templates: t(
          [
            'Welkom bij {{orgName}}: praktisch voor {{startDate}}',
            'Dag {{firstName}},\n\nOp {{startDate}} begin je bij {{orgName}}. We kijken ernaar uit!\n\nWaar: {{site}}\nWie ontvangt je: {{managerName}}\nMeebrengen: je identiteitskaart en je bankgegevens.\n\nVragen? Antwoord gerust op deze mail.\n\nTot snel!',
          ],
          [
            'Bienvenue chez {{orgName}} : infos pratiques pour le {{startDate}}',
            "Bonjour {{firstName}},\n\nLe {{startDate}}, vous commencez chez {{orgName}}. Nous nous en réjouissons !\n\nOù : {{site}}\nQui vous accueille : {{managerName}}\nÀ emporter : votre carte d'identité et vos coordonnées bancaires.\n\nDes questions ? Répondez simplement à ce message.\n\nÀ bientôt !",
          ],
          [
            'Welcome to {{orgName}}: practical details for {{startDate}}',
            'Hi {{firstName}},\n\nOn {{startDate}} you start at {{orgName}}. We are looking forward to it!\n\nWhere: {{site}}\nWho welcomes you: {{managerName}}\nBring: your identity card and bank details.\n\nQuestions? Just reply to this mail.\n\nSee you soon!',
          ],
        ),
      },
      {
        name: 'Buddy introduction to the newcomer',
        kind: 'message',
        recipient: 'person',
        anchor: 'start_date',
        offsetDays: -2,
        offsetUnit: 'working',
        templates: t(
          [
            'Maak kennis met je meter/peter',
            'Dag {{firstName}},\n\n{{buddyName}} wordt je meter/peter: je aanspreekpunt voor alle kleine en grote vragen vanaf dag één. {{buddyName}} neemt binnenkort contact met je op.\n\nTot {{startDate}}!',
          ],
          [
            'Faites connaissance avec votre parrain/marraine',
            'Bonjour {{firstName}},\n\n{{buddyName}} sera votre parrain/marraine : la personne à qui poser toutes vos questions dès le premier jour. {{buddyName}} vous contactera bientôt.\n\nÀ très vite, le {{startDate}} !',
          ],
          [
            'Meet your buddy',
            'Hi {{firstName}},\n\n{{buddyName}} will be your buddy: the person for every small and big question from day one. {{buddyName}} will get in touch soon.\n\nSee you on {{startDate}}!',
          ],
        ),
      },
      {
        name: 'Buddy briefing',
        kind: 'message',
        recipient: 'buddy',
        anchor: 'start_date',
        offsetDays: -2,
        offsetUnit: 'working',
        templates: t(
          [
            '{{personName}} begint op {{startDate}}: jij bent meter/peter',
            'Dag,\n\n{{personName}} begint op {{startDate}} als {{jobTitle}}. Dank je om meter/peter te zijn!\n\nStuur gerust vooraf een berichtje, en plan in de eerste week een koffie samen.',
          ],
          [
            '{{personName}} commence le {{startDate}} : vous êtes parrain/marraine',
            "Bonjour,\n\n{{personName}} commence le {{startDate}} comme {{jobTitle}}. Merci d'être parrain/marraine !\n\nN'hésitez pas à envoyer un petit message avant, et prévoyez un café ensemble la première semaine.",
          ],
          [
            '{{personName}} starts on {{startDate}}: you are their buddy',
            'Hi,\n\n{{personName}} starts on {{startDate}} as {{jobTitle}}. Thank you for being their buddy!\n\nFeel free to send a message beforehand, and plan a coffee together in the first week.',
          ],
        ),
      },
      {
        name: 'Team announcement',
        kind: 'message',
        recipient: 'team',
        anchor: 'start_date',
        offsetDays: -1,
        offsetUnit: 'working',
        templates: t(
          [
            '{{personName}} begint op {{startDate}}',
            'Dag allemaal,\n\n{{personName}} komt ons team versterken als {{jobTitle}}, vanaf {{startDate}}. Heet {{firstName}} welkom!',
          ],
          [
            '{{personName}} commence le {{startDate}}',
            "Bonjour à toutes et à tous,\n\n{{personName}} rejoint l'équipe comme {{jobTitle}} à partir du {{startDate}}. Réservez-lui un bel accueil !",
          ],
          [
            '{{personName}} starts on {{startDate}}',
            'Hi all,\n\n{{personName}} joins the team as {{jobTitle}} from {{startDate}}. Give {{firstName}} a warm welcome!',
          ],
        ),
      },
    ],
  },
  {
    key: 'onboarding',
    name: 'Onboarding',
    description: 'The welcome day, the first day, the onboarding record, and feedback at 30, 60 and 90 days.',
    steps: [
      {
        name: 'Welcome day invitation',
        kind: 'message',
        recipient: 'person',
        anchor: 'start_date',
        offsetDays: -5,
        offsetUnit: 'working',
        templates: t(
          [
            'Je bent welkom op onze onthaaldag',
            "Dag {{firstName}},\n\nIn je eerste weken nodigen we je uit op onze onthaaldag: je leert {{orgName}}, de collega's en onze manier van werken kennen. Je krijgt de praktische details van {{managerName}}.",
          ],
          [
            "Vous êtes invité·e à notre journée d'accueil",
            "Bonjour {{firstName}},\n\nDans vos premières semaines, nous vous invitons à notre journée d'accueil : vous y découvrirez {{orgName}}, vos collègues et notre façon de travailler. {{managerName}} vous donnera les détails pratiques.",
          ],
          [
            'You are invited to our welcome day',
            'Hi {{firstName}},\n\nIn your first weeks we invite you to our welcome day: you get to know {{orgName}}, your colleagues and how we work. {{managerName}} will share the practical details.',
          ],
        ),
      },
      {
        name: 'Day-one welcome',
        kind: 'message',
        recipient: 'person',
        anchor: 'start_date',
        offsetDays: 0,
        offsetUnit: 'calendar',
        sendTime: '08:00',
        templates: t(
          [
            'Welkom, {{firstName}}!',
            'Vandaag is je eerste dag bij {{orgName}}. Welkom! {{buddyName}} is je meter/peter en helpt je op weg.',
          ],
          [
            'Bienvenue, {{firstName}} !',
            "Aujourd'hui est votre premier jour chez {{orgName}}. Bienvenue ! {{buddyName}} est votre parrain/marraine et vous aidera à démarrer.",
          ],
          [
            'Welcome, {{firstName}}!',
            'Today is your first day at {{orgName}}. Welcome! {{buddyName}} is your buddy and will help you find your way.',
          ],
        ),
      },
      {
        name: 'Onboarding record',
        kind: 'task',
        recipient: 'hr',
        anchor: 'start_date',
        offsetDays: 0,
        offsetUnit: 'calendar',
        templates: {},
        task: {
          title: 'Onboarding record for {{personName}}',
          owner: 'hr',
          dueDays: 10,
          checklist: [
            'Meter/peter appointed (Codex welzijn op het werk, book I title 2)',
            'Information due at hiring and on the first day given (CAO/CCT 22)',
            'Safety and well-being information given',
            'Onboarding document signed and filed',
          ],
        },
      },
      ...[30, 60, 90].map((d): StepTemplate => ({
        name: `Feedback check-in at ${d} days`,
        kind: 'message',
        recipient: 'manager',
        anchor: 'start_date',
        offsetDays: d,
        offsetUnit: 'calendar',
        templates: t(
          [
            `Tijd voor een feedbackgesprek met {{personName}} (${d} dagen)`,
            `Dag {{managerName}},\n\n{{personName}} is ${d} dagen bij ons. Plan een open gesprek: hoe gaat het, wat loopt goed, wat kan beter, wat heeft {{firstName}} nodig?`,
          ],
          [
            `Moment de feedback avec {{personName}} (${d} jours)`,
            `Bonjour {{managerName}},\n\n{{personName}} est chez nous depuis ${d} jours. Prévoyez un échange ouvert : comment ça va, ce qui marche, ce qui peut s'améliorer, ce dont {{firstName}} a besoin ?`,
          ],
          [
            `Time for a feedback conversation with {{personName}} (${d} days)`,
            `Hi {{managerName}},\n\n{{personName}} has been with us for ${d} days. Plan an open conversation: how is it going, what works, what could be better, what does {{firstName}} need?`,
          ],
        ),
      })),
      {
        name: 'Onboarding survey',
        kind: 'survey_invitation',
        recipient: 'person',
        anchor: 'start_date',
        offsetDays: 30,
        offsetUnit: 'calendar',
        templates: t(
          [
            'Hoe verloopt je start?',
            'Dag {{firstName}},\n\nJe bent een maand bij {{orgName}}. Hoe was je start? Je antwoorden helpen ons elke nieuwe collega beter te verwelkomen: {{surveyLink}}',
          ],
          [
            'Comment se passe votre début ?',
            "Bonjour {{firstName}},\n\nCela fait un mois que vous êtes chez {{orgName}}. Comment s'est passé votre début ? Vos réponses nous aident à mieux accueillir chaque nouveau collègue : {{surveyLink}}",
          ],
          [
            'How is your start going?',
            'Hi {{firstName}},\n\nYou have been at {{orgName}} for a month. How was your start? Your answers help us welcome every new colleague better: {{surveyLink}}',
          ],
        ),
      },
      {
        name: 'Invitation to become an ambassador',
        kind: 'ambassador_invitation',
        recipient: 'person',
        anchor: 'start_date',
        offsetDays: 100,
        offsetUnit: 'calendar',
        templates: {},
      },
    ],
  },
  {
    key: 'anniversaries',
    name: 'Birthdays and anniversaries',
    description: 'A birthday message and the first work anniversary, for people who want them noticed.',
    steps: [
      {
        name: 'Birthday',
        kind: 'message',
        recipient: 'person',
        anchor: 'birthday',
        offsetDays: 0,
        offsetUnit: 'calendar',
        templates: t(
          [
            'Gelukkige verjaardag, {{firstName}}!',
            'Van harte gefeliciteerd met je verjaardag, {{firstName}}! Een fijne dag gewenst van iedereen bij {{orgName}}.',
          ],
          [
            'Joyeux anniversaire, {{firstName}} !',
            "Joyeux anniversaire, {{firstName}} ! Toute l'équipe de {{orgName}} vous souhaite une belle journée.",
          ],
          ['Happy birthday, {{firstName}}!', 'Happy birthday, {{firstName}}! Have a lovely day, from everyone at {{orgName}}.'],
        ),
      },
      {
        name: 'First work anniversary',
        kind: 'message',
        recipient: 'person',
        anchor: 'work_anniversary',
        anniversaryYear: 1,
        offsetDays: 0,
        offsetUnit: 'calendar',
        templates: t(
          [
            'Een jaar bij {{orgName}}!',
            'Dag {{firstName}},\n\nVandaag ben je een jaar bij {{orgName}}. Bedankt voor alles wat je dit jaar deed!',
          ],
          [
            'Un an chez {{orgName}} !',
            "Bonjour {{firstName}},\n\nCela fait un an aujourd'hui que vous êtes chez {{orgName}}. Merci pour tout ce que vous avez fait cette année !",
          ],
          [
            'One year at {{orgName}}!',
            'Hi {{firstName}},\n\nToday you have been at {{orgName}} for a year. Thank you for everything you did this year!',
          ],
        ),
      },
    ],
  },
  {
    key: 'training-and-mobility',
    name: 'Training and internal mobility',
    description: 'A reminder before a training, and support around an internal move (dates set per person).',
    steps: [
      {
        name: 'Training reminder',
        kind: 'message',
        recipient: 'person',
        anchor: 'custom',
        customKey: 'training_date',
        offsetDays: -2,
        offsetUnit: 'working',
        templates: t(
          ['Je opleiding begint op {{date}}', 'Dag {{firstName}},\n\nJe opleiding begint op {{date}}. Veel leerplezier!'],
          ['Votre formation commence le {{date}}', 'Bonjour {{firstName}},\n\nVotre formation commence le {{date}}. Bonne formation !'],
          ['Your training starts on {{date}}', 'Hi {{firstName}},\n\nYour training starts on {{date}}. Enjoy the learning!'],
        ),
      },
      {
        name: 'Internal move',
        kind: 'message',
        recipient: 'person',
        anchor: 'custom',
        customKey: 'move_date',
        offsetDays: -5,
        offsetUnit: 'working',
        templates: t(
          [
            'Je nieuwe rol vanaf {{date}}',
            'Dag {{firstName}},\n\nOp {{date}} begin je aan je nieuwe rol. Proficiat! Je nieuwe team kijkt ernaar uit.',
          ],
          [
            'Votre nouveau rôle à partir du {{date}}',
            'Bonjour {{firstName}},\n\nLe {{date}}, vous commencez votre nouveau rôle. Félicitations ! Votre nouvelle équipe se réjouit de vous accueillir.',
          ],
          [
            'Your new role from {{date}}',
            'Hi {{firstName}},\n\nOn {{date}} you start your new role. Congratulations! Your new team is looking forward to it.',
          ],
        ),
      },
    ],
  },
  {
    key: 'offboarding',
    name: 'Offboarding',
    description: 'The exit survey, a farewell, and an invitation to stay in touch as an alumni ambassador.',
    steps: [
      {
        name: 'Offboarding checklist',
        kind: 'task',
        recipient: 'hr',
        anchor: 'end_date',
        offsetDays: -10,
        offsetUnit: 'working',
        templates: {},
        task: {
          title: 'Offboarding of {{personName}}',
          owner: 'hr',
          dueDays: 10,
          checklist: ['Social documents prepared', 'Equipment returned', 'Knowledge handed over', 'Access closed on the last day'],
        },
      },
      {
        name: 'Exit survey',
        kind: 'survey_invitation',
        recipient: 'person',
        anchor: 'end_date',
        offsetDays: -5,
        offsetUnit: 'working',
        templates: t(
          [
            'Wil je je ervaring met ons delen?',
            'Dag {{firstName}},\n\nJe vertrekt binnenkort bij {{orgName}}. Je eerlijke feedback helpt ons beter te worden: {{surveyLink}}',
          ],
          [
            'Voulez-vous partager votre expérience ?',
            'Bonjour {{firstName}},\n\nVous quittez bientôt {{orgName}}. Votre avis sincère nous aide à progresser : {{surveyLink}}',
          ],
          [
            'Would you share your experience?',
            'Hi {{firstName}},\n\nYou are leaving {{orgName}} soon. Your honest feedback helps us improve: {{surveyLink}}',
          ],
        ),
      },
      {
        name: 'Farewell',
        kind: 'message',
        recipient: 'person',
        anchor: 'end_date',
        offsetDays: 0,
        offsetUnit: 'calendar',
        templates: t(
          [
            'Bedankt, {{firstName}}',
            'Dag {{firstName}},\n\nVandaag is je laatste dag bij {{orgName}}. Bedankt voor alles, en het allerbeste!',
          ],
          [
            'Merci, {{firstName}}',
            "Bonjour {{firstName}},\n\nAujourd'hui est votre dernier jour chez {{orgName}}. Merci pour tout, et bonne continuation !",
          ],
          [
            'Thank you, {{firstName}}',
            'Hi {{firstName}},\n\nToday is your last day at {{orgName}}. Thank you for everything, and all the best!',
          ],
        ),
      },
      {
        name: 'Alumni invitation',
        kind: 'message',
        recipient: 'person',
        anchor: 'end_date',
        offsetDays: 14,
        offsetUnit: 'calendar',
        templates: t(
          [
            'Blijf in contact met {{orgName}}',
            "Dag {{firstName}},\n\nJe blijft welkom in ons netwerk van oud-collega's. Wil je als alumni-ambassadeur je verhaal blijven vertellen? Het is helemaal vrijwillig.",
          ],
          [
            'Restons en contact',
            "Bonjour {{firstName}},\n\nVous restez le/la bienvenu·e dans notre réseau d'anciens. Envie de continuer à raconter votre histoire comme ambassadeur·rice alumni ? C'est entièrement volontaire.",
          ],
          [
            "Let's stay in touch",
            'Hi {{firstName}},\n\nYou remain welcome in our alumni network. Would you like to keep telling your story as an alumni ambassador? It is entirely voluntary.',
          ],
        ),
      },
    ],
  },
  {
    key: 'retirement',
    name: 'Retirement',
    description: 'Guidance toward the new phase, months before the legal pension date.',
    steps: [
      {
        name: 'Retirement guidance',
        kind: 'message',
        recipient: 'person',
        anchor: 'retirement',
        offsetDays: -182,
        offsetUnit: 'calendar',
        templates: t(
          [
            'Je pensioen komt in zicht',
            'Dag {{firstName}},\n\nOver een half jaar bereik je de wettelijke pensioenleeftijd. We begeleiden je graag naar die nieuwe fase: HR plant een gesprek over de formaliteiten, je overdracht en hoe je je ervaring kan doorgeven.',
          ],
          [
            'Votre pension approche',
            "Bonjour {{firstName}},\n\nDans six mois, vous atteindrez l'âge légal de la pension. Nous vous accompagnons volontiers vers cette nouvelle étape : les RH vous proposeront un entretien sur les formalités, la transmission et la façon de partager votre expérience.",
          ],
          [
            'Your retirement is coming into view',
            'Hi {{firstName}},\n\nIn six months you reach the legal pension age. We would like to guide you toward this new phase: HR will plan a conversation about the formalities, your hand-over and how to pass on your experience.',
          ],
        ),
      },
      {
        name: 'Retirement conversation',
        kind: 'task',
        recipient: 'hr',
        anchor: 'retirement',
        offsetDays: -180,
        offsetUnit: 'calendar',
        templates: {},
        task: {
          title: 'Retirement conversation with {{personName}}',
          owner: 'hr',
          dueDays: 30,
          checklist: ['Pension formalities explained', 'Hand-over planned', 'Farewell moment agreed'],
        },
      },
    ],
  },
];
