/** Settings → Integrations: single sign-on, SCIM provisioning, webhooks and chat channels, one tab each (admins). */
import type { ReactNode } from 'react';
import { useI18n, type MessageKey } from '../../lib/i18n.tsx';
import { Link } from '../../lib/router.tsx';
import { Page } from '../../components/Page.tsx';
import { SsoSettings } from '../../components/integrations/SsoSettings.tsx';
import { ScimTokens } from '../../components/integrations/ScimTokens.tsx';
import { WebhookEndpoints } from '../../components/integrations/WebhookEndpoints.tsx';
import { ChatChannels } from '../../components/integrations/ChatChannels.tsx';
import { NotFoundPage } from '../NotFoundPage.tsx';

const TABS: { tab: string; label: MessageKey; render: () => ReactNode }[] = [
  { tab: 'sso', label: 'integrations.sso', render: () => <SsoSettings /> },
  { tab: 'scim', label: 'integrations.scim', render: () => <ScimTokens /> },
  { tab: 'webhooks', label: 'integrations.webhooks', render: () => <WebhookEndpoints /> },
  { tab: 'chat', label: 'integrations.chat', render: () => <ChatChannels /> },
];

export function IntegrationsNav({ current }: { current: string }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('integrations.nav')} className="amb-subnav">
      <ul>
        {TABS.map(({ tab, label }) => (
          <li key={tab}>
            <Link to={`/settings/integrations/${tab}`} aria-current={current === tab ? 'page' : undefined}>
              {t(label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function IntegrationsPage({ tab }: { tab: string }) {
  const { t } = useI18n();
  const current = TABS.find((x) => x.tab === tab);
  if (!current) return <NotFoundPage />;
  return (
    <Page title={t(current.label)}>
      <IntegrationsNav current={tab} />
      {current.render()}
    </Page>
  );
}
