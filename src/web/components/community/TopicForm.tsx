/**
 * A coordinator adds a topic of their own to the exchange: its name in nl, fr and en (all three
 * required) and a key, derived from the English name until typed. POST /community/topics; the new
 * topic shows among the others at once (archived topics are never listed).
 */
import { useState } from 'react';
import { api } from '../../lib/api.ts';
import { fieldError } from '../../lib/errors.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useApiMutation } from '../../lib/useApi.ts';
import { TextField } from '../Field.tsx';
import { ErrorNotice, LiveStatus } from '../Notice.tsx';
import { topicKey } from './topicKey.ts';

const LANGS = ['nl', 'fr', 'en'] as const;

export function TopicForm() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState({ nl: '', fr: '', en: '' });
  const [typedKey, setTypedKey] = useState<string | null>(null);
  const key = typedKey ?? topicKey(name.en || name.nl || name.fr);
  const complete = LANGS.every((l) => name[l].trim()) && key !== '';
  const add = useApiMutation(() => api<{ id: string }>('POST', '/community/topics', { key, name }), {
    invalidates: ['/community/topics'],
    onSuccess: () => {
      setName({ nl: '', fr: '', en: '' });
      setTypedKey(null);
    },
  });

  return (
    <section aria-labelledby="exchange-new-topic" className="card">
      <h2 id="exchange-new-topic">{t('exchange.topicForm.title')}</h2>
      {open ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (complete) add.mutate();
          }}
        >
          {LANGS.map((l) => (
            <TextField
              key={l}
              label={t(`exchange.topicForm.name.${l}`)}
              value={name[l]}
              maxLength={80}
              required
              error={fieldError(add.error, `name.${l}`, t)}
              onChange={(e) => setName((old) => ({ ...old, [l]: e.target.value }))}
            />
          ))}
          <TextField
            label={t('exchange.topicForm.key')}
            hint={t('exchange.topicForm.keyHint')}
            value={key}
            maxLength={63}
            pattern="[a-z0-9][a-z0-9\-]*"
            required
            error={fieldError(add.error, 'key', t)}
            onChange={(e) => setTypedKey(e.target.value)}
          />
          <ErrorNotice error={add.error} />
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={!complete || add.isPending}>
              {t('exchange.topicForm.add')}
            </button>
            <button type="button" className="button" onClick={() => setOpen(false)}>
              {t('exchange.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <p>
          <button type="button" className="button" onClick={() => setOpen(true)}>
            {t('exchange.topicForm.open')}
          </button>
        </p>
      )}
      <LiveStatus>{add.isSuccess ? t('exchange.topicForm.added') : null}</LiveStatus>
    </section>
  );
}
