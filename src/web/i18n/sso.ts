/** The sso texts of the interface, in the three languages (nl and fr typed against en: a missing key does not compile). */
export const ssoEn = {} as const;

export const ssoNl: Record<keyof typeof ssoEn, string> = {};

export const ssoFr: Record<keyof typeof ssoEn, string> = {};
