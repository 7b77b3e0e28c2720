/** Settings → Integrations → SCIM: the base URL to give the identity provider, and its bearer tokens (shown once, revocable). */
import { useState } from 'react';
import { useI18n } from '../../lib/i18n.tsx';
import type { Schema } from '../../lib/types.ts';
import { SecretTokens } from '../SecretTokens.tsx';

type ScimToken = Schema<'ScimToken'>;

function BaseUrl() {
  const { t } = useI18n();
  const url = `${window.location.origin}/scim/v2`;
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="secret-row">
      <label htmlFor="scim-base-url" className="visually-hidden">
        {t('scim.baseUrl')}
      </label>
      <input id="scim-base-url" readOnly value={url} onFocus={(e) => e.target.select()} />
      <button type="button" className="button" onClick={copy}>
        {t('scim.copyUrl')}
      </button>
      <span role="status" className="hint">
        {copied === true ? t('scim.copied') : copied === false ? t('scim.copyManually') : ''}
      </span>
    </div>
  );
}

export function ScimTokens() {
  const { t } = useI18n();
  return (
    <>
      <p>{t('scim.intro')}</p>
      <section className="card" aria-labelledby="scim-base">
        <h2 id="scim-base">{t('scim.baseUrl')}</h2>
        <p className="hint">{t('scim.baseUrlHint')}</p>
        <BaseUrl />
      </section>
      <SecretTokens<ScimToken>
        path="/scim/tokens"
        headingId="scim-new"
        texts={{
          create: 'scim.create',
          name: 'scim.name',
          nameHint: 'scim.nameHint',
          createButton: 'scim.createButton',
          secretFor: 'scim.secretFor',
          none: 'scim.none',
          table: 'scim.tokens',
          prefix: 'scim.prefix',
          created: 'scim.created',
          lastUsed: 'scim.lastUsed',
          never: 'scim.never',
          revokedOn: 'scim.revokedOn',
          revoke: 'scim.revoke',
          confirmRevoke: 'scim.confirmRevoke',
          revoked: 'scim.revoked',
        }}
        whose={{ header: t('scim.createdBy'), cell: (tok) => tok.createdBy ?? '—' }}
      />
    </>
  );
}
