/**
 * Settings → Integrations → Chat channels: Teams and Slack channels journey steps can post to. The
 * webhook URL is write-only (whoever has it posts in the channel): the list shows its hint only.
 */
import { useState, type FormEvent } from 'react';
import { del, patch, post } from '../../lib/api.ts';
import { fieldError } from '../../lib/errors.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { LANGUAGE_LABEL_KEYS } from '../../lib/labels.ts';
import { useSession } from '../../lib/session.tsx';
import type { ApiLanguage, Schema } from '../../lib/types.ts';
import { useApi, useApiMutation } from '../../lib/useApi.ts';
import { SelectField, TextField } from '../Field.tsx';
import { ErrorNotice, LiveStatus } from '../Notice.tsx';
import { ItemsTable } from '../ItemsTable.tsx';

type Channel = Schema<'ChatChannel'>;
type Kind = Channel['kind'];
type Language = NonNullable<Channel['language']>;
type TestResult = { delivered: boolean; status: number | null; error: string | null; language: string };
const LANGUAGES: Language[] = ['nl', 'fr', 'en'];

function LanguageSelect({ value, onChange }: { value: Language | null; onChange(v: Language | null): void }) {
  const { t } = useI18n();
  const { me } = useSession();
  const org = t(LANGUAGE_LABEL_KEYS[me.organisation.defaultLanguage as ApiLanguage]);
  return (
    <SelectField label={t('chat.language')} value={value ?? ''} onChange={(e) => onChange((e.target.value || null) as Language | null)}>
      <option value="">{t('chat.languageDefault', { language: org })}</option>
      {LANGUAGES.map((l) => (
        <option key={l} value={l}>
          {t(LANGUAGE_LABEL_KEYS[l])}
        </option>
      ))}
    </SelectField>
  );
}

function EditChannel({ channel, onDone }: { channel: Channel; onDone(saved: Channel | null): void }) {
  const { t } = useI18n();
  const [name, setName] = useState(channel.name);
  const [language, setLanguage] = useState<Language | null>(channel.language);
  const [url, setUrl] = useState('');
  const saving = useApiMutation(
    (body: { name: string; language: Language | null; url?: string }) => patch<Channel>(`/chat-channels/${channel.id}`, body),
    { onSuccess: (saved) => onDone(saved) },
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    saving.mutate({ name, language, ...(url.trim() ? { url: url.trim() } : {}) });
  };
  const urlError = fieldError(saving.error, 'url', t);
  return (
    <form onSubmit={submit} className="card">
      <TextField label={t('chat.name')} required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
      <LanguageSelect value={language} onChange={setLanguage} />
      <TextField
        label={t('chat.newUrl')}
        hint={t('chat.newUrlHint')}
        type="url"
        maxLength={2000}
        autoComplete="off"
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        error={urlError}
      />
      <ErrorNotice error={urlError ? null : saving.error} />
      <button type="submit" className="button button-primary" disabled={saving.isPending}>
        {t('chat.save')}
      </button>{' '}
      <button type="button" className="button" onClick={() => onDone(null)}>
        {t('chat.cancel')}
      </button>
    </form>
  );
}

export function ChatChannels() {
  const { t } = useI18n();
  const { me } = useSession();
  const orgLanguage = t(LANGUAGE_LABEL_KEYS[me.organisation.defaultLanguage as ApiLanguage]);
  const channels = useApi<{ items: Channel[] }>('/chat-channels');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Kind>('teams');
  const [url, setUrl] = useState('');
  const [language, setLanguage] = useState<Language | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);

  const replace = (saved: Channel) => channels.setData((d) => d && { items: d.items.map((c) => (c.id === saved.id ? saved : c)) });
  const creating = useApiMutation(
    (body: { name: string; kind: Kind; url: string; language: Language | null }) => post<Channel>('/chat-channels', body),
    {
      onSuccess: (c) => {
        channels.setData((d) => ({ items: [...(d?.items ?? []), c] }));
        setStatus(t('chat.added', { name: c.name }));
        setName('');
        setUrl('');
      },
    },
  );
  const testing = useApiMutation((c: Channel) => post<TestResult>(`/chat-channels/${c.id}/test`), {
    onSuccess: (r, c) =>
      setStatus(
        r.delivered ? t('chat.testOk', { name: c.name }) : t('chat.testFailed', { name: c.name, error: r.error ?? String(r.status) }),
      ),
  });
  const removing = useApiMutation((c: Channel) => del(`/chat-channels/${c.id}`), {
    onSuccess: (_, c) => {
      channels.setData((d) => d && { items: d.items.filter((x) => x.id !== c.id) });
      setStatus(t('chat.deleted', { name: c.name }));
      setConfirming(null);
    },
  });

  const create = (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    creating.mutate({ name, kind, url: url.trim(), language });
  };
  const urlError = fieldError(creating.error, 'url', t);
  const actionError = testing.error ?? removing.error;

  return (
    <>
      <p>{t('chat.intro')}</p>
      <section className="card" aria-labelledby="new-chat-channel">
        <h2 id="new-chat-channel">{t('chat.add')}</h2>
        <form onSubmit={create}>
          <TextField
            label={t('chat.name')}
            hint={t('chat.nameHint')}
            required
            maxLength={100}
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={fieldError(creating.error, 'name', t)}
          />
          <SelectField label={t('chat.kind')} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            <option value="teams">{t('chat.kind.teams')}</option>
            <option value="slack">{t('chat.kind.slack')}</option>
          </SelectField>
          <TextField
            label={t('chat.url')}
            hint={`${t(kind === 'teams' ? 'chat.urlHint.teams' : 'chat.urlHint.slack')} ${t('chat.urlSecret')}`}
            type="url"
            required
            maxLength={2000}
            autoComplete="off"
            placeholder="https://"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            error={urlError}
          />
          <LanguageSelect value={language} onChange={setLanguage} />
          <ErrorNotice error={urlError ? null : creating.error} />
          <button type="submit" className="button button-primary" disabled={creating.isPending}>
            {t('chat.addButton')}
          </button>
        </form>
      </section>
      <LiveStatus>{status}</LiveStatus>
      <ErrorNotice error={actionError} />
      <ErrorNotice error={channels.error} />
      <ItemsTable
        list={channels}
        label={t('integrations.chat')}
        empty={t('chat.none')}
        columns={[t('chat.name'), t('chat.kind'), t('chat.address'), t('chat.language'), t('common.actions')]}
        row={(c) => (
          <tr key={c.id}>
            <th scope="row">{c.name}</th>
            <td data-label={t('chat.kind')}>{t(c.kind === 'teams' ? 'chat.kind.teams' : 'chat.kind.slack')}</td>
            <td data-label={t('chat.address')}>
              <code>{c.urlHint}</code>
            </td>
            <td data-label={t('chat.language')}>
              {c.language ? t(LANGUAGE_LABEL_KEYS[c.language]) : t('chat.languageDefault', { language: orgLanguage })}
            </td>
            <td data-label={t('common.actions')}>
              {editing === c.id ? (
                <EditChannel
                  channel={c}
                  onDone={(saved) => {
                    if (saved) {
                      replace(saved);
                      setStatus(t('chat.saved', { name: saved.name }));
                    }
                    setEditing(null);
                  }}
                />
              ) : confirming === c.id ? (
                <>
                  <p>{t('chat.confirmDelete', { name: c.name })}</p>
                  <button
                    type="button"
                    className="button button-small button-danger"
                    disabled={removing.isPending}
                    onClick={() => removing.mutate(c)}
                  >
                    {t('chat.delete')}
                  </button>{' '}
                  <button type="button" className="button button-small" onClick={() => setConfirming(null)}>
                    {t('chat.cancel')}
                  </button>
                </>
              ) : (
                <>
                  <button type="button" className="button button-small" disabled={testing.isPending} onClick={() => testing.mutate(c)}>
                    {t('chat.test')}
                    <span className="visually-hidden"> {c.name}</span>
                  </button>{' '}
                  <button type="button" className="button button-small" onClick={() => setEditing(c.id)}>
                    {t('chat.edit')}
                    <span className="visually-hidden"> {c.name}</span>
                  </button>{' '}
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => {
                      removing.reset();
                      setConfirming(c.id);
                    }}
                  >
                    {t('chat.delete')}
                    <span className="visually-hidden"> {c.name}</span>
                  </button>
                </>
              )}
            </td>
          </tr>
        )}
      />
    </>
  );
}
