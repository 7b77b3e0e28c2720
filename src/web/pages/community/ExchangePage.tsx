/**
 * The community exchange: write a post in your own words, read the feed (pinned posts first), react,
 * and choose how often the digest comes. Only colleagues who take part see this (the API checks).
 */
import { useState } from 'react';
import { api, get } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useApi } from '../../lib/useApi.ts';
import { usePagedList } from '../../lib/usePagedList.ts';
import { SelectField, TextAreaField } from '../../components/Field.tsx';
import { ErrorNotice, Loading } from '../../components/Notice.tsx';
import { Page } from '../../components/Page.tsx';
import { CommunityNav } from '../../components/community/CommunityNav.tsx';
import { demoteHeadings } from '../../components/ambassadors/markdown.ts';
import '../../components/ambassadors/ambassadors.css';

const REACTIONS = ['like', 'celebrate', 'insightful', 'support'] as const;
type Reaction = (typeof REACTIONS)[number];

interface Post {
  id: string;
  author: { firstName: string; lastName: string };
  mine: boolean;
  bodyHtml: string;
  pinned: boolean;
  hidden: { at: string; reason: string | null } | null;
  commentCount: number;
  reactions: Record<Reaction, number>;
  myReactions: Reaction[];
  publishedAt: string;
  editedAt: string | null;
}
interface Feed {
  items: Post[];
  pinned: Post[];
  nextCursor: string | null;
}

function PostCard({ post, onChange }: { post: Post; onChange: () => void }) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const react = async (kind: Reaction) => {
    try {
      await api('PUT', `/community/posts/${post.id}/reactions`, { kind, reacted: !post.myReactions.includes(kind) });
      onChange();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <article className="card amb-story">
      <p className="muted">
        {post.author.firstName} {post.author.lastName} · {new Date(post.publishedAt).toLocaleString()}
        {post.editedAt ? ` · ${t('exchange.edited')}` : ''}
        {post.pinned ? ` · ${t('exchange.pinned')}` : ''}
      </p>
      {post.hidden && (
        <p role="note">
          {t('exchange.hidden')}
          {post.hidden.reason ? `: ${post.hidden.reason}` : ''}
        </p>
      )}
      <div className="amb-rich" dangerouslySetInnerHTML={{ __html: demoteHeadings(post.bodyHtml, 2) }} />
      <div className="actions">
        {REACTIONS.map((k) => (
          <button
            key={k}
            type="button"
            className="button button-small"
            aria-pressed={post.myReactions.includes(k)}
            onClick={() => void react(k)}
          >
            {t(`exchange.reaction.${k}`)} {post.reactions[k] || ''}
          </button>
        ))}
        <span className="muted">
          {t('exchange.comments')}: {post.commentCount}
        </span>
      </div>
      <ErrorNotice error={error} />
    </article>
  );
}

function DigestChoice() {
  const { t } = useI18n();
  const digest = useApi<{ frequency: 'off' | 'daily' | 'weekly' }>('/me/community/digest');
  const [error, setError] = useState<unknown>(null);
  if (!digest.data) return null;
  return (
    <section id="digest" aria-labelledby="exchange-digest">
      <h2 id="exchange-digest">{t('exchange.digest')}</h2>
      <SelectField
        label={t('exchange.digestChoice')}
        value={digest.data.frequency}
        onChange={async (e) => {
          try {
            await api('PUT', '/me/community/digest', { frequency: e.target.value });
            digest.reload();
          } catch (err) {
            setError(err);
          }
        }}
      >
        <option value="weekly">{t('exchange.digest.weekly')}</option>
        <option value="daily">{t('exchange.digest.daily')}</option>
        <option value="off">{t('exchange.digest.off')}</option>
      </SelectField>
      <ErrorNotice error={error} />
    </section>
  );
}

export function ExchangePage() {
  const { t } = useI18n();
  const [body, setBody] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  const {
    items,
    first,
    loading,
    error: loadError,
    loadMore,
    next,
  } = usePagedList<Post, string, Feed & { next: string | null }>('/community/posts', { version }, async (cursor, signal) => {
    const page = await get<Feed>(`/community/posts?limit=20${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, signal);
    return { ...page, next: page.nextCursor };
  });
  const pinned = first?.pinned ?? [];
  const refresh = () => setVersion((v) => v + 1);
  const publish = async () => {
    try {
      await api('POST', '/community/posts', { body });
      setBody('');
      setError(null);
      refresh();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Page title={t('exchange.title')}>
      <CommunityNav />
      <p>{t('exchange.intro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void publish();
        }}
      >
        <TextAreaField label={t('exchange.write')} value={body} onChange={(e) => setBody(e.target.value)} rows={4} />
        <ErrorNotice error={error} />
        <button type="submit" className="button button-primary" disabled={!body.trim()}>
          {t('exchange.publish')}
        </button>
      </form>
      {pinned.map((p) => (
        <PostCard key={`pin-${p.id}`} post={p} onChange={refresh} />
      ))}
      <ErrorNotice error={loadError} />
      {loading && <Loading />}
      {!loading && !items.length && !pinned.length && <p>{t('exchange.empty')}</p>}
      {items.map((p) => (
        <PostCard key={p.id} post={p} onChange={refresh} />
      ))}
      {next !== null && (
        <button type="button" className="button" onClick={loadMore}>
          {t('exchange.more')}
        </button>
      )}
      <DigestChoice />
    </Page>
  );
}
