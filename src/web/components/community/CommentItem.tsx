/**
 * A comment on a post: its author alone edits or deletes it; a coordinator can hide it for a legal
 * reason (told to its author), which its author and coordinators then see with the reason.
 */
import { useState } from 'react';
import { api, del } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useApiMutation } from '../../lib/useApi.ts';
import { ErrorNotice } from '../Notice.tsx';
import { demoteHeadings } from '../ambassadors/markdown.ts';
import { localeOf, mentionsIn, type Comment, type Mention } from './exchange.ts';
import { HideButton, HidePrompt, useHiding } from './HideActions.tsx';
import { MentionTextArea } from './MentionTextArea.tsx';
import { HiddenNote } from './PostCard.tsx';

export function CommentItem({
  comment: c,
  postId,
  topicId = null,
  moderates,
}: {
  comment: Comment;
  postId: string;
  /** The post's topic, for the mention suggestions. */
  topicId?: string | null;
  moderates: boolean;
}) {
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(c.body);
  const [mentions, setMentions] = useState<Mention[]>([]);
  const invalidates = [`/community/posts/${postId}`, '/community/posts'];
  const save = useApiMutation(() => api<Comment>('PUT', `/community/comments/${c.id}`, withMentions(body, mentions)), {
    invalidates,
    onSuccess: () => setEditing(false),
  });
  const remove = useApiMutation(() => del(`/community/comments/${c.id}`), { invalidates });
  const hiding = useHiding(`/community/comments/${c.id}/hidden`, invalidates);
  const name = `${c.author.firstName} ${c.author.lastName}`;
  const when = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(c.createdAt));

  return (
    <li className="exchange-comment">
      <article aria-label={t('exchange.commentBy', { name })}>
        <p className="amb-byline">
          <span className="strong">{name}</span>
          <span className="muted">
            {when}
            {c.editedAt ? ` · ${t('exchange.edited')}` : ''}
          </span>
        </p>
        <HiddenNote hidden={c.hidden} />
        {editing ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (body.trim()) save.mutate();
            }}
          >
            <MentionTextArea
              label={t('exchange.editComment')}
              value={body}
              onChange={setBody}
              onMention={(m) => setMentions((old) => [...old, m])}
              rows={3}
              topicId={topicId}
            />
            <ErrorNotice error={save.error} />
            <div className="button-row">
              <button type="submit" className="button button-primary button-small" disabled={!body.trim() || save.isPending}>
                {t('exchange.save')}
              </button>
              <button type="button" className="button button-small" onClick={() => setEditing(false)}>
                {t('exchange.cancel')}
              </button>
            </div>
          </form>
        ) : (
          <div className="amb-rich" dangerouslySetInnerHTML={{ __html: demoteHeadings(c.bodyHtml, 3) }} />
        )}
        {!editing && (
          <div className="button-row">
            {c.mine && (
              <>
                <button type="button" className="button button-small" onClick={() => setEditing(true)}>
                  {t('exchange.edit')}
                </button>
                <button
                  type="button"
                  className="button button-small button-danger"
                  disabled={remove.isPending}
                  onClick={() => window.confirm(t('exchange.deleteCommentConfirm')) && remove.mutate()}
                >
                  {t('exchange.delete')}
                </button>
              </>
            )}
            {moderates && <HideButton hiding={hiding} hidden={!!c.hidden} />}
          </div>
        )}
        <HidePrompt hiding={hiding} />
        <ErrorNotice error={remove.error ?? hiding.mutation.error} />
      </article>
    </li>
  );
}

/** A comment's body, with the colleagues it names when there are any. */
export function withMentions(body: string, chosen: readonly Mention[]) {
  const mentions = mentionsIn(body, chosen);
  return mentions.length ? { body, mentions } : { body };
}
