/** The ready journeys after the start: anniversaries, training and moves, offboarding, retirement. */
import { L, t } from './template-text.ts';
import type { JourneyTemplate } from './templates.ts';

export const LATER_TEMPLATES: JourneyTemplate[] = [
  {
    key: 'anniversaries',
    name: L('Verjaardagen en jubilea', 'Anniversaires et ancienneté', 'Birthdays and anniversaries'),
    description: L(
      'Een verjaardagsbericht en het eerste werkjubileum, voor wie dat graag wil.',
      "Un message d'anniversaire et le premier anniversaire de service, pour qui le souhaite.",
      'A birthday message and the first work anniversary, for people who want them noticed.',
    ),
    steps: [
      {
        name: L('Verjaardag', 'Anniversaire', 'Birthday'),
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
        name: L('Eerste werkjubileum', 'Premier anniversaire de service', 'First work anniversary'),
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
    name: L('Opleiding en interne mobiliteit', 'Formation et mobilité interne', 'Training and internal mobility'),
    description: L(
      'Een herinnering voor een opleiding en begeleiding bij een interne overstap (datums per persoon).',
      "Un rappel avant une formation et un accompagnement lors d'une mobilité interne (dates fixées par personne).",
      'A reminder before a training, and support around an internal move (dates set per person).',
    ),
    steps: [
      {
        name: L('Herinnering aan een opleiding', 'Rappel de formation', 'Training reminder'),
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
        name: L('Interne overstap', 'Mobilité interne', 'Internal move'),
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
    name: L('Offboarding', 'Départ', 'Offboarding'),
    description: L(
      'De exitbevraging, een afscheid en een uitnodiging om in contact te blijven als alumni-ambassadeur.',
      "L'enquête de départ, un au revoir et une invitation à rester en contact comme ambassadeur·rice alumni.",
      'The exit survey, a farewell, and an invitation to stay in touch as an alumni ambassador.',
    ),
    steps: [
      {
        name: L('Checklist voor het vertrek', 'Check-list de départ', 'Offboarding checklist'),
        kind: 'task',
        recipient: 'hr',
        anchor: 'end_date',
        offsetDays: -10,
        offsetUnit: 'working',
        templates: {},
        task: {
          title: L('Vertrek van {{personName}}', 'Départ de {{personName}}', 'Offboarding of {{personName}}'),
          owner: 'hr',
          dueDays: 10,
          checklist: [
            L('Sociale documenten opgemaakt', 'Documents sociaux préparés', 'Social documents prepared'),
            L('Materiaal terugbezorgd', 'Matériel restitué', 'Equipment returned'),
            L('Kennis overgedragen', 'Connaissances transmises', 'Knowledge handed over'),
            L('Toegang afgesloten op de laatste dag', 'Accès fermés le dernier jour', 'Access closed on the last day'),
          ],
        },
      },
      {
        name: L('Exitbevraging', 'Enquête de départ', 'Exit survey'),
        kind: 'survey_invitation',
        recipient: 'person',
        anchor: 'end_date',
        offsetDays: -5,
        offsetUnit: 'working',
        surveyTemplate: 'exit',
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
        name: L('Afscheid', 'Au revoir', 'Farewell'),
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
        name: L('Uitnodiging voor de alumni', 'Invitation des alumni', 'Alumni invitation'),
        kind: 'message',
        recipient: 'person',
        anchor: 'end_date',
        offsetDays: 14,
        offsetUnit: 'calendar',
        templates: t(
          [
            'Blijf in contact met {{orgName}}',
            "Dag {{firstName}},\n\nJe blijft welkom in ons netwerk van oud-collega's. Wil je als alumni-ambassadeur je verhaal blijven vertellen? Het is helemaal vrijwillig: kies hier, met een persoonlijk e-mailadres: {{alumniLink}}",
          ],
          [
            'Restons en contact',
            "Bonjour {{firstName}},\n\nVous restez le/la bienvenu·e dans notre réseau d'anciens. Envie de continuer à raconter votre histoire comme ambassadeur·rice alumni ? C'est entièrement volontaire : choisissez ici, avec une adresse e-mail personnelle : {{alumniLink}}",
          ],
          [
            "Let's stay in touch",
            'Hi {{firstName}},\n\nYou remain welcome in our alumni network. Would you like to keep telling your story as an alumni ambassador? It is entirely voluntary: choose here, with a personal email address: {{alumniLink}}',
          ],
        ),
      },
    ],
  },
  {
    key: 'retirement',
    name: L('Pensioen', 'Pension', 'Retirement'),
    description: L(
      'Begeleiding naar de nieuwe fase, maanden voor de wettelijke pensioendatum.',
      'Un accompagnement vers la nouvelle étape, des mois avant la date légale de la pension.',
      'Guidance toward the new phase, months before the legal pension date.',
    ),
    steps: [
      {
        name: L('Begeleiding naar het pensioen', 'Accompagnement vers la pension', 'Retirement guidance'),
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
        // The conversation itself, with a time: the person's mail carries the calendar invitation.
        name: L('Uitnodiging voor het pensioengesprek', "Invitation à l'entretien avant la pension", 'Retirement conversation invitation'),
        kind: 'message',
        recipient: 'person',
        anchor: 'retirement',
        offsetDays: -165,
        offsetUnit: 'calendar',
        event: { offsetDays: -150, startTime: '10:00', durationMinutes: 60, location: L('Bij HR', 'Aux RH', 'With HR') },
        templates: t(
          [
            'Uitnodiging: je pensioengesprek',
            'Dag {{firstName}},\n\nWe nodigen je uit voor een gesprek over je pensioen: de formaliteiten, je overdracht en hoe je je ervaring kan doorgeven. Past het moment niet? Antwoord gerust op deze mail, dan zoeken we een ander.',
          ],
          [
            'Invitation : votre entretien avant la pension',
            'Bonjour {{firstName}},\n\nNous vous invitons à un entretien sur votre pension : les formalités, la transmission et la façon de partager votre expérience. Le moment ne vous convient pas ? Répondez simplement à ce message, nous en chercherons un autre.',
          ],
          [
            'Invitation: your retirement conversation',
            "Hi {{firstName}},\n\nWe invite you to a conversation about your retirement: the formalities, your hand-over and how to pass on your experience. Doesn't the time suit you? Just reply to this mail and we will find another.",
          ],
        ),
      },
      {
        name: L('Pensioengesprek', 'Entretien avant la pension', 'Retirement conversation'),
        kind: 'task',
        recipient: 'hr',
        anchor: 'retirement',
        offsetDays: -180,
        offsetUnit: 'calendar',
        templates: {},
        task: {
          title: L(
            'Pensioengesprek met {{personName}}',
            'Entretien avant la pension avec {{personName}}',
            'Retirement conversation with {{personName}}',
          ),
          owner: 'hr',
          dueDays: 30,
          checklist: [
            L('Pensioenformaliteiten uitgelegd', 'Formalités de pension expliquées', 'Pension formalities explained'),
            L('Overdracht gepland', 'Passation planifiée', 'Hand-over planned'),
            L('Afscheidsmoment afgesproken', "Moment d'adieu convenu", 'Farewell moment agreed'),
          ],
        },
      },
      {
        // The same choice as at offboarding: stay on as an alumni ambassador, never by default.
        name: L('Uitnodiging voor de alumni', 'Invitation des alumni', 'Alumni invitation'),
        kind: 'message',
        recipient: 'person',
        anchor: 'retirement',
        offsetDays: -60,
        offsetUnit: 'calendar',
        templates: t(
          [
            'Blijf ambassadeur, ook met pensioen',
            'Dag {{firstName}},\n\nJe ervaring blijft waardevol voor wie bij {{orgName}} wil beginnen. Wil je na je pensioen alumni-ambassadeur blijven? Het is helemaal vrijwillig: kies hier, met een persoonlijk e-mailadres: {{alumniLink}}',
          ],
          [
            'Restez ambassadeur·rice, même à la pension',
            "Bonjour {{firstName}},\n\nVotre expérience reste précieuse pour qui veut rejoindre {{orgName}}. Envie de rester ambassadeur·rice alumni après votre pension ? C'est entièrement volontaire : choisissez ici, avec une adresse e-mail personnelle : {{alumniLink}}",
          ],
          [
            'Stay an ambassador in retirement',
            'Hi {{firstName}},\n\nYour experience stays valuable to those who want to join {{orgName}}. Would you like to stay on as an alumni ambassador after you retire? It is entirely voluntary: choose here, with a personal email address: {{alumniLink}}',
          ],
        ),
      },
    ],
  },
];
