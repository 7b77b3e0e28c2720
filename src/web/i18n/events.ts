/** The community events texts of the interface, in the three languages (nl and fr typed against en: a missing key does not compile). */
export const eventsEn = {
  'error.event-closed': 'Sign-ups for this event are closed: it was cancelled or has started.',
  'error.event-role-unknown': 'This event has no role "{role}".',
  'error.event-role-in-use': 'People signed up for the role "{role}": keep it.',
} as const;

export const eventsNl: Record<keyof typeof eventsEn, string> = {
  'error.event-closed': 'Inschrijven voor dit evenement kan niet meer: het is geannuleerd of al begonnen.',
  'error.event-role-unknown': 'Dit evenement heeft geen rol "{role}".',
  'error.event-role-in-use': 'Er zijn mensen ingeschreven voor de rol "{role}": behoud die.',
};

export const eventsFr: Record<keyof typeof eventsEn, string> = {
  'error.event-closed': 'Les inscriptions à cet événement sont fermées : il a été annulé ou a déjà commencé.',
  'error.event-role-unknown': "Cet événement n'a pas de rôle « {role} ».",
  'error.event-role-in-use': 'Des personnes sont inscrites pour le rôle « {role} » : gardez-le.',
};
