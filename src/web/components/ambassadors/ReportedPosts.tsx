/** Posts an ambassador made elsewhere, as they report them (tone and topic in their own judgement). */
import { useState, type FormEvent } from 'react';
import { del, post } from '../../lib/api.ts';
import { fieldError } from '../../lib/errors.ts';
import { formatDate } from '../../lib/format.ts';
import { useI18n, type MessageKey } from '../../lib/i18n.tsx';
import { useApi, useApiMutation } from '../../lib/useApi.ts';
import { SelectField, TextField } from '../Field.tsx';
import { ErrorNotice, LiveStatus } from '../Notice.tsx';
import { ItemsTable } from '../ItemsTable.tsx';
import { today } from './program.ts';
import { POST_TOPICS, TONES, type PostTopic, type ReportedPost, type Tone } from './types.ts';

const TONE_KEYS: Record<Tone, MessageKey> = { positive: 'amb.tonePositive', neutral: 'amb.toneNeutral', negative: 'amb.toneNegative' };
const TOPIC_KEYS: Record<PostTopic, MessageKey> = {
  organisation: 'amb.postTopicOrganisation',
  job: 'amb.postTopicJob',
  other: 'amb.postTopicOther',
};
const EMPTY = { url: '', network: '', postedOn: '', tone: 'positive' as Tone, topic: 'organisation' as PostTopic };

export function ReportedPosts() {
  const { t, lang } = useI18n();
  const posts = useApi<{ items: ReportedPost[] }>('/me/posts');
  const [form, setForm] = useState({ ...EMPTY, postedOn: today() });
  const [status, setStatus] = useState<string | null>(null);

  const adding = useApiMutation((body: typeof form) => post<{ id: string }>('/me/posts', body), {
    onSuccess: ({ id }, body) => {
      const added: ReportedPost = { id, ...body, original: true, reactions: null };
      posts.setData((d) => ({ items: [added, ...(d?.items ?? [])].sort((a, b) => b.postedOn.localeCompare(a.postedOn)) }));
      setForm({ ...EMPTY, postedOn: today(), network: body.network });
      setStatus(t('amb.postAdded'));
    },
  });
  const removing = useApiMutation((p: ReportedPost) => del(`/me/posts/${p.id}`), {
    onSuccess: (_, p) => {
      posts.setData((d) => d && { items: d.items.filter((x) => x.id !== p.id) });
      setStatus(t('amb.postRemoved'));
    },
  });
  const busy = adding.isPending;
  const error = adding.error ?? removing.error;

  const add = (e: FormEvent) => {
    e.preventDefault();
    removing.reset();
    setStatus(null);
    adding.mutate(form);
  };

  const remove = (p: ReportedPost) => {
    adding.reset();
    setStatus(null);
    removing.mutate(p);
  };

  const fieldErrors = ['url', 'network', 'postedOn'].map((f) => fieldError(error, f, t));
  return (
    <>
      <p className="hint">{t('amb.postsIntro')}</p>
      <form className="amb-post-form" onSubmit={add}>
        <TextField
          label={t('amb.postUrl')}
          type="url"
          required
          maxLength={1000}
          placeholder="https://"
          value={form.url}
          onChange={(e) => setForm({ ...form, url: e.target.value })}
          error={fieldErrors[0]}
        />
        <TextField
          label={t('amb.postNetwork')}
          required
          maxLength={40}
          list="amb-post-networks"
          value={form.network}
          onChange={(e) => setForm({ ...form, network: e.target.value })}
          error={fieldErrors[1]}
        />
        <datalist id="amb-post-networks">
          {['LinkedIn', 'Instagram', 'Facebook', 'X', 'TikTok', 'YouTube'].map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
        <TextField
          label={t('amb.postDate')}
          type="date"
          required
          max={today()}
          value={form.postedOn}
          onChange={(e) => setForm({ ...form, postedOn: e.target.value })}
          error={fieldErrors[2]}
        />
        <SelectField label={t('amb.postTone')} value={form.tone} onChange={(e) => setForm({ ...form, tone: e.target.value as Tone })}>
          {TONES.map((x) => (
            <option key={x} value={x}>
              {t(TONE_KEYS[x])}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('amb.postTopic')}
          value={form.topic}
          onChange={(e) => setForm({ ...form, topic: e.target.value as PostTopic })}
        >
          {POST_TOPICS.map((x) => (
            <option key={x} value={x}>
              {t(TOPIC_KEYS[x])}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('amb.postAdd')}
        </button>
      </form>
      <ErrorNotice error={fieldErrors.some(Boolean) ? null : (error ?? posts.error)} />
      <LiveStatus>{status}</LiveStatus>
      <ItemsTable
        list={posts}
        label={t('amb.postsCaption')}
        empty={t('amb.postsNone')}
        columns={[t('amb.postDate'), t('amb.postNetwork'), t('amb.postTone'), t('amb.postTopic'), t('amb.postUrl'), t('common.actions')]}
        row={(p) => (
          <tr key={p.id}>
            <th scope="row" className="nowrap">
              {formatDate(p.postedOn, lang)}
            </th>
            <td data-label={t('amb.postNetwork')}>{p.network}</td>
            <td data-label={t('amb.postTone')}>{t(TONE_KEYS[p.tone])}</td>
            <td data-label={t('amb.postTopic')}>{t(TOPIC_KEYS[p.topic])}</td>
            <td data-label={t('amb.postUrl')} className="amb-break">
              <a href={p.url} target="_blank" rel="noopener noreferrer nofollow">
                {p.url}
              </a>
            </td>
            <td data-label={t('common.actions')}>
              <button type="button" className="button button-small button-danger" onClick={() => remove(p)}>
                {t('amb.postDelete')}
                <span className="visually-hidden"> {p.url}</span>
              </button>
            </td>
          </tr>
        )}
      />
    </>
  );
}
