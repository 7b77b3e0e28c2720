/** The calendars texts of the interface, in the three languages (nl and fr typed against en: a missing key does not compile). */
export const calendarsEn = {
  'error.event-only-for-messages': 'Only a message step can be an event with a time: its mail carries the invitation.',
} as const;

export const calendarsNl: Record<keyof typeof calendarsEn, string> = {
  'error.event-only-for-messages': 'Alleen een berichtstap kan een afspraak met een tijdstip zijn: de mail brengt de uitnodiging mee.',
};

export const calendarsFr: Record<keyof typeof calendarsEn, string> = {
  'error.event-only-for-messages': "Seule une étape de message peut être un rendez-vous avec une heure : son e-mail porte l'invitation.",
};
