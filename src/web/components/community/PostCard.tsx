/**
 * A post in the feed or on its own page: who wrote it and when, its topic, the hidden state (with
 * the reason, for its author and coordinators), the text, the reactions (toggle; mine pressed) and
 * the comment count. A milestone is a small celebratory card in the reader's language, with
 * reactions and comments like any post.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { api } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { Link } from '../../lib/router.tsx';
import { invalidate } from '../../lib/queryClient.ts';
import { useApi } from '../../lib/useApi.ts';
import { ErrorNotice } from '../Notice.tsx';
import { demoteHeadings } from '../ambassadors/markdown.ts';
import { localeOf, REACTIONS, topicName, type Comment, type Post, type Reaction, type Topic } from './exchange.ts';

const when = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** The milestone's sentence ("Anna joined the ambassador community"), or null for an ordinary post. */
export function useMilestoneText(post: Post): string | null {
  const { t, tp } = useI18n();
  const m = post.kind === 'milestone' ? post.milestone : null;
  if (!m) return null;
  const name = post.author.firstName;
  switch (m.kind) {
    case 'joined':
      return t('exchange.milestone.joined', { name });
    case 'first-story':
      return t('exchange.milestone.firstStory', { name });
    case 'first-event':
      return t('exchange.milestone.firstEvent', { name });
    case 'ambassador-year':
      return tp('exchange.milestone.years', Number(m.key) || 1, { name });
    default:
      return null;
  }
}

export function HiddenNote({ hidden }: { hidden: Post['hidden'] }) {
  const { t } = useI18n();
  if (!hidden) return null;
  return (
    <div className="notice amb-notice-hidden" role="note">
      <p className="strong">{t('exchange.hidden')}</p>
      {hidden.reason && <p>{t('exchange.hiddenReason', { reason: hidden.reason })}</p>}
      <p>{t('exchange.hiddenWho')}</p>
    </div>
  );
}

/** The reaction buttons: pressed when mine, with their counts; toggling answers with the post as it now is. */
export function Reactions({ post, onChange }: { post: Post; onChange(p: Post): void }) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const react = async (kind: Reaction) => {
    setBusy(true);
    try {
      const next = await api<Post>('PUT', `/community/posts/${post.id}/reactions`, { kind, reacted: !post.myReactions.includes(kind) });
      setError(null);
      onChange({ ...post, ...next });
      void invalidate(`/community/posts/${post.id}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <div className="exchange-reactions" role="group" aria-label={t('exchange.reactions')}>
        {REACTIONS.map((k) => (
          <button
            key={k}
            type="button"
            className="button button-small"
            aria-pressed={post.myReactions.includes(k)}
            disabled={busy || !!post.hidden}
            onClick={() => void react(k)}
          >
            {t(`exchange.reaction.${k}`)}
            {post.reactions[k] ? <span className="exchange-count"> {post.reactions[k]}</span> : null}
          </button>
        ))}
      </div>
      <ErrorNotice error={error} />
    </>
  );
}

function RecentComments({ comments }: { comments: Comment[] }) {
  const { t, lang } = useI18n();
  if (!comments.length) return null;
  return (
    <ul className="exchange-recent" aria-label={t('exchange.recentComments')}>
      {comments.map((c) => (
        <li key={c.id}>
          <span className="strong">
            {c.author.firstName} {c.author.lastName}
          </span>{' '}
          <span className="muted">{when(c.createdAt, localeOf(lang))}</span>
          <div className="amb-rich" dangerouslySetInnerHTML={{ __html: demoteHeadings(c.bodyHtml, 3) }} />
        </li>
      ))}
    </ul>
  );
}

/** Where a milestone points: the first story, the first event. */
function MilestoneLink({ post }: { post: Post }) {
  const { t } = useI18n();
  const m = post.milestone;
  if (!m?.key || !/^[0-9a-f-]{36}$/i.test(m.key)) return null;
  if (m.kind === 'first-story')
    return (
      <p>
        <Link to={`/stories/${m.key}`}>{t('exchange.milestone.readStory')}</Link>
      </p>
    );
  if (m.kind === 'first-event')
    return (
      <p>
        <Link to={`/community/events/${m.key}`}>{t('exchange.milestone.seeEvent')}</Link>
      </p>
    );
  return null;
}

/** The post's topic name, from the (cached) topics list. */
function TopicName({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const topics = useApi<{ items: Topic[] }>('/community/topics');
  const topic = topics.data?.items.find((x) => x.id === id);
  return topic ? <span className="amb-badge amb-badge-plain">{topicName(t, lang, topic)}</span> : null;
}

export function PostCard({ post: given, standalone = false, actions }: { post: Post; standalone?: boolean; actions?: ReactNode }) {
  const { t, tp, lang } = useI18n();
  // The answer of a reaction shows at once; a newer post from the list replaces it.
  const [post, setPost] = useState(given);
  useEffect(() => setPost(given), [given]);
  const milestone = useMilestoneText(post);
  const href = `/community/exchange/posts/${post.id}`;
  const name = `${post.author.firstName} ${post.author.lastName}`;
  const Heading = standalone ? 'h2' : 'h3';
  return (
    <article
      className={`card exchange-post${milestone ? ' exchange-milestone' : ''}`}
      aria-label={milestone ?? t('exchange.postBy', { name })}
    >
      <p className="amb-byline">
        {milestone ? null : <span className="strong">{name}</span>}
        <span className="muted">
          {when(post.publishedAt, localeOf(lang))}
          {post.editedAt ? ` · ${t('exchange.edited')}` : ''}
        </span>
        {post.pinned && <span className="amb-badge">{t('exchange.pinned')}</span>}
        {post.topicId && <TopicName id={post.topicId} />}
        {milestone && <span className="amb-badge amb-badge-milestone">{t('exchange.milestone')}</span>}
      </p>
      <HiddenNote hidden={post.hidden} />
      {milestone ? (
        <>
          <Heading className="exchange-milestone-text">
            <span aria-hidden="true">🎉 </span>
            {milestone}
          </Heading>
          <MilestoneLink post={post} />
        </>
      ) : (
        <div className="amb-rich" dangerouslySetInnerHTML={{ __html: demoteHeadings(post.bodyHtml, standalone ? 1 : 2) }} />
      )}
      <Reactions post={post} onChange={setPost} />
      {!standalone && (
        <p>
          <Link to={href}>
            {post.commentCount ? tp('exchange.commentCount', post.commentCount) : t('exchange.comment')}
            <span className="visually-hidden"> · {milestone ?? t('exchange.postBy', { name })}</span>
          </Link>
        </p>
      )}
      {!standalone && post.recentComments && <RecentComments comments={post.recentComments} />}
      {actions}
    </article>
  );
}
