/** Settings → Integrations → Webhooks: the endpoints, and adding one (its signing secret is shown once). */
import { useState, type FormEvent } from 'react';
import { post } from '../../lib/api.ts';
import { fieldError } from '../../lib/errors.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { Link } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { useApi, useApiMutation } from '../../lib/useApi.ts';
import { TextField } from '../Field.tsx';
import { ErrorNotice } from '../Notice.tsx';
import { SecretBox } from '../SecretBox.tsx';
import { ItemsTable } from '../ItemsTable.tsx';
import { EventTypePicker, statusText, useEventLabel, type WebhookEndpoint, type WebhookEventType } from './webhooks-shared.tsx';

export function WebhookEndpoints() {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const tz = me.organisation.timeZone;
  const label = useEventLabel();
  const endpoints = useApi<{ items: WebhookEndpoint[] }>('/webhooks/endpoints');
  const types = useApi<{ items: WebhookEventType[] }>('/webhooks/event-types');
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [eventTypes, setEventTypes] = useState<string[]>([]);
  const [created, setCreated] = useState<{ url: string; secret: string } | null>(null);

  const creating = useApiMutation(
    (body: { url: string; description: string; eventTypes: string[] }) =>
      post<WebhookEndpoint & { secret: string }>('/webhooks/endpoints', body),
    {
      onSuccess: (row) => {
        const { secret, ...shown } = row;
        endpoints.setData((d) => ({ items: [...(d?.items ?? []), shown] }));
        setCreated({ url: row.url, secret });
        setUrl('');
        setDescription('');
        setEventTypes([]);
      },
    },
  );

  const create = (e: FormEvent) => {
    e.preventDefault();
    creating.mutate({ url, description, eventTypes });
  };
  const urlError = fieldError(creating.error, 'url', t);

  return (
    <>
      <p>{t('webhooks.intro')}</p>
      <section className="card" aria-labelledby="new-webhook">
        <h2 id="new-webhook">{t('webhooks.add')}</h2>
        <form onSubmit={create}>
          <TextField
            label={t('webhooks.url')}
            hint={t('webhooks.urlHint')}
            type="url"
            required
            maxLength={2000}
            placeholder="https://"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            error={urlError}
          />
          <TextField
            label={t('webhooks.description')}
            maxLength={500}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            error={fieldError(creating.error, 'description', t)}
          />
          {types.data && <EventTypePicker types={types.data.items} value={eventTypes} onChange={setEventTypes} />}
          <ErrorNotice error={urlError ? null : creating.error} />
          <button type="submit" className="button button-primary" disabled={creating.isPending}>
            {t('webhooks.addButton')}
          </button>
        </form>
        {created && (
          <SecretBox label={t('webhooks.secretFor', { url: created.url })} secret={created.secret} onDismiss={() => setCreated(null)} />
        )}
      </section>
      <ErrorNotice error={endpoints.error ?? types.error} />
      <ItemsTable
        list={endpoints}
        label={t('integrations.webhooks')}
        empty={t('webhooks.none')}
        columns={[t('webhooks.url'), t('webhooks.description'), t('webhooks.events'), t('webhooks.status')]}
        row={(e) => (
          <tr key={e.id}>
            <th scope="row">
              <Link to={`/settings/integrations/webhooks/${e.id}`}>
                <code>{e.url}</code>
              </Link>
            </th>
            <td data-label={t('webhooks.description')}>{e.description}</td>
            <td data-label={t('webhooks.events')}>
              {e.eventTypes.length === 0 ? t('webhooks.allEvents') : e.eventTypes.map(label).join(', ')}
            </td>
            <td data-label={t('webhooks.status')}>
              {statusText(t, e)}
              {e.enabled && e.failingSince && (
                <div className="hint">{t('webhooks.failingSince', { date: formatDateTime(e.failingSince, lang, tz) })}</div>
              )}
            </td>
          </tr>
        )}
      />
    </>
  );
}
