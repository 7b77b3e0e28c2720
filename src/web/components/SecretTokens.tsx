/**
 * Bearer tokens whose secret is shown once: the create form (name), the secret box after creating,
 * and the table of tokens with their use and a revoke button. The API tokens page and the SCIM
 * tokens share it; each passes its path, its texts and the column that says whose token it is.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { del, post } from '../lib/api.ts';
import { fieldError } from '../lib/errors.ts';
import { formatDateTime } from '../lib/format.ts';
import { useI18n, type MessageKey } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { useApi, useApiMutation } from '../lib/useApi.ts';
import { TextField } from './Field.tsx';
import { ErrorNotice, LiveStatus } from './Notice.tsx';
import { ItemsTable } from './ItemsTable.tsx';
import { SecretBox } from './SecretBox.tsx';

export interface TokenLike {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt?: string | null;
  revokedAt?: string | null;
}

/** The texts of one kind of token; the `{name}` and `{date}` parameters as in the tokens.* keys. */
export interface SecretTokenTexts {
  create: MessageKey;
  name: MessageKey;
  nameHint?: MessageKey;
  createButton: MessageKey;
  secretFor: MessageKey;
  none: MessageKey;
  /** The table's accessible name and caption. */
  table: MessageKey;
  prefix: MessageKey;
  created: MessageKey;
  lastUsed: MessageKey;
  never: MessageKey;
  revokedOn: MessageKey;
  revoke: MessageKey;
  confirmRevoke: MessageKey;
  revoked: MessageKey;
}

export function SecretTokens<T extends TokenLike>({
  path,
  texts: k,
  headingId,
  whose,
}: {
  /** The API path that lists (GET), creates (POST) and, with `/<id>`, revokes (DELETE). */
  path: string;
  texts: SecretTokenTexts;
  headingId: string;
  /** The column after the prefix that says whose token it is (none: no column). */
  whose?: { header: string; cell: (tok: T) => ReactNode };
}) {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const tz = me.organisation.timeZone;
  const tokens = useApi<{ items: T[] }>(path);
  const [name, setName] = useState('');
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const creating = useApiMutation((body: { name: string }) => post<T & { token: string }>(path, body), {
    onSuccess: (row) => {
      const { token, ...shown } = row;
      tokens.setData((d) => ({ items: [shown as unknown as T, ...(d?.items ?? [])] }));
      setCreated({ name: row.name, token });
      setName('');
    },
  });
  const revoking = useApiMutation((tok: T) => del(`${path}/${tok.id}`), {
    onSuccess: (_, tok) => {
      tokens.setData((d) => d && { items: d.items.map((x) => (x.id === tok.id ? { ...x, revokedAt: new Date().toISOString() } : x)) });
      setStatus(t(k.revoked, { name: tok.name }));
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
  const revoke = (tok: T) => {
    if (!window.confirm(t(k.confirmRevoke, { name: tok.name }))) return;
    creating.reset();
    revoking.mutate(tok);
  };

  return (
    <>
      <section className="card" aria-labelledby={headingId}>
        <h2 id={headingId}>{t(k.create)}</h2>
        <form className="inline-form" onSubmit={create}>
          <TextField
            label={t(k.name)}
            hint={k.nameHint && t(k.nameHint)}
            required
            maxLength={100}
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={fieldError(error, 'name', t)}
          />
          <button type="submit" className="button button-primary">
            {t(k.createButton)}
          </button>
        </form>
        {created && <SecretBox label={t(k.secretFor, { name: created.name })} secret={created.token} onDismiss={() => setCreated(null)} />}
      </section>
      <LiveStatus>{status}</LiveStatus>
      <ErrorNotice error={fieldError(error, 'name', t) ? null : (error ?? tokens.error)} />
      <ItemsTable
        list={tokens}
        label={t(k.table)}
        empty={t(k.none)}
        columns={[t(k.name), t(k.prefix), whose?.header, t(k.created), t(k.lastUsed), t('common.actions')]}
        row={(tok) => (
          <tr key={tok.id}>
            <th scope="row">{tok.name}</th>
            <td data-label={t(k.prefix)}>
              <code>{tok.prefix}…</code>
            </td>
            {whose && <td data-label={whose.header}>{whose.cell(tok)}</td>}
            <td data-label={t(k.created)}>{formatDateTime(tok.createdAt, lang, tz)}</td>
            <td data-label={t(k.lastUsed)}>{tok.lastUsedAt ? formatDateTime(tok.lastUsedAt, lang, tz) : t(k.never)}</td>
            <td data-label={t('common.actions')}>
              {tok.revokedAt ? (
                t(k.revokedOn, { date: formatDateTime(tok.revokedAt, lang, tz) })
              ) : (
                <button type="button" className="button button-small button-danger" onClick={() => revoke(tok)}>
                  {t(k.revoke)}
                  <span className="visually-hidden"> {tok.name}</span>
                </button>
              )}
            </td>
          </tr>
        )}
      />
    </>
  );
}
