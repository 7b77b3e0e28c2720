/** Settings → Integrations → SCIM: the base URL to give the identity provider, and its bearer tokens (shown once, revocable). */
import { useState, type FormEvent } from 'react';
import { del, post } from '../../lib/api.ts';
import { fieldError } from '../../lib/errors.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.tsx';
import type { Schema } from '../../lib/types.ts';
import { useApi, useApiMutation } from '../../lib/useApi.ts';
import { TextField } from '../Field.tsx';
import { ErrorNotice, LiveStatus, Loading } from '../Notice.tsx';
import { SecretBox } from '../SecretBox.tsx';
import { TableScroll } from '../TableScroll.tsx';

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
  const { t, lang } = useI18n();
  const { me } = useSession();
  const tz = me.organisation.timeZone;
  const tokens = useApi<{ items: ScimToken[] }>('/scim/tokens');
  const [name, setName] = useState('');
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const creating = useApiMutation((body: { name: string }) => post<ScimToken & { token: string }>('/scim/tokens', body), {
    onSuccess: (row) => {
      const { token, ...shown } = row;
      tokens.setData((d) => ({ items: [shown, ...(d?.items ?? [])] }));
      setCreated({ name: row.name, token });
      setName('');
    },
  });
  const revoking = useApiMutation((tok: ScimToken) => del(`/scim/tokens/${tok.id}`), {
    onSuccess: (_, tok) => {
      tokens.setData((d) => d && { items: d.items.map((x) => (x.id === tok.id ? { ...x, revokedAt: new Date().toISOString() } : x)) });
      setStatus(t('scim.revoked', { name: tok.name }));
    },
  });
  const error = creating.error ?? revoking.error;

  const create = (e: FormEvent) => {
    e.preventDefault();
    revoking.reset();
    setStatus(null);
    creating.mutate({ name });
  };
  const revoke = (tok: ScimToken) => {
    if (!window.confirm(t('scim.confirmRevoke', { name: tok.name }))) return;
    creating.reset();
    revoking.mutate(tok);
  };

  return (
    <>
      <p>{t('scim.intro')}</p>
      <section className="card" aria-labelledby="scim-base">
        <h2 id="scim-base">{t('scim.baseUrl')}</h2>
        <p className="hint">{t('scim.baseUrlHint')}</p>
        <BaseUrl />
      </section>
      <section className="card" aria-labelledby="scim-new">
        <h2 id="scim-new">{t('scim.create')}</h2>
        <form className="inline-form" onSubmit={create}>
          <TextField
            label={t('scim.name')}
            hint={t('scim.nameHint')}
            required
            maxLength={100}
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={fieldError(error, 'name', t)}
          />
          <button type="submit" className="button button-primary">
            {t('scim.createButton')}
          </button>
        </form>
        {created && (
          <SecretBox label={t('scim.secretFor', { name: created.name })} secret={created.token} onDismiss={() => setCreated(null)} />
        )}
      </section>
      <LiveStatus>{status}</LiveStatus>
      <ErrorNotice error={fieldError(error, 'name', t) ? null : (error ?? tokens.error)} />
      {tokens.loading && !tokens.data && <Loading />}
      {tokens.data?.items.length === 0 && <p className="empty">{t('scim.none')}</p>}
      {!!tokens.data?.items.length && (
        <TableScroll label={t('scim.tokens')}>
          <table className="data-table responsive-table">
            <caption className="visually-hidden">{t('scim.tokens')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('scim.name')}</th>
                <th scope="col">{t('scim.prefix')}</th>
                <th scope="col">{t('scim.createdBy')}</th>
                <th scope="col">{t('scim.created')}</th>
                <th scope="col">{t('scim.lastUsed')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.data.items.map((tok) => (
                <tr key={tok.id}>
                  <th scope="row">{tok.name}</th>
                  <td data-label={t('scim.prefix')}>
                    <code>{tok.prefix}…</code>
                  </td>
                  <td data-label={t('scim.createdBy')}>{tok.createdBy ?? '—'}</td>
                  <td data-label={t('scim.created')}>{formatDateTime(tok.createdAt, lang, tz)}</td>
                  <td data-label={t('scim.lastUsed')}>{tok.lastUsedAt ? formatDateTime(tok.lastUsedAt, lang, tz) : t('scim.never')}</td>
                  <td data-label={t('common.actions')}>
                    {tok.revokedAt ? (
                      t('scim.revokedOn', { date: formatDateTime(tok.revokedAt, lang, tz) })
                    ) : (
                      <button type="button" className="button button-small button-danger" onClick={() => revoke(tok)}>
                        {t('scim.revoke')}
                        <span className="visually-hidden"> {tok.name}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
