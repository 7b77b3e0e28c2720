/** The calendars texts of the interface, in the three languages (nl and fr typed against en: a missing key does not compile). */
export const calendarsEn = {} as const;

export const calendarsNl: Record<keyof typeof calendarsEn, string> = {};

export const calendarsFr: Record<keyof typeof calendarsEn, string> = {};
