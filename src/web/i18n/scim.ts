/** The scim texts of the interface, in the three languages (nl and fr typed against en: a missing key does not compile). */
export const scimEn = {} as const;

export const scimNl: Record<keyof typeof scimEn, string> = {};

export const scimFr: Record<keyof typeof scimEn, string> = {};
