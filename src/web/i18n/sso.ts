/** The sso texts of the interface, in the three languages (nl and fr typed against en: a missing key does not compile). */
export const ssoEn = {
  'error.sso-required': 'Your organisation signs in with your work account: use “Sign in with your work account”.',
  'error.sso-secret-required': 'Enter the client secret of the identity provider.',
  'error.sso-invalid-issuer': 'This issuer does not fit the chosen identity provider.',
  'error.sso-break-glass-invalid': 'Break-glass accounts must be active admins of this organisation.',
  'error.sso-lockout': 'Name at least one break-glass admin, or sign in with your work account once, before requiring single sign-on.',
  'error.sso-discovery-failed': "The identity provider's discovery document could not be read.",
} as const;

export const ssoNl: Record<keyof typeof ssoEn, string> = {
  'error.sso-required': 'Je organisatie meldt aan met je werkaccount: kies “Aanmelden met je werkaccount”.',
  'error.sso-secret-required': 'Vul het clientgeheim van de identiteitsprovider in.',
  'error.sso-invalid-issuer': 'Deze issuer past niet bij de gekozen identiteitsprovider.',
  'error.sso-break-glass-invalid': 'Noodaccounts moeten actieve beheerders van deze organisatie zijn.',
  'error.sso-lockout':
    'Duid minstens één noodbeheerder aan, of meld je eerst één keer aan met je werkaccount, voor je single sign-on verplicht maakt.',
  'error.sso-discovery-failed': 'Het discoverydocument van de identiteitsprovider kon niet gelezen worden.',
};

export const ssoFr: Record<keyof typeof ssoEn, string> = {
  'error.sso-required':
    'Votre organisation se connecte avec votre compte professionnel\u00a0: choisissez «\u00a0Se connecter avec votre compte professionnel\u00a0».',
  'error.sso-secret-required': 'Saisissez le secret client du fournisseur d’identité.',
  'error.sso-invalid-issuer': 'Cet émetteur ne correspond pas au fournisseur d’identité choisi.',
  'error.sso-break-glass-invalid': 'Les comptes de secours doivent être des administrateurs actifs de cette organisation.',
  'error.sso-lockout':
    'Désignez au moins un administrateur de secours, ou connectez-vous une fois avec votre compte professionnel, avant de rendre l’authentification unique obligatoire.',
  'error.sso-discovery-failed': 'Le document de découverte du fournisseur d’identité n’a pas pu être lu.',
};
