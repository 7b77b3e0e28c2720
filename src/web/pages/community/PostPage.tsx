/**
 * One post of the exchange with its comments: comment (with @ mentions), edit or delete one's own;
 * the author alone edits (in the composer) or deletes the post; coordinators pin it or hide it for a
 * legal reason, which its author and coordinators then see.
 */
import { useState } from 'react';
import { api, del } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { Link, navigate } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { can } from '../../lib/types.ts';
import { useApi, useApiMutation } from '../../lib/useApi.ts';
import { ErrorNotice, LiveStatus, Loading } from '../../components/Notice.tsx';
import { Page } from '../../components/Page.tsx';
import { CommentItem, withMentions } from '../../components/community/CommentItem.tsx';
import { CommunityNav } from '../../components/community/CommunityNav.tsx';
import { Composer } from '../../components/community/Composer.tsx';
import { HideButton, HidePrompt, useHiding } from '../../components/community/HideActions.tsx';
import { MentionTextArea } from '../../components/community/MentionTextArea.tsx';
import { PostCard, useMilestoneText } from '../../components/community/PostCard.tsx';
import type { Comment, Mention, Post } from '../../components/community/exchange.ts';
import '../../components/ambassadors/ambassadors.css';
import '../../components/community/exchange.css';

function NewComment({ postId, topicId }: { postId: string; topicId: string | null }) {
  const { t } = useI18n();
  const [body, setBody] = useState('');
  const [mentions, setMentions] = useState<Mention[]>([]);
  const add = useApiMutation(() => api<Comment>('POST', `/community/posts/${postId}/comments`, withMentions(body, mentions)), {
    invalidates: [`/community/posts/${postId}`, '/community/posts'],
    onSuccess: () => {
      setBody('');
      setMentions([]);
    },
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (body.trim()) add.mutate();
      }}
    >
      <MentionTextArea
        label={t('exchange.writeComment')}
        value={body}
        onChange={setBody}
        onMention={(m) => setMentions((old) => [...old, m])}
        rows={3}
        topicId={topicId}
      />
      <ErrorNotice error={add.error} />
      <button type="submit" className="button button-primary" disabled={!body.trim() || add.isPending}>
        {t('exchange.comment')}
      </button>
      <LiveStatus>{add.isSuccess ? t('exchange.commented') : null}</LiveStatus>
    </form>
  );
}

function PostView({ post, comments }: { post: Post; comments: Comment[] }) {
  const { t } = useI18n();
  const { me } = useSession();
  const moderates = can(me, 'program.manage');
  const [editing, setEditing] = useState(false);
  const invalidates = [`/community/posts/${post.id}`, '/community/posts'];
  const pin = useApiMutation((pinned: boolean) => api<Post>('PUT', `/community/posts/${post.id}/pin`, { pinned }), { invalidates });
  const hiding = useHiding(`/community/posts/${post.id}/hidden`, invalidates);
  const hide = hiding.mutation;
  const remove = useApiMutation(() => del(`/community/posts/${post.id}`), {
    invalidates: ['/community/posts'],
    onSuccess: () => navigate('/community/exchange'),
  });
  const milestone = post.kind === 'milestone';

  const actions = (
    <>
      <div className="button-row">
        {post.mine && !milestone && (
          <button type="button" className="button button-small" onClick={() => setEditing(true)}>
            {t('exchange.edit')}
          </button>
        )}
        {post.mine && (
          <button
            type="button"
            className="button button-small button-danger"
            disabled={remove.isPending}
            onClick={() => window.confirm(t('exchange.deleteConfirm')) && remove.mutate()}
          >
            {t('exchange.delete')}
          </button>
        )}
        {moderates && !post.hidden && (
          <button type="button" className="button button-small" disabled={pin.isPending} onClick={() => pin.mutate(!post.pinned)}>
            {post.pinned ? t('exchange.unpin') : t('exchange.pin')}
          </button>
        )}
        {moderates && <HideButton hiding={hiding} hidden={!!post.hidden} />}
      </div>
      <HidePrompt hiding={hiding} />
      <ErrorNotice error={pin.error ?? hide.error ?? remove.error} />
      <LiveStatus>
        {pin.isSuccess ? t(pin.variables ? 'exchange.pinnedNow' : 'exchange.unpinnedNow') : hide.isSuccess ? t('exchange.saved') : null}
      </LiveStatus>
    </>
  );

  return (
    <>
      {editing ? (
        <Composer post={post} onDone={() => setEditing(false)} onCancel={() => setEditing(false)} />
      ) : (
        <PostCard post={post} standalone actions={actions} />
      )}
      <section aria-labelledby="post-comments">
        <h2 id="post-comments">{t('exchange.comments')}</h2>
        {comments.length === 0 && <p>{t('exchange.noComments')}</p>}
        {comments.length > 0 && (
          <ul className="exchange-comments">
            {comments.map((c) => (
              <CommentItem key={c.id} comment={c} postId={post.id} topicId={post.topicId} moderates={moderates} />
            ))}
          </ul>
        )}
        {me.user.personId && !post.hidden && <NewComment postId={post.id} topicId={post.topicId} />}
      </section>
    </>
  );
}

export function PostPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { data, error, loading } = useApi<{ post: Post; comments: Comment[] }>(`/community/posts/${id}`);
  const milestone = useMilestoneText(data?.post ?? ({ kind: 'post' } as Post));
  const title = data
    ? (milestone ?? t('exchange.postBy', { name: `${data.post.author.firstName} ${data.post.author.lastName}` }))
    : t('exchange.post');
  return (
    <Page title={title}>
      <CommunityNav />
      <p>
        <Link to={data?.post.eventId ? `/community/exchange?event=${data.post.eventId}` : '/community/exchange'}>
          {data?.post.eventId ? t('exchange.backToEventFeed') : t('exchange.backToFeed')}
        </Link>
      </p>
      {loading && !data && <Loading />}
      <ErrorNotice error={error} />
      {data && <PostView post={data.post} comments={data.comments} />}
    </Page>
  );
}
