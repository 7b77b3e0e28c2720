/** The ready journeys of someone's start: preboarding and onboarding. */
import { L, t } from './template-text.ts';
import type { JourneyTemplate, StepTemplate } from './templates.ts';

export const START_TEMPLATES: JourneyTemplate[] = [
  {
    key: 'preboarding',
    name: L('Preboarding', 'Pré-accueil', 'Preboarding'),
    description: L(
      'De dagen voor de eerste werkdag: praktische info, de meter/peter, het team.',
      "Les jours avant le premier jour : infos pratiques, le parrain ou la marraine, l'équipe.",
      'The days before the first day: practical information, the buddy, the team.',
    ),
    steps: [
      {
        name: L('Preboardingmail', 'Mail de pré-accueil', 'Preboarding mail'),
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
        name: L(
          'Meter/peter voorstellen aan de nieuwkomer',
          'Présentation du parrain ou de la marraine',
          'Buddy introduction to the newcomer',
        ),
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
        name: L('Briefing voor de meter/peter', 'Briefing du parrain ou de la marraine', 'Buddy briefing'),
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
        name: L('Aankondiging aan het team', "Annonce à l'équipe", 'Team announcement'),
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
    name: L('Onboarding', 'Accueil et intégration', 'Onboarding'),
    description: L(
      'De onthaaldag, de eerste dag, het onthaaldossier en feedback na 30, 60 en 90 dagen.',
      "La journée d'accueil, le premier jour, le dossier d'accueil et un feedback à 30, 60 et 90 jours.",
      'The welcome day, the first day, the onboarding record, and feedback at 30, 60 and 90 days.',
    ),
    steps: [
      {
        name: L('Uitnodiging voor de onthaaldag', "Invitation à la journée d'accueil", 'Welcome day invitation'),
        kind: 'message',
        recipient: 'person',
        anchor: 'start_date',
        offsetDays: -5,
        offsetUnit: 'working',
        // Two weeks after the first day (the same weekday): the mail carries the calendar invitation.
        event: {
          offsetDays: 14,
          startTime: '09:30',
          durationMinutes: 390,
          location: L('Hoofdzetel, onthaal', 'Siège central, accueil', 'Head office, reception'),
        },
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
        name: L('Welkom op de eerste dag', 'Bienvenue le premier jour', 'Day-one welcome'),
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
        name: L('Onthaaldossier', "Dossier d'accueil", 'Onboarding record'),
        kind: 'task',
        recipient: 'hr',
        anchor: 'start_date',
        offsetDays: 0,
        offsetUnit: 'calendar',
        templates: {},
        task: {
          title: L('Onthaaldossier van {{personName}}', "Dossier d'accueil de {{personName}}", 'Onboarding record for {{personName}}'),
          owner: 'hr',
          dueDays: 10,
          checklist: [
            L(
              'Meter/peter aangeduid (Codex welzijn op het werk, boek I titel 2)',
              'Parrain ou marraine désigné·e (Code du bien-être au travail, livre I titre 2)',
              'Meter/peter appointed (Codex welzijn op het werk, book I title 2)',
            ),
            L(
              'Informatie bij de aanwerving en op de eerste dag gegeven (cao 22)',
              "Informations dues à l'embauche et le premier jour données (CCT 22)",
              'Information due at hiring and on the first day given (CAO/CCT 22)',
            ),
            L(
              'Informatie over veiligheid en welzijn gegeven',
              'Informations sur la sécurité et le bien-être données',
              'Safety and well-being information given',
            ),
            L('Onthaaldocument ondertekend en bewaard', "Document d'accueil signé et classé", 'Onboarding document signed and filed'),
          ],
        },
      },
      ...[30, 60, 90].map((d): StepTemplate => ({
        name: L(`Feedbackgesprek na ${d} dagen`, `Feedback à ${d} jours`, `Feedback check-in at ${d} days`),
        kind: 'message',
        recipient: 'manager',
        anchor: 'start_date',
        offsetDays: d,
        offsetUnit: 'calendar',
        // A few days after the mail, on the weekday of the first day (5, 9 and 14 weeks): the manager's invitation.
        event: { offsetDays: { 30: 35, 60: 63, 90: 98 }[d]!, startTime: '10:00', durationMinutes: 45, location: null },
        templates: t(
          [
            `Tijd voor een feedbackgesprek met {{personName}} (${d} dagen)`,
            `Dag {{managerName}},\n\n{{personName}} is ${d} dagen bij ons. Tijd voor een open gesprek: hoe gaat het, wat loopt goed, wat kan beter, wat heeft {{firstName}} nodig? Nodig {{firstName}} uit op het moment hieronder, of verplaats het als een ander beter past.`,
          ],
          [
            `Moment de feedback avec {{personName}} (${d} jours)`,
            `Bonjour {{managerName}},\n\n{{personName}} est chez nous depuis ${d} jours. C'est le moment d'un échange ouvert : comment ça va, ce qui marche, ce qui peut s'améliorer, ce dont {{firstName}} a besoin ? Invitez {{firstName}} au moment ci-dessous, ou déplacez-le si un autre convient mieux.`,
          ],
          [
            `Time for a feedback conversation with {{personName}} (${d} days)`,
            `Hi {{managerName}},\n\n{{personName}} has been with us for ${d} days. Time for an open conversation: how is it going, what works, what could be better, what does {{firstName}} need? Invite {{firstName}} to the time below, or move it if another suits better.`,
          ],
        ),
      })),
      // The onboarding surveys after a week, a month and three months (surveys.templates.ts), each
      // answered from a personal link without an account (surveys/invitations.ts).
      {
        name: L('Onboardingbevraging na 7 dagen', "Enquête d'accueil à 7 jours", 'Onboarding survey at 7 days'),
        kind: 'survey_invitation',
        recipient: 'person',
        anchor: 'start_date',
        offsetDays: 7,
        offsetUnit: 'calendar',
        surveyTemplate: 'onboarding_7',
        templates: t(
          [
            'Je eerste week: hoe was het?',
            'Dag {{firstName}},\n\nJe eerste week bij {{orgName}} zit erop. Hoe werd je ontvangen? Vijf minuten van je tijd helpen ons elke nieuwe collega beter te verwelkomen: {{surveyLink}}',
          ],
          [
            'Votre première semaine : comment était-elle ?',
            'Bonjour {{firstName}},\n\nVotre première semaine chez {{orgName}} est derrière vous. Comment avez-vous été accueilli·e ? Cinq minutes de votre temps nous aident à mieux accueillir chaque nouveau collègue : {{surveyLink}}',
          ],
          [
            'Your first week: how was it?',
            'Hi {{firstName}},\n\nYour first week at {{orgName}} is behind you. How were you welcomed? Five minutes of your time help us welcome every new colleague better: {{surveyLink}}',
          ],
        ),
      },
      {
        name: L('Onboardingbevraging na 30 dagen', "Enquête d'accueil à 30 jours", 'Onboarding survey at 30 days'),
        kind: 'survey_invitation',
        recipient: 'person',
        anchor: 'start_date',
        offsetDays: 30,
        offsetUnit: 'calendar',
        surveyTemplate: 'onboarding_30',
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
        name: L('Onboardingbevraging na 90 dagen', "Enquête d'accueil à 90 jours", 'Onboarding survey at 90 days'),
        kind: 'survey_invitation',
        recipient: 'person',
        anchor: 'start_date',
        offsetDays: 90,
        offsetUnit: 'calendar',
        surveyTemplate: 'onboarding_90',
        templates: t(
          [
            'Drie maanden bij {{orgName}}: hoe gaat het?',
            'Dag {{firstName}},\n\nJe bent nu drie maanden bij {{orgName}}. Vind je je weg in je rol en je team? Je antwoorden helpen ons de eerste maanden van elke nieuwe collega beter te maken: {{surveyLink}}',
          ],
          [
            'Trois mois chez {{orgName}} : comment ça va ?',
            'Bonjour {{firstName}},\n\nCela fait trois mois que vous êtes chez {{orgName}}. Avez-vous trouvé vos marques dans votre rôle et votre équipe ? Vos réponses nous aident à améliorer les premiers mois de chaque nouveau collègue : {{surveyLink}}',
          ],
          [
            'Three months at {{orgName}}: how is it going?',
            'Hi {{firstName}},\n\nYou have now been at {{orgName}} for three months. Have you found your way in your role and your team? Your answers help us make the first months better for every new colleague: {{surveyLink}}',
          ],
        ),
      },
      {
        name: L('Uitnodiging om ambassadeur te worden', 'Invitation à devenir ambassadeur·rice', 'Invitation to become an ambassador'),
        kind: 'ambassador_invitation',
        recipient: 'person',
        anchor: 'start_date',
        offsetDays: 100,
        offsetUnit: 'calendar',
        templates: {},
      },
    ],
  },
];
