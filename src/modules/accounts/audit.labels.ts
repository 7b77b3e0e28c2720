/**
 * What each audit action is called, in Dutch, French and English. Pure and browser-safe: the audit
 * page reads it as it is, and the CSV export writes the same words, so the two never disagree. An
 * action not listed here (a new one) shows as its code, which is still readable.
 */
export type AuditLang = 'nl' | 'fr' | 'en';
type Label = Record<AuditLang, string>;

const L = (nl: string, fr: string, en: string): Label => ({ nl, fr, en });

export const AUDIT_ACTIONS: Record<string, Label> = {
  'auth.sign_in': L('Aangemeld', 'Connexion', 'Signed in'),
  'auth.sign_in_failed': L('Aanmelden mislukt', 'Échec de la connexion', 'Sign-in failed'),
  'auth.sign_out': L('Afgemeld', 'Déconnexion', 'Signed out'),
  'auth.sign_out_all': L('Overal afgemeld', 'Déconnexion partout', 'Signed out everywhere'),
  'auth.password_reset_requested': L('Nieuw wachtwoord aangevraagd', 'Nouveau mot de passe demandé', 'New password requested'),
  'auth.password_reset': L('Nieuw wachtwoord gekozen', 'Nouveau mot de passe choisi', 'New password chosen'),
  'users.add': L('Gebruiker toegevoegd', 'Utilisateur ajouté', 'User added'),
  'users.update': L('Gebruiker gewijzigd', 'Utilisateur modifié', 'User changed'),
  'users.invite': L('Gebruiker uitgenodigd', 'Utilisateur invité', 'User invited'),
  'users.invitation_revoked': L('Uitnodiging ingetrokken', 'Invitation retirée', 'Invitation withdrawn'),
  'users.invitation_accepted': L('Uitnodiging aanvaard', 'Invitation acceptée', 'Invitation accepted'),
  'tokens.create': L('API-token aangemaakt', "Jeton d'API créé", 'API token created'),
  'tokens.revoke': L('API-token ingetrokken', "Jeton d'API révoqué", 'API token revoked'),
  'org.create': L('Organisatie aangemaakt', 'Organisation créée', 'Organisation created'),
  'org.update': L('Instellingen van de organisatie gewijzigd', "Paramètres de l'organisation modifiés", 'Organisation settings changed'),
  'sites.update': L('Vestiging gewijzigd', 'Site modifié', 'Site changed'),
  'branding.update': L(
    'Huisstijl van de carrièrepagina gewijzigd',
    'Image de marque de la page carrières modifiée',
    'Careers page branding changed',
  ),
  'branding.logo': L('Logo gewijzigd', 'Logo modifié', 'Logo changed'),
  'branding.logo.remove': L('Logo verwijderd', 'Logo supprimé', 'Logo removed'),
  'branding.hero': L('Afbeelding bovenaan gewijzigd', "Image d'en-tête modifiée", 'Hero image changed'),
  'branding.hero.remove': L('Afbeelding bovenaan verwijderd', "Image d'en-tête supprimée", 'Hero image removed'),
  'people.import': L('Personen geïmporteerd', 'Personnes importées', 'People imported'),
  'people.export': L('Personen geëxporteerd', 'Personnes exportées', 'People exported'),
  'privacy.export': L('Eigen gegevens gedownload', 'Données personnelles téléchargées', 'Own data downloaded'),
  'privacy.erase_optional': L('Optionele gegevens gewist', 'Données facultatives effacées', 'Optional data erased'),
  'program.invite': L('Uitgenodigd als ambassadeur', 'Invité·e comme ambassadeur·rice', 'Invited to be an ambassador'),
  'stories.hide': L('Verhaal verborgen', 'Récit masqué', 'Story hidden'),
  'stories.unhide': L('Verhaal weer zichtbaar', 'Récit de nouveau visible', 'Story shown again'),
  'resources.create': L('Richtlijn of opleiding toegevoegd', 'Consigne ou formation ajoutée', 'Guideline or training added'),
  'resources.update': L('Richtlijn of opleiding gewijzigd', 'Consigne ou formation modifiée', 'Guideline or training changed'),
  'journeys.create': L('Traject aangemaakt', 'Parcours créé', 'Journey created'),
  'journeys.update': L('Traject gewijzigd', 'Parcours modifié', 'Journey changed'),
  'journeys.delete': L('Traject verwijderd', 'Parcours supprimé', 'Journey deleted'),
  'journeys.step_add': L('Stap toegevoegd', 'Étape ajoutée', 'Step added'),
  'journeys.step_update': L('Stap gewijzigd', 'Étape modifiée', 'Step changed'),
  'journeys.step_delete': L('Stap verwijderd', 'Étape supprimée', 'Step deleted'),
  'deliveries.retry': L('Verzending opnieuw geprobeerd', 'Envoi relancé', 'Delivery retried'),
  'buddies.assign': L('Meter/peter toegewezen', 'Parrain ou marraine attribué·e', 'Buddy assigned'),
  'moments.run': L('Momenten met de hand uitgevoerd', 'Moments lancés manuellement', 'Moments run by hand'),
  'moments.unsubscribe': L(
    'Mail uitgezet met de uitschrijflink',
    'Mail désactivé par le lien de désabonnement',
    'Mail turned off by its unsubscribe link',
  ),
  'surveys.create': L('Bevraging aangemaakt', 'Enquête créée', 'Survey created'),
  'surveys.update': L('Bevraging gewijzigd', 'Enquête modifiée', 'Survey changed'),
  'surveys.delete': L('Bevraging verwijderd', 'Enquête supprimée', 'Survey deleted'),
  'surveys.open': L('Bevraging geopend', 'Enquête ouverte', 'Survey opened'),
  'surveys.close': L('Bevraging gesloten', 'Enquête clôturée', 'Survey closed'),
  'surveys.question_add': L('Vraag toegevoegd', 'Question ajoutée', 'Question added'),
  'surveys.question_update': L('Vraag gewijzigd', 'Question modifiée', 'Question changed'),
  'surveys.question_delete': L('Vraag verwijderd', 'Question supprimée', 'Question removed'),
  'surveys.question_reorder': L('Vragen anders geordend', 'Questions réordonnées', 'Questions reordered'),
  'surveys.campaign': L('Bevraging verstuurd naar een groep', 'Enquête envoyée à un groupe', 'Survey sent to a group'),
  'surveys.settings': L(
    'Bewaartermijn van antwoorden gewijzigd',
    'Durée de conservation des réponses modifiée',
    'Answer retention changed',
  ),
  'audit.export': L('Auditlog geëxporteerd', "Journal d'audit exporté", 'Audit log exported'),
  // sso
  'sso.create': L('Single sign-on ingesteld', 'Authentification unique configurée', 'Single sign-on set up'),
  'sso.update': L('Single sign-on gewijzigd', 'Authentification unique modifiée', 'Single sign-on changed'),
  'sso.delete': L('Single sign-on verwijderd', 'Authentification unique supprimée', 'Single sign-on removed'),
  'sso.failed': L('Aanmelden met werkaccount mislukt', 'Échec de la connexion avec le compte professionnel', 'Work account sign-in failed'),
  'sso.account_created': L(
    'Account aangemaakt via werkaccount',
    'Compte créé via le compte professionnel',
    'Account created through work account',
  ),
  'sso.account_linked': L('Account gekoppeld aan werkaccount', 'Compte relié au compte professionnel', 'Account linked to work account'),
  'sso.role_changed': L('Rol gewijzigd via groepen', 'Rôle modifié selon les groupes', 'Role changed from groups'),
  'auth.sign_in_sso': L('Aangemeld met werkaccount', 'Connexion avec le compte professionnel', 'Signed in with work account'),
  // webhooks
  'webhooks.create': L('Webhook toegevoegd', 'Webhook ajouté', 'Webhook added'),
  'webhooks.update': L('Webhook gewijzigd', 'Webhook modifié', 'Webhook changed'),
  'webhooks.enable': L('Webhook ingeschakeld', 'Webhook activé', 'Webhook enabled'),
  'webhooks.disable': L('Webhook uitgeschakeld', 'Webhook désactivé', 'Webhook disabled'),
  'webhooks.auto_disable': L('Webhook automatisch uitgeschakeld', 'Webhook désactivé automatiquement', 'Webhook disabled automatically'),
  'webhooks.delete': L('Webhook verwijderd', 'Webhook supprimé', 'Webhook deleted'),
  'webhooks.rotate_secret': L('Geheim van webhook vernieuwd', 'Secret du webhook renouvelé', 'Webhook secret rotated'),
  'webhooks.test': L('Webhook getest', 'Webhook testé', 'Webhook tested'),
  'webhooks.replay': L('Webhooklevering opnieuw verstuurd', 'Livraison de webhook renvoyée', 'Webhook delivery replayed'),
  // scim
  'scim.tokens.create': L('SCIM-token aangemaakt', 'Jeton SCIM créé', 'SCIM token created'),
  'scim.tokens.revoke': L('SCIM-token ingetrokken', 'Jeton SCIM révoqué', 'SCIM token revoked'),
  'scim.users.create': L('Persoon aangemaakt via SCIM', 'Personne créée via SCIM', 'Person created through SCIM'),
  'scim.users.replace': L('Persoon vervangen via SCIM', 'Personne remplacée via SCIM', 'Person replaced through SCIM'),
  'scim.users.patch': L('Persoon gewijzigd via SCIM', 'Personne modifiée via SCIM', 'Person changed through SCIM'),
  'scim.users.delete': L('Persoon verwijderd via SCIM', 'Personne supprimée via SCIM', 'Person removed through SCIM'),
  // calendars
  'calendar_feed.create': L('Agendafeed aangemaakt', "Flux d'agenda créé", 'Calendar feed created'),
  'calendar_feed.revoke': L('Agendafeed ingetrokken', "Flux d'agenda révoqué", 'Calendar feed revoked'),
  // chat and bulk invitations
  'chat.channel_create': L('Chatkanaal toegevoegd', 'Canal de discussion ajouté', 'Chat channel added'),
  'chat.channel_update': L('Chatkanaal gewijzigd', 'Canal de discussion modifié', 'Chat channel changed'),
  'chat.channel_delete': L('Chatkanaal verwijderd', 'Canal de discussion supprimé', 'Chat channel removed'),
  'chat.channel_test': L('Chatkanaal getest', 'Canal de discussion testé', 'Chat channel tested'),
  'users.bulk_invite': L('Groepsuitnodiging gestart', 'Invitation groupée lancée', 'Bulk invitation started'),
  'users.bulk_invite_chunk': L(
    'Uitnodigingen van een groepsuitnodiging verstuurd',
    "Invitations d'une invitation groupée envoyées",
    'Bulk invitation: invitations sent',
  ),
  'users.bulk_invite_done': L('Groepsuitnodiging voltooid', 'Invitation groupée terminée', 'Bulk invitation finished'),
  'users.bulk_invite_stopped': L(
    'Groepsuitnodiging gestopt (single sign-on verplicht)',
    'Invitation groupée arrêtée (SSO obligatoire)',
    'Bulk invitation stopped (single sign-on required)',
  ),
  // community
  'community.post.hide': L('Bericht verborgen (juridische reden)', 'Message masqué (raison juridique)', 'Post hidden (legal reason)'),
  'community.post.unhide': L('Bericht weer zichtbaar', 'Message de nouveau visible', 'Post shown again'),
  'community.comment.hide': L(
    'Reactie verborgen (juridische reden)',
    'Commentaire masqué (raison juridique)',
    'Comment hidden (legal reason)',
  ),
  'community.comment.unhide': L('Reactie weer zichtbaar', 'Commentaire de nouveau visible', 'Comment shown again'),
  'community.post.pin': L('Bericht vastgemaakt', 'Message épinglé', 'Post pinned'),
  'community.post.unpin': L('Bericht losgemaakt', 'Message désépinglé', 'Post unpinned'),
  'community.settings': L('Instellingen van de community gewijzigd', 'Paramètres de la communauté modifiés', 'Community settings changed'),
  'community.topic.create': L('Onderwerp aangemaakt', 'Sujet créé', 'Topic created'),
  'events.create': L('Evenement aangemaakt', 'Événement créé', 'Event created'),
  'events.update': L('Evenement gewijzigd', 'Événement modifié', 'Event changed'),
  'events.cancel': L('Evenement geannuleerd', 'Événement annulé', 'Event cancelled'),
  'events.invite': L('Uitgenodigd voor een evenement', 'Invités à un événement', 'Invited to an event'),
  'events.attendance': L('Aanwezigheid genoteerd', 'Présences enregistrées', 'Attendance recorded'),
  'alumni.chose': L(
    'Koos om alumni-ambassadeur te blijven',
    'A choisi de rester ambassadeur·rice alumni',
    'Chose to stay on as an alumni ambassador',
  ),
  'alumni.left': L('Gestopt als alumni-ambassadeur', 'A arrêté comme ambassadeur·rice alumni', 'Stopped being an alumni ambassador'),
};

/** The groups an action filter offers besides single actions: every action starting with the prefix. */
export const AUDIT_GROUPS: Record<string, Label> = {
  'alumni.': L('Alumni-ambassadeurs', 'Ambassadeur·rice·s alumni', 'Alumni ambassadors'),
  'auth.': L('Aanmelden en afmelden', 'Connexions et déconnexions', 'Signing in and out'),
  'users.': L('Gebruikers en uitnodigingen', 'Utilisateurs et invitations', 'Users and invitations'),
  'tokens.': L('API-tokens', "Jetons d'API", 'API tokens'),
  'org.': L('Organisatie', 'Organisation', 'Organisation'),
  'branding.': L('Huisstijl', 'Image de marque', 'Branding'),
  'people.': L('Personen', 'Personnes', 'People'),
  'privacy.': L('Privacy', 'Vie privée', 'Privacy'),
  'stories.': L('Verhalen', 'Récits', 'Stories'),
  'journeys.': L('Trajecten', 'Parcours', 'Journeys'),
  'moments.': L('Momenten', 'Moments', 'Moments'),
  'surveys.': L('Bevragingen', 'Enquêtes', 'Surveys'),
  'webhooks.': L('Webhooks', 'Webhooks', 'Webhooks'),
  'sso.': L('Single sign-on', 'Authentification unique', 'Single sign-on'),
  'scim.': L('SCIM-provisioning', 'Provisionnement SCIM', 'SCIM provisioning'),
  'chat.': L('Chatkanalen', 'Canaux de discussion', 'Chat channels'),
  'calendar_feed.': L('Agendafeeds', "Flux d'agenda", 'Calendar feeds'),
  'community.': L('Community', 'Communauté', 'Community'),
  'events.': L('Evenementen', 'Événements', 'Events'),
};

/** The action's name in `lang`, or its code when it has none. */
export function actionLabel(action: string, lang: AuditLang): string {
  return Object.hasOwn(AUDIT_ACTIONS, action) ? AUDIT_ACTIONS[action][lang] : action;
}
