/** The chat texts of the interface, in the three languages (nl and fr typed against en: a missing key does not compile). */
export const chatEn = {} as const;

export const chatNl: Record<keyof typeof chatEn, string> = {};

export const chatFr: Record<keyof typeof chatEn, string> = {};
