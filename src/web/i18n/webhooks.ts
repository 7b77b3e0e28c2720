/** The webhooks texts of the interface, in the three languages (nl and fr typed against en: a missing key does not compile). */
export const webhooksEn = {
  'error.webhook-url-refused':
    'This address cannot be used: it must start with https://, carry no user name or password, and point to the internet, not to a private network ({reason}).',
  'error.webhook-endpoint-disabled': 'This endpoint is disabled: enable it first.',
  'error.webhook-delivery-pending': 'This delivery is still being sent; wait until it is delivered or has failed.',
} as const;

export const webhooksNl: Record<keyof typeof webhooksEn, string> = {
  'error.webhook-url-refused':
    'Dit adres kan niet: het moet met https:// beginnen, zonder gebruikersnaam of wachtwoord, en naar het internet wijzen, niet naar een privénetwerk ({reason}).',
  'error.webhook-endpoint-disabled': 'Dit eindpunt is uitgeschakeld: schakel het eerst in.',
  'error.webhook-delivery-pending': 'Deze levering wordt nog verstuurd; wacht tot ze geleverd of mislukt is.',
};

export const webhooksFr: Record<keyof typeof webhooksEn, string> = {
  'error.webhook-url-refused':
    'Cette adresse ne peut pas être utilisée : elle doit commencer par https://, sans nom d’utilisateur ni mot de passe, et pointer vers internet, pas vers un réseau privé ({reason}).',
  'error.webhook-endpoint-disabled': 'Ce point de terminaison est désactivé : activez-le d’abord.',
  'error.webhook-delivery-pending': 'Cette livraison est encore en cours d’envoi ; attendez qu’elle soit livrée ou en échec.',
};
