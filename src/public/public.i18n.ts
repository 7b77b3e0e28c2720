/** The careers pages' own words, in the visitor's language. */
export type PublicLang = 'nl' | 'fr' | 'en';
export const PUBLIC_LANGS: PublicLang[] = ['nl', 'fr', 'en'];

const en = {
  careersAt: 'Working at {org}',
  intro: 'Our colleagues tell, in their own words, what it is like to work here. Curious? Ask them.',
  stories: 'Stories',
  ambassadors: 'Meet our ambassadors',
  allAmbassadors: 'All ambassadors',
  filter: 'Filter',
  department: 'Department',
  region: 'Region',
  language: 'Language',
  any: 'All',
  apply: 'Show',
  noStories: 'No stories match these filters yet.',
  noAmbassadors: 'No ambassadors match these filters yet.',
  readMore: 'Read more',
  previous: 'Newer',
  next: 'Older',
  askTitle: 'Ask {name} a question',
  askHelp:
    '{name} gets your question by mail and answers when they can. Your address is not shown to them, and theirs is not shown to you unless they choose to share it.',
  yourName: 'Your name',
  yourEmail: 'Your email address',
  yourQuestion: 'Your question',
  send: 'Send',
  sent: 'Thank you! Your question is on its way.',
  backToWall: 'All stories and ambassadors',
  topics: 'Can tell you about',
  by: 'by {name}',
  formerColleague: 'Former colleague',
  notFound: 'This page does not exist (any more).',
  regions: { flanders: 'Flanders', brussels: 'Brussels', wallonia: 'Wallonia', abroad: 'Abroad' },
  languages: { nl: 'Dutch', fr: 'French', en: 'English', de: 'German' },
  topicNames: {
    'career-path': 'Career path',
    'selection-procedure': 'Selection procedure',
    onboarding: 'Onboarding',
    'internal-mobility': 'Internal mobility',
    'unexpected-jobs': 'Unexpected jobs',
    inclusion: 'Inclusion',
    'life-at-a-site': 'Life at our sites',
    'work-life-balance': 'Work-life balance',
    learning: 'Learning',
    technology: 'Technology',
    'customer-contact': 'Customer contact',
    leadership: 'Leadership',
  },
  skip: 'Skip to content',
  poweredBy: 'Stories told by colleagues, in their own words.',
  speaks: 'Speaks {languages}',
  shareStory: 'Share this story',
  shareProfile: 'Share this profile',
  shareOn: 'Share on {network}',
  shareByEmail: 'Share by e-mail',
  newWindow: '(opens in a new window)',
  tooFast: 'That was quicker than we expected. Check your question and send it again.',
  expired: 'This form was open for more than a day. Send your question again.',
  leaveEmpty: 'Leave this field empty',
};

export type PublicStrings = typeof en;

const nl: PublicStrings = {
  careersAt: 'Werken bij {org}',
  intro: "Onze collega's vertellen in hun eigen woorden hoe het is om hier te werken. Benieuwd? Vraag het hen.",
  stories: 'Verhalen',
  ambassadors: 'Maak kennis met onze ambassadeurs',
  allAmbassadors: 'Alle ambassadeurs',
  filter: 'Filteren',
  department: 'Afdeling',
  region: 'Regio',
  language: 'Taal',
  any: 'Alle',
  apply: 'Toon',
  noStories: 'Nog geen verhalen voor deze filters.',
  noAmbassadors: 'Nog geen ambassadeurs voor deze filters.',
  readMore: 'Lees verder',
  previous: 'Nieuwer',
  next: 'Ouder',
  askTitle: 'Stel {name} een vraag',
  askHelp:
    '{name} krijgt je vraag per mail en antwoordt wanneer het past. Je adres wordt niet getoond, en het hare of zijne ook niet, tenzij die dat zelf kiest.',
  yourName: 'Je naam',
  yourEmail: 'Je e-mailadres',
  yourQuestion: 'Je vraag',
  send: 'Versturen',
  sent: 'Bedankt! Je vraag is onderweg.',
  backToWall: 'Alle verhalen en ambassadeurs',
  topics: 'Kan je vertellen over',
  by: 'door {name}',
  formerColleague: 'Oud-collega',
  notFound: 'Deze pagina bestaat niet (meer).',
  regions: { flanders: 'Vlaanderen', brussels: 'Brussel', wallonia: 'Wallonië', abroad: 'Buitenland' },
  languages: { nl: 'Nederlands', fr: 'Frans', en: 'Engels', de: 'Duits' },
  topicNames: {
    'career-path': 'Loopbaan',
    'selection-procedure': 'Selectieprocedure',
    onboarding: 'Onboarding',
    'internal-mobility': 'Interne mobiliteit',
    'unexpected-jobs': 'Onverwachte jobs',
    inclusion: 'Inclusie',
    'life-at-a-site': 'Het leven op onze vestigingen',
    'work-life-balance': 'Werk-privébalans',
    learning: 'Leren',
    technology: 'Technologie',
    'customer-contact': 'Klantencontact',
    leadership: 'Leidinggeven',
  },
  skip: 'Naar de inhoud',
  poweredBy: "Verhalen van collega's, in hun eigen woorden.",
  speaks: 'Spreekt {languages}',
  shareStory: 'Deel dit verhaal',
  shareProfile: 'Deel dit profiel',
  shareOn: 'Delen op {network}',
  shareByEmail: 'Delen per e-mail',
  newWindow: '(opent in een nieuw venster)',
  tooFast: 'Dat ging sneller dan we verwachtten. Kijk je vraag na en verstuur ze opnieuw.',
  expired: 'Dit formulier stond meer dan een dag open. Verstuur je vraag opnieuw.',
  leaveEmpty: 'Laat dit veld leeg',
};

const fr: PublicStrings = {
  careersAt: 'Travailler chez {org}',
  intro: "Nos collègues racontent avec leurs propres mots ce que c'est de travailler ici. Curieux ? Posez-leur la question.",
  stories: 'Récits',
  ambassadors: 'Rencontrez nos ambassadeurs',
  allAmbassadors: 'Tous les ambassadeurs',
  filter: 'Filtrer',
  department: 'Département',
  region: 'Région',
  language: 'Langue',
  any: 'Tous',
  apply: 'Afficher',
  noStories: 'Pas encore de récits pour ces filtres.',
  noAmbassadors: "Pas encore d'ambassadeurs pour ces filtres.",
  readMore: 'Lire la suite',
  previous: 'Plus récents',
  next: 'Plus anciens',
  askTitle: 'Posez une question à {name}',
  askHelp:
    '{name} reçoit votre question par e-mail et répond dès que possible. Votre adresse ne lui est pas montrée, et la sienne non plus, sauf si {name} choisit de la partager.',
  yourName: 'Votre nom',
  yourEmail: 'Votre adresse e-mail',
  yourQuestion: 'Votre question',
  send: 'Envoyer',
  sent: 'Merci ! Votre question est en route.',
  backToWall: 'Tous les récits et ambassadeurs',
  topics: 'Peut vous parler de',
  by: 'par {name}',
  formerColleague: 'Ancien·ne collègue',
  notFound: "Cette page n'existe pas (ou plus).",
  regions: { flanders: 'Flandre', brussels: 'Bruxelles', wallonia: 'Wallonie', abroad: 'Étranger' },
  languages: { nl: 'néerlandais', fr: 'français', en: 'anglais', de: 'allemand' },
  topicNames: {
    'career-path': 'Parcours professionnel',
    'selection-procedure': 'Procédure de sélection',
    onboarding: 'Accueil',
    'internal-mobility': 'Mobilité interne',
    'unexpected-jobs': 'Métiers inattendus',
    inclusion: 'Inclusion',
    'life-at-a-site': 'La vie sur nos sites',
    'work-life-balance': 'Équilibre vie pro/privée',
    learning: 'Apprentissage',
    technology: 'Technologie',
    'customer-contact': 'Contact client',
    leadership: 'Management',
  },
  skip: 'Aller au contenu',
  poweredBy: 'Des récits de collègues, avec leurs propres mots.',
  speaks: 'Parle {languages}',
  shareStory: 'Partager ce récit',
  shareProfile: 'Partager ce profil',
  shareOn: 'Partager sur {network}',
  shareByEmail: 'Partager par e-mail',
  newWindow: "(s'ouvre dans une nouvelle fenêtre)",
  tooFast: "C'était plus rapide que prévu. Vérifiez votre question et envoyez-la à nouveau.",
  expired: "Ce formulaire est resté ouvert plus d'un jour. Envoyez à nouveau votre question.",
  leaveEmpty: 'Laissez ce champ vide',
};

export const PUBLIC_STRINGS: Record<PublicLang, PublicStrings> = { nl, fr, en };

export function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k) => vars[k] ?? '');
}

/** The visitor's language: an explicit ?lang=, else the browser's preference, else the organisation's. */
export function pickLanguage(explicit: string | undefined, acceptLanguage: string | undefined, fallback: string): PublicLang {
  if (explicit && (PUBLIC_LANGS as string[]).includes(explicit)) return explicit as PublicLang;
  const prefs = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.slice(0, 2).toLowerCase(), q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((p) => p.lang && p.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const p of prefs) if ((PUBLIC_LANGS as string[]).includes(p.lang)) return p.lang as PublicLang;
  return (PUBLIC_LANGS as string[]).includes(fallback) ? (fallback as PublicLang) : 'en';
}
