/**
 * The choice to have one's milestones celebrated in the community, and the welcome of new
 * ambassadors, in the three languages (nl and fr typed against en: a missing key does not compile).
 * The milestone cards themselves are the exchange's (exchange.milestone.* in exchange.ts).
 */
export const milestonesEn = {
  'milestones.choiceTitle': 'Milestones in the community',
  'milestones.choice': 'Celebrate my milestones in the community',
  'milestones.choiceHint':
    'When you join, publish your first story, take part in your first event, and each year as an ambassador, colleagues see it in the community and can react. Only milestones from your yes on; saying no removes them at once.',
  'milestones.save': 'Save choice',
  'milestones.savedOn': 'Your milestones will be celebrated in the community.',
  'milestones.savedOff': 'Your milestones are no longer shown in the community.',
  'welcome.title': 'Welcome to the ambassador community, {name}!',
  'welcome.intro': 'Glad you are here. A few first steps, whenever you like:',
  'welcome.stepPost': 'Introduce yourself with a post below, or react to what colleagues share.',
  'welcome.stepEvents': 'Come to a job fair, campus day or meetup',
  'welcome.stepLearning': 'Read the tips and guidelines for ambassadors',
  'welcome.stepMilestones': 'Choose whether the community celebrates your milestones',
  'welcome.dismiss': 'Close the welcome',
};

export const milestonesNl: Record<keyof typeof milestonesEn, string> = {
  'milestones.choiceTitle': 'Mijlpalen in de community',
  'milestones.choice': 'Vier mijn mijlpalen in de community',
  'milestones.choiceHint':
    "Wanneer je lid wordt, je eerste verhaal publiceert, aan je eerste evenement deelneemt, en elk jaar als ambassadeur, zien collega's het in de community en kunnen ze reageren. Alleen mijlpalen vanaf je ja; nee zeggen haalt ze meteen weg.",
  'milestones.save': 'Keuze bewaren',
  'milestones.savedOn': 'Je mijlpalen worden gevierd in de community.',
  'milestones.savedOff': 'Je mijlpalen staan niet meer in de community.',
  'welcome.title': 'Welkom in de ambassadeurscommunity, {name}!',
  'welcome.intro': 'Fijn dat je er bent. Een paar eerste stappen, wanneer het je past:',
  'welcome.stepPost': "Stel je voor met een bericht hieronder, of reageer op wat collega's delen.",
  'welcome.stepEvents': 'Kom naar een jobbeurs, campusdag of meetup',
  'welcome.stepLearning': 'Lees de tips en richtlijnen voor ambassadeurs',
  'welcome.stepMilestones': 'Kies of de community je mijlpalen viert',
  'welcome.dismiss': 'Welkom sluiten',
};

export const milestonesFr: Record<keyof typeof milestonesEn, string> = {
  'milestones.choiceTitle': 'Étapes dans la communauté',
  'milestones.choice': 'Célébrer mes étapes dans la communauté',
  'milestones.choiceHint':
    'Quand vous rejoignez le programme, publiez votre premier récit, participez à votre premier événement, et chaque année comme ambassadeur·rice, vos collègues le voient dans la communauté et peuvent réagir. Seules les étapes à partir de votre oui ; dire non les retire aussitôt.',
  'milestones.save': 'Enregistrer le choix',
  'milestones.savedOn': 'Vos étapes seront célébrées dans la communauté.',
  'milestones.savedOff': "Vos étapes n'apparaissent plus dans la communauté.",
  'welcome.title': 'Bienvenue dans la communauté des ambassadeurs, {name} !',
  'welcome.intro': 'Ravi·e de vous compter parmi nous. Quelques premiers pas, quand vous voulez :',
  'welcome.stepPost': 'Présentez-vous par un message ci-dessous, ou réagissez à ce que partagent vos collègues.',
  'welcome.stepEvents': "Venez à un salon de l'emploi, une journée campus ou une rencontre",
  'welcome.stepLearning': 'Lisez les conseils et les lignes directrices des ambassadeurs',
  'welcome.stepMilestones': 'Choisissez si la communauté célèbre vos étapes',
  'welcome.dismiss': "Fermer l'accueil",
};
