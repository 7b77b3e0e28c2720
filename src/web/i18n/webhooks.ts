/** The webhooks texts of the interface, in the three languages (nl and fr typed against en: a missing key does not compile). */
export const webhooksEn = {} as const;

export const webhooksNl: Record<keyof typeof webhooksEn, string> = {};

export const webhooksFr: Record<keyof typeof webhooksEn, string> = {};
