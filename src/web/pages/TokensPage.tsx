/** API tokens: create one (its secret is shown once), see when each was used, revoke. */
import { useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { can, type ApiToken } from '../lib/types.ts';
import { Page } from '../components/Page.tsx';
import { SecretTokens } from '../components/SecretTokens.tsx';

export function TokensPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const showOwner = can(me, 'tokens.manageAll');

  return (
    <Page title={t('tokens.title')}>
      <p>{t('tokens.intro')}</p>
      <SecretTokens<ApiToken>
        path="/tokens"
        headingId="new-token"
        texts={{
          create: 'tokens.create',
          name: 'tokens.name',
          createButton: 'tokens.createButton',
          secretFor: 'tokens.secretFor',
          none: 'tokens.none',
          table: 'tokens.title',
          prefix: 'tokens.prefix',
          created: 'tokens.created',
          lastUsed: 'tokens.lastUsed',
          never: 'users.never',
          revokedOn: 'tokens.revokedOn',
          revoke: 'tokens.revoke',
          confirmRevoke: 'tokens.confirmRevoke',
          revoked: 'tokens.revoked',
        }}
        whose={showOwner ? { header: t('tokens.owner'), cell: (tok) => tok.userEmail } : undefined}
      />
    </Page>
  );
}
