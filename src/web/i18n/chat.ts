/** The chat texts of the interface, in the three languages (nl and fr typed against en: a missing key does not compile). */
export const chatEn = {
  'error.chat-channel-in-use': 'Journey steps still post to this channel ({journeys}). Change those steps first.',
  'error.chat-url-wrong-host': 'This is not an incoming webhook address of this service.',
  'error.chat-url-refused': 'This address cannot be used: it must start with https:// and point to the internet, not to a private network.',
  'error.bulk-invitations-sso-required':
    'Everyone in your organisation signs in with single sign-on: people do not need an invitation with a password.',
} as const;

export const chatNl: Record<keyof typeof chatEn, string> = {
  'error.chat-channel-in-use': 'Stappen van trajecten posten nog in dit kanaal ({journeys}). Pas die stappen eerst aan.',
  'error.chat-url-wrong-host': 'Dit is geen webhookadres van deze dienst.',
  'error.chat-url-refused':
    'Dit adres kan niet gebruikt worden: het moet met https:// beginnen en naar het internet wijzen, niet naar een privénetwerk.',
  'error.bulk-invitations-sso-required':
    'Iedereen in je organisatie meldt zich aan met single sign-on: mensen hebben geen uitnodiging met een wachtwoord nodig.',
};

export const chatFr: Record<keyof typeof chatEn, string> = {
  'error.chat-channel-in-use': 'Des étapes de parcours publient encore dans ce canal ({journeys}). Modifiez d’abord ces étapes.',
  'error.chat-url-wrong-host': 'Ce n’est pas une adresse de webhook entrant de ce service.',
  'error.chat-url-refused':
    'Cette adresse ne peut pas être utilisée : elle doit commencer par https:// et mener à Internet, pas à un réseau privé.',
  'error.bulk-invitations-sso-required':
    'Tout le monde dans votre organisation se connecte par authentification unique (SSO) : personne n’a besoin d’une invitation avec mot de passe.',
};
