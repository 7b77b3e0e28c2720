/** One webhook endpoint: its settings, enable or disable, rotate the secret, send a test, the delivery log with replay. */
import { useEffect, useState, type FormEvent } from 'react';
import { del, patch, post } from '../../lib/api.ts';
import { fieldError } from '../../lib/errors.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { Link, navigate } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { useApi, useApiMutation } from '../../lib/useApi.ts';
import { TextField } from '../../components/Field.tsx';
import { ErrorNotice, LiveStatus, Loading } from '../../components/Notice.tsx';
import { Page } from '../../components/Page.tsx';
import { SecretBox } from '../../components/SecretBox.tsx';
import { WebhookDeliveries } from '../../components/integrations/WebhookDeliveries.tsx';
import {
  EventTypePicker,
  statusText,
  type WebhookDeliveryDetail,
  type WebhookEndpoint,
  type WebhookEventType,
} from '../../components/integrations/webhooks-shared.tsx';
import { IntegrationsNav } from './IntegrationsPage.tsx';

export function WebhookEndpointPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const tz = me.organisation.timeZone;
  const path = `/webhooks/endpoints/${id}`;
  const endpoint = useApi<WebhookEndpoint>(path);
  const types = useApi<{ items: WebhookEventType[] }>('/webhooks/event-types');
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [eventTypes, setEventTypes] = useState<string[]>([]);
  const [secret, setSecret] = useState<string | null>(null);
  const [news, setNews] = useState<string | null>(null);
  const [testError, setTestError] = useState<string | null>(null);
  const e = endpoint.data;

  useEffect(() => {
    if (!e) return;
    setUrl(e.url);
    setDescription(e.description);
    setEventTypes(e.eventTypes);
  }, [e]);

  const done = (row: WebhookEndpoint, message: string | null) => {
    endpoint.setData(() => row);
    setNews(message);
  };
  const saving = useApiMutation((body: object) => patch<WebhookEndpoint>(path, body), {
    onSuccess: (row, body) =>
      done(row, 'enabled' in body ? t(row.enabled ? 'webhooks.enabledNow' : 'webhooks.disabledNow') : t('webhooks.saved')),
    invalidates: ['/webhooks/endpoints', `${path}/deliveries`],
  });
  const rotating = useApiMutation(() => post<WebhookEndpoint & { secret: string }>(`${path}/rotate-secret`), {
    onSuccess: ({ secret: s, ...row }) => {
      done(row, null);
      setSecret(s);
    },
  });
  const testing = useApiMutation(() => post<WebhookDeliveryDetail>(`${path}/test`), {
    onSuccess: (d) => {
      if (d.status === 'delivered') setNews(t('webhooks.testDelivered', { status: d.lastStatus ?? '' }));
      else setTestError(t('webhooks.testFailed', { error: d.lastError ?? String(d.lastStatus) }));
    },
    invalidates: [`${path}/deliveries`],
  });
  const deleting = useApiMutation(() => del(path), {
    onSuccess: () => navigate('/settings/integrations/webhooks'),
    invalidates: ['/webhooks/endpoints'],
  });
  const error = saving.error ?? rotating.error ?? testing.error ?? deleting.error;
  const clear = () => {
    setNews(null);
    setTestError(null);
    for (const m of [saving, rotating, testing, deleting]) m.reset();
  };

  const save = (ev: FormEvent) => {
    ev.preventDefault();
    clear();
    saving.mutate({ url, description, eventTypes });
  };

  if (endpoint.error) {
    return (
      <Page title={t('integrations.webhooks')}>
        <ErrorNotice error={endpoint.error} />
      </Page>
    );
  }
  if (!e) return <Loading />;
  const urlError = fieldError(saving.error, 'url', t);

  return (
    <Page title={e.url}>
      <IntegrationsNav current="webhooks" />
      <p>
        <Link to="/settings/integrations/webhooks">{t('webhooks.back')}</Link>
      </p>
      <p>
        <strong>{t('webhooks.status')}:</strong> {statusText(t, e)}
        {e.failingSince && <> · {t('webhooks.failingSince', { date: formatDateTime(e.failingSince, lang, tz) })}</>}
      </p>
      <LiveStatus>{news}</LiveStatus>
      <ErrorNotice error={testError ?? (urlError ? null : error)} />
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={saving.isPending}
          onClick={() => {
            clear();
            saving.mutate({ enabled: !e.enabled });
          }}
        >
          {e.enabled ? t('webhooks.disable') : t('webhooks.enable')}
        </button>{' '}
        <button
          type="button"
          className="button"
          disabled={!e.enabled || testing.isPending}
          onClick={() => {
            clear();
            testing.mutate();
          }}
        >
          {t('webhooks.test')}
        </button>
      </div>

      <section className="card" aria-labelledby="webhook-settings">
        <h2 id="webhook-settings">{t('webhooks.settings')}</h2>
        <form onSubmit={save}>
          <TextField
            label={t('webhooks.url')}
            hint={t('webhooks.urlHint')}
            type="url"
            required
            maxLength={2000}
            value={url}
            onChange={(ev) => setUrl(ev.target.value)}
            error={urlError}
          />
          <TextField
            label={t('webhooks.description')}
            maxLength={500}
            value={description}
            onChange={(ev) => setDescription(ev.target.value)}
          />
          {types.data && <EventTypePicker types={types.data.items} value={eventTypes} onChange={setEventTypes} />}
          <button type="submit" className="button button-primary" disabled={saving.isPending}>
            {t('common.save')}
          </button>
        </form>
      </section>

      <section className="card" aria-labelledby="webhook-secret">
        <h2 id="webhook-secret">{t('webhooks.secret')}</h2>
        <p>{t('webhooks.secretIntro')}</p>
        {e.previousSecretExpiresAt && <p>{t('webhooks.previousUntil', { date: formatDateTime(e.previousSecretExpiresAt, lang, tz) })}</p>}
        <button
          type="button"
          className="button"
          disabled={rotating.isPending}
          onClick={() => {
            if (!window.confirm(t('webhooks.confirmRotate', { url: e.url }))) return;
            clear();
            rotating.mutate();
          }}
        >
          {t('webhooks.rotate')}
        </button>
        {secret && <SecretBox label={t('webhooks.secretFor', { url: e.url })} secret={secret} onDismiss={() => setSecret(null)} />}
      </section>

      <WebhookDeliveries endpointId={id} />

      <p>
        <button
          type="button"
          className="button button-danger"
          onClick={() => {
            if (!window.confirm(t('webhooks.confirmDelete', { url: e.url }))) return;
            clear();
            deleting.mutate();
          }}
        >
          {t('webhooks.delete')}
        </button>
      </p>
    </Page>
  );
}
