/** The community exchange texts of the interface, in the three languages (nl and fr typed against en: a missing key does not compile). */
export const exchangeEn = {} as const;

export const exchangeNl: Record<keyof typeof exchangeEn, string> = {};

export const exchangeFr: Record<keyof typeof exchangeEn, string> = {};
