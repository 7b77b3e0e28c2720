/**
 * Writing a post, or editing one's own: Markdown in one's own words, a topic, one's own images
 * (chosen or uploaded on the spot, as in the story editor) and "@" mentions. Published at once;
 * the server checks everything again (own images only, people who take part).
 */
import { useRef, useState } from 'react';
import { api } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.tsx';
import { useApi, useApiMutation } from '../../lib/useApi.ts';
import { SelectField } from '../Field.tsx';
import { ErrorNotice } from '../Notice.tsx';
import { ImagePicker } from '../ambassadors/ImagePicker.tsx';
import { insertImage, mentionsIn, topicName, type Mention, type Post, type Topic } from './exchange.ts';
import { MentionTextArea } from './MentionTextArea.tsx';

export function Composer({
  post,
  eventId = null,
  defaultTopicId = null,
  onDone,
  onCancel,
}: {
  /** The own post being edited; absent for a new one. */
  post?: Post;
  /** A new post in an event's feed. */
  eventId?: string | null;
  defaultTopicId?: string | null;
  onDone(post: Post): void;
  onCancel?(): void;
}) {
  const { t, lang } = useI18n();
  const [body, setBody] = useState(post?.body ?? '');
  const [topicId, setTopicId] = useState<string>(post?.topicId ?? defaultTopicId ?? '');
  const [mentions, setMentions] = useState<Mention[]>([]);
  const [picking, setPicking] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const topics = useApi<{ items: Topic[] }>('/community/topics');
  // An alumni account posts in the alumni topic only (the server refuses anything else): chosen for them.
  const alumni = useSession().me.user.role === 'alumni';
  const alumniTopic = alumni ? (topics.data?.items.find((x) => x.key === 'alumni')?.id ?? '') : '';
  const chosenTopic = topicId || alumniTopic;
  const save = useApiMutation(
    () => {
      const input = { body, topicId: chosenTopic || null, mentions: mentionsIn(body, mentions) };
      return post ? api<Post>('PUT', `/community/posts/${post.id}`, input) : api<Post>('POST', '/community/posts', { ...input, eventId });
    },
    {
      invalidates: ['/community/posts'],
      onSuccess: (saved) => {
        if (!post) {
          setBody('');
          setMentions([]);
        }
        onDone(saved);
      },
    },
  );
  const addImage = (src: string, alt: string) => {
    const next = insertImage(body, area.current?.selectionStart ?? body.length, src, alt);
    setBody(next.text);
    setPicking(false);
    requestAnimationFrame(() => {
      area.current?.focus();
      area.current?.setSelectionRange(next.caret, next.caret);
    });
  };

  return (
    <form
      className="card exchange-composer"
      onSubmit={(e) => {
        e.preventDefault();
        if (body.trim()) save.mutate();
      }}
    >
      <MentionTextArea
        label={post ? t('exchange.editPost') : t('exchange.write')}
        value={body}
        onChange={setBody}
        onMention={(m) => setMentions((old) => [...old.filter((x) => x.id !== m.id), m])}
        rows={post ? 8 : 4}
        areaRef={area}
        topicId={topicId || null}
      />
      {picking ? (
        <ImagePicker onInsert={addImage} onClose={() => setPicking(false)} />
      ) : (
        <p>
          <button type="button" className="button button-small" onClick={() => setPicking(true)}>
            {t('exchange.addImage')}
          </button>
        </p>
      )}
      <SelectField label={t('exchange.topic')} value={chosenTopic} onChange={(e) => setTopicId(e.target.value)}>
        {!alumni && <option value="">{t('exchange.topic.none')}</option>}
        {(topics.data?.items ?? []).map((x) => (
          <option key={x.id} value={x.id}>
            {topicName(t, lang, x)}
          </option>
        ))}
      </SelectField>
      <ErrorNotice error={save.error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={!body.trim() || save.isPending}>
          {post ? t('exchange.save') : t('exchange.publish')}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('exchange.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
