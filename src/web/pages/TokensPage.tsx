/** API tokens: create one (its secret is shown once), see when each was used, revoke. */
import { useState, type FormEvent } from 'react';
import { del, post } from '../lib/api.ts';
import { fieldError } from '../lib/errors.ts';
import { formatDateTime } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { can, type ApiToken } from '../lib/types.ts';
import { useApi, useApiMutation } from '../lib/useApi.ts';
import { TextField } from '../components/Field.tsx';
import { ErrorNotice, LiveStatus, Loading } from '../components/Notice.tsx';
import { Page } from '../components/Page.tsx';
import { SecretBox } from '../components/SecretBox.tsx';
import { TableScroll } from '../components/TableScroll.tsx';

export function TokensPage() {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const tokens = useApi<{ items: ApiToken[] }>('/tokens');
  const [name, setName] = useState('');
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const tz = me.organisation.timeZone;
  const showOwner = can(me, 'tokens.manageAll');

  const creating = useApiMutation((body: { name: string }) => post<ApiToken & { token: string }>('/tokens', body), {
    onSuccess: (row) => {
      const { token, ...shown } = row;
      tokens.setData((d) => ({ items: [shown, ...(d?.items ?? [])] }));
      setCreated({ name: row.name, token });
      setName('');
    },
  });
  const revoking = useApiMutation((tok: ApiToken) => del(`/tokens/${tok.id}`), {
    onSuccess: (_, tok) => {
      tokens.setData((d) => d && { items: d.items.map((x) => (x.id === tok.id ? { ...x, revokedAt: new Date().toISOString() } : x)) });
      setStatus(t('tokens.revoked', { name: tok.name }));
    },
  });
  // The last action's error (each action starts by clearing the other's).
  const error = creating.error ?? revoking.error;

  const create = (e: FormEvent) => {
    e.preventDefault();
    revoking.reset();
    setStatus(null);
    creating.mutate({ name });
  };

  const revoke = (tok: ApiToken) => {
    if (!window.confirm(t('tokens.confirmRevoke', { name: tok.name }))) return;
    creating.reset();
    revoking.mutate(tok);
  };

  return (
    <Page title={t('tokens.title')}>
      <p>{t('tokens.intro')}</p>
      <section className="card" aria-labelledby="new-token">
        <h2 id="new-token">{t('tokens.create')}</h2>
        <form className="inline-form" onSubmit={create}>
          <TextField
            label={t('tokens.name')}
            required
            maxLength={100}
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={fieldError(error, 'name', t)}
          />
          <button type="submit" className="button button-primary">
            {t('tokens.createButton')}
          </button>
        </form>
        {created && (
          <SecretBox label={t('tokens.secretFor', { name: created.name })} secret={created.token} onDismiss={() => setCreated(null)} />
        )}
      </section>
      <LiveStatus>{status}</LiveStatus>
      <ErrorNotice error={fieldError(error, 'name', t) ? null : (error ?? tokens.error)} />
      {tokens.loading && !tokens.data && <Loading />}
      {tokens.data?.items.length === 0 && <p className="empty">{t('tokens.none')}</p>}
      {!!tokens.data?.items.length && (
        <TableScroll label={t('tokens.title')}>
          <table className="data-table responsive-table">
            <caption className="visually-hidden">{t('tokens.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tokens.name')}</th>
                <th scope="col">{t('tokens.prefix')}</th>
                {showOwner && <th scope="col">{t('tokens.owner')}</th>}
                <th scope="col">{t('tokens.created')}</th>
                <th scope="col">{t('tokens.lastUsed')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.data.items.map((tok) => (
                <tr key={tok.id}>
                  <th scope="row">{tok.name}</th>
                  <td data-label={t('tokens.prefix')}>
                    <code>{tok.prefix}…</code>
                  </td>
                  {showOwner && <td data-label={t('tokens.owner')}>{tok.userEmail}</td>}
                  <td data-label={t('tokens.created')}>{formatDateTime(tok.createdAt, lang, tz)}</td>
                  <td data-label={t('tokens.lastUsed')}>{tok.lastUsedAt ? formatDateTime(tok.lastUsedAt, lang, tz) : t('users.never')}</td>
                  <td data-label={t('common.actions')}>
                    {tok.revokedAt ? (
                      t('tokens.revokedOn', { date: formatDateTime(tok.revokedAt, lang, tz) })
                    ) : (
                      <button type="button" className="button button-small button-danger" onClick={() => revoke(tok)}>
                        {t('tokens.revoke')}
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
    </Page>
  );
}
