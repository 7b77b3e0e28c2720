/** The community events texts of the interface, in the three languages (nl and fr typed against en: a missing key does not compile). */
export const eventsEn = {} as const;

export const eventsNl: Record<keyof typeof eventsEn, string> = {};

export const eventsFr: Record<keyof typeof eventsEn, string> = {};
