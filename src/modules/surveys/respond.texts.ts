/**
 * Every word a respondent reads on /answer/<token>, in Dutch, French and English. French keeps its
 * ? : ! ; with the word before (a no-break space, \u00a0), as in the unsubscribe pages.
 */
import type { UiLanguage } from '../../platform/language.ts';
import { dateTimeFormat } from '../../platform/intl.ts';

export interface RespondTexts {
  languageName: string;
  languageNav: string;
  preview: string;
  promiseTitle: string;
  promiseStored: string;
  promiseMinGroup: (n: number) => string;
  promiseMinComments: (n: number) => string;
  promiseRetention: (months: number) => string;
  promisePersonal: string;
  requiredNote: string;
  optional: string;
  enpsLow: string;
  enpsHigh: string;
  scaleLow: string;
  scaleHigh: string;
  questionOf: (i: number, n: number) => string;
  /** "Question 2: answer this question" */
  labelled: (label: string, text: string) => string;
  save: string;
  submit: string;
  saved: (until: string) => string;
  errorTitle: string;
  errors: { required: string; range: string; option: string; tooLong: (max: number) => string; unstorable: string };
  thanksTitle: string;
  thanks: string;
  closeHint: string;
  alreadyTitle: string;
  already: string;
  expiredTitle: string;
  expired: string;
  closedTitle: string;
  closed: string;
  tooManyTitle: string;
  tooMany: string;
  badFormTitle: string;
  badForm: string;
  alumniTitle: string;
  alumniAsk: string;
  alumniNotAnonymous: string;
  alumniYes: string;
  alumniSaidYes: (date: string) => string;
  alumniWithdraw: string;
  alumniThanks: string;
  alumniWithdrawn: string;
  /** The link to the alumni choice itself (a personal address for the alumni account). */
  alumniChoose: string;
  momentsTitle: string;
  momentsAsk: string;
  momentsConsent: string;
  momentsYes: string;
  momentsConsentMissing: string;
  momentsDone: string;
}

export const RESPOND_TEXTS: Record<UiLanguage, RespondTexts> = {
  nl: {
    languageName: 'Nederlands',
    languageNav: 'Taal',
    preview: 'Voorbeeld — antwoorden worden niet bewaard',
    promiseTitle: 'Je antwoorden zijn anoniem',
    promiseStored: 'Je antwoorden worden bewaard zonder je naam en zonder enige link naar jou.',
    promiseMinGroup: (n) => `Resultaten worden alleen getoond voor groepen van minstens ${n} mensen.`,
    promiseMinComments: (n) =>
      `Opmerkingen worden alleen getoond voor groepen van minstens ${n} mensen, in willekeurige volgorde en zonder datum.`,
    promiseRetention: (m) => `De afzonderlijke antwoorden worden na ${m} maanden gewist; alleen de totalen blijven.`,
    promisePersonal: 'Deze link is persoonlijk: stuur hem niet door.',
    requiredNote: 'Alle vragen zijn verplicht, tenzij er "optioneel" bij staat.',
    optional: '(optioneel)',
    enpsLow: '0 = helemaal niet waarschijnlijk',
    enpsHigh: '10 = zeer waarschijnlijk',
    scaleLow: '1 = helemaal niet akkoord',
    scaleHigh: '5 = helemaal akkoord',
    questionOf: (i, n) => `Vraag ${i} van ${n}`,
    labelled: (l, x) => `${l}: ${x}`,
    save: 'Bewaren en later verdergaan',
    submit: 'Mijn antwoorden versturen',
    saved: (until) => `Bewaard. Kom terug met dezelfde link om verder te gaan, tot ${until}.`,
    errorTitle: 'Kijk deze antwoorden na',
    errors: {
      required: 'Beantwoord deze vraag.',
      range: 'Kies een van de getallen.',
      option: 'Kies een van de mogelijkheden.',
      tooLong: (max) => `Gebruik hoogstens ${max} tekens.`,
      unstorable: 'Verwijder de ongeldige tekens (een kapotte emoji of een onzichtbaar teken).',
    },
    thanksTitle: 'Bedankt!',
    thanks: 'Je antwoorden zijn bewaard, zonder je naam.',
    closeHint: 'Je mag deze pagina sluiten.',
    alreadyTitle: 'Je hebt al geantwoord',
    already: 'Je hebt deze vragenlijst al ingevuld. Bedankt!',
    expiredTitle: 'Deze link is verlopen',
    expired: 'De tijd om deze vragenlijst in te vullen is voorbij.',
    closedTitle: 'Deze vragenlijst is afgesloten',
    closed: 'Er kunnen geen antwoorden meer bij komen.',
    tooManyTitle: 'Even geduld',
    tooMany: 'Te veel pogingen na elkaar. Probeer het over enkele minuten opnieuw.',
    badFormTitle: 'Het formulier kon niet gelezen worden',
    badForm: 'Open de link opnieuw en probeer nog eens.',
    alumniTitle: 'In contact blijven?',
    alumniAsk: 'Wil je na je vertrek in contact blijven als alumni-ambassadeur?',
    alumniNotAnonymous: 'Let op: dit is niet anoniem. Dit antwoord wordt met je naam bewaard, los van je antwoorden op de vragenlijst.',
    alumniYes: 'Ja, hou me op de hoogte',
    alumniSaidYes: (d) => `Je zei ja op ${d}.`,
    alumniWithdraw: 'Intrekken',
    alumniThanks: 'Bedankt, we houden contact.',
    alumniChoose: 'Meteen kiezen: je persoonlijk e-mailadres voor je alumni-account',
    alumniWithdrawn: 'Ingetrokken: je staat niet meer op de lijst.',
    momentsTitle: 'Wil je deze momenten voor jezelf?',
    momentsAsk:
      'Je duidde deze momenten aan als belangrijk. Zullen we ze ook voor jou opmerken? Je kunt dat altijd wijzigen bij Mijn momenten.',
    momentsConsent:
      'Ik ga akkoord dat Embassy deze momenten bij mijn persoonlijke voorkeuren bewaart (met mijn naam, los van mijn antwoorden).',
    momentsYes: 'Ja, voeg ze toe',
    momentsConsentMissing: 'Vink het vakje aan om akkoord te gaan.',
    momentsDone: 'Klaar: deze momenten staan nu bij je voorkeuren.',
  },
  fr: {
    languageName: 'Français',
    languageNav: 'Langue',
    preview: 'Aperçu — les réponses ne sont pas enregistrées',
    promiseTitle: 'Vos réponses sont anonymes',
    promiseStored: 'Vos réponses sont enregistrées sans votre nom ni aucun lien avec vous.',
    promiseMinGroup: (n) => `Les résultats ne sont montrés que pour des groupes d’au moins ${n}\u00a0personnes.`,
    promiseMinComments: (n) =>
      `Les commentaires ne sont montrés que pour des groupes d’au moins ${n}\u00a0personnes, dans un ordre aléatoire et sans date.`,
    promiseRetention: (m) => `Les réponses individuelles sont effacées après ${m}\u00a0mois\u00a0; seuls les totaux restent.`,
    promisePersonal: 'Ce lien est personnel\u00a0: merci de ne pas le transférer.',
    requiredNote: 'Toutes les questions sont obligatoires, sauf celles marquées «\u00a0facultatif\u00a0».',
    optional: '(facultatif)',
    enpsLow: '0 = pas du tout probable',
    enpsHigh: '10 = très probable',
    scaleLow: '1 = pas du tout d’accord',
    scaleHigh: '5 = tout à fait d’accord',
    questionOf: (i, n) => `Question ${i} sur ${n}`,
    labelled: (l, x) => `${l}\u00a0: ${x}`,
    save: 'Enregistrer et continuer plus tard',
    submit: 'Envoyer mes réponses',
    saved: (until) => `Enregistré. Revenez avec le même lien pour continuer, jusqu’au ${until}.`,
    errorTitle: 'Vérifiez ces réponses',
    errors: {
      required: 'Répondez à cette question.',
      range: 'Choisissez un des chiffres.',
      option: 'Choisissez une des possibilités.',
      tooLong: (max) => `Utilisez au plus ${max}\u00a0caractères.`,
      unstorable: 'Retirez les caractères non valables (un émoji cassé ou un caractère invisible).',
    },
    thanksTitle: 'Merci\u00a0!',
    thanks: 'Vos réponses sont enregistrées, sans votre nom.',
    closeHint: 'Vous pouvez fermer cette page.',
    alreadyTitle: 'Vous avez déjà répondu',
    already: 'Vous avez déjà répondu à ce questionnaire. Merci\u00a0!',
    expiredTitle: 'Ce lien a expiré',
    expired: 'Le délai pour répondre à ce questionnaire est passé.',
    closedTitle: 'Ce questionnaire est clôturé',
    closed: 'Il n’accepte plus de réponses.',
    tooManyTitle: 'Un instant',
    tooMany: 'Trop de tentatives d’affilée. Réessayez dans quelques minutes.',
    badFormTitle: 'Le formulaire n’a pas pu être lu',
    badForm: 'Rouvrez le lien et réessayez.',
    alumniTitle: 'Garder le contact\u00a0?',
    alumniAsk: 'Voulez-vous garder le contact après votre départ, comme ambassadeur alumni\u00a0?',
    alumniNotAnonymous:
      'Attention\u00a0: ceci n’est pas anonyme. Cette réponse est enregistrée avec votre nom, à part de vos réponses au questionnaire.',
    alumniYes: 'Oui, tenez-moi au courant',
    alumniSaidYes: (d) => `Vous avez dit oui le ${d}.`,
    alumniWithdraw: 'Retirer',
    alumniThanks: 'Merci, nous garderons le contact.',
    alumniChoose: 'Choisir maintenant : votre adresse e-mail personnelle pour votre compte alumni',
    alumniWithdrawn: 'Retiré\u00a0: vous n’êtes plus sur la liste.',
    momentsTitle: 'Faire de ces moments les vôtres\u00a0?',
    momentsAsk:
      'Vous avez indiqué que ces moments comptent pour vous. Voulez-vous que nous les soulignions aussi pour vous\u00a0? Vous pouvez changer cela à tout moment dans Mes moments.',
    momentsConsent: 'J’accepte qu’Embassy enregistre ces moments dans mes préférences personnelles (avec mon nom, à part de mes réponses).',
    momentsYes: 'Oui, les ajouter',
    momentsConsentMissing: 'Cochez la case pour donner votre accord.',
    momentsDone: 'C’est fait\u00a0: ces moments sont dans vos préférences.',
  },
  en: {
    languageName: 'English',
    languageNav: 'Language',
    preview: 'Preview — answers are not saved',
    promiseTitle: 'Your answers are anonymous',
    promiseStored: 'Your answers are stored without your name or any link to you.',
    promiseMinGroup: (n) => `Results are only shown for groups of at least ${n} people.`,
    promiseMinComments: (n) => `Comments are only shown for groups of at least ${n} people, in random order and without dates.`,
    promiseRetention: (m) => `Individual answers are deleted after ${m} months; only the totals remain.`,
    promisePersonal: 'This link is personal: please do not forward it.',
    requiredNote: 'All questions are required unless marked "optional".',
    optional: '(optional)',
    enpsLow: '0 = not at all likely',
    enpsHigh: '10 = extremely likely',
    scaleLow: '1 = strongly disagree',
    scaleHigh: '5 = strongly agree',
    questionOf: (i, n) => `Question ${i} of ${n}`,
    labelled: (l, x) => `${l}: ${x}`,
    save: 'Save and finish later',
    submit: 'Send my answers',
    saved: (until) => `Saved. Come back with the same link to finish, until ${until}.`,
    errorTitle: 'Please check these answers',
    errors: {
      required: 'Answer this question.',
      range: 'Choose one of the numbers.',
      option: 'Choose one of the options.',
      tooLong: (max) => `Use at most ${max} characters.`,
      unstorable: 'Remove the invalid characters (a broken emoji or an invisible character).',
    },
    thanksTitle: 'Thank you!',
    thanks: 'Your answers have been saved, without your name.',
    closeHint: 'You may close this page.',
    alreadyTitle: 'You already answered',
    already: 'You have already answered this survey. Thank you!',
    expiredTitle: 'This link has expired',
    expired: 'The time to answer this survey is over.',
    closedTitle: 'This survey is closed',
    closed: 'It no longer takes answers.',
    tooManyTitle: 'One moment',
    tooMany: 'Too many attempts in a row. Try again in a few minutes.',
    badFormTitle: 'The form could not be read',
    badForm: 'Open the link again and try once more.',
    alumniTitle: 'Stay in touch?',
    alumniAsk: 'Would you like to stay in touch as an alumni ambassador after you leave?',
    alumniNotAnonymous: 'Please note: this is not anonymous. This answer is saved with your name, apart from your survey answers.',
    alumniYes: 'Yes, keep me posted',
    alumniSaidYes: (d) => `You said yes on ${d}.`,
    alumniWithdraw: 'Withdraw',
    alumniThanks: 'Thank you, we will stay in touch.',
    alumniChoose: 'Choose now: your personal email address for your alumni account',
    alumniWithdrawn: 'Withdrawn: you are no longer on the list.',
    momentsTitle: 'Turn these into your own moments?',
    momentsAsk: 'You said these moments matter to you. Shall we notice them for you too? You can change this at any time under My moments.',
    momentsConsent: 'I agree that Embassy keeps these moments in my personal preferences (with my name, apart from my answers).',
    momentsYes: 'Yes, add them',
    momentsConsentMissing: 'Tick the box to agree first.',
    momentsDone: 'Done: these moments are now in your preferences.',
  },
};

/** The page for a link we cannot place: we do not know whose language, so all three. */
export const UNKNOWN_LINK: Record<UiLanguage, string> = {
  nl: 'Deze link is niet geldig (meer). Kreeg je een nieuwere mail over deze vragenlijst? Gebruik dan de link daarin.',
  fr: 'Ce lien n’est pas (ou plus) valable. Vous avez reçu un message plus récent pour ce questionnaire\u00a0? Utilisez son lien.',
  en: 'This link is not valid (any more). Did you get a newer mail about this survey? Use the link in that one.',
};

const LOCALES: Record<UiLanguage, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

/** A day as people write it ("12 december 2026"), where the organisation is. */
export function longDate(at: Date, lang: UiLanguage, timeZone: string): string {
  return dateTimeFormat(LOCALES[lang], { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(at);
}
