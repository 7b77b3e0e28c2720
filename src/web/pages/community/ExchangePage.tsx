/**
 * The community exchange: write a post in your own words (topic, own images, @ mentions), read the
 * feed (pinned posts first, a topic's or an event's feed, older posts by cursor), react, and choose
 * how often the digest comes. Admins open the community to every employee here. Only colleagues who
 * take part see any of this (the API checks).
 */
import { useState } from 'react';
import { ApiError, get, put, query } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { Link, navigate, useLocation } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { can } from '../../lib/types.ts';
import { useApi, useApiMutation } from '../../lib/useApi.ts';
import { usePagedList } from '../../lib/usePagedList.ts';
import { SelectField } from '../../components/Field.tsx';
import { ErrorNotice, LiveStatus, Loading } from '../../components/Notice.tsx';
import { Page } from '../../components/Page.tsx';
import { CommunityNav } from '../../components/community/CommunityNav.tsx';
import { Composer } from '../../components/community/Composer.tsx';
import { PostCard } from '../../components/community/PostCard.tsx';
import { TopicForm } from '../../components/community/TopicForm.tsx';
import { Welcome } from '../../components/community/Welcome.tsx';
import { textIn, type CommunityEventDetail } from '../../components/community/events.ts';
import { topicName, type Feed, type Post, type Topic } from '../../components/community/exchange.ts';
import '../../components/ambassadors/ambassadors.css';
import '../../components/community/exchange.css';

const PAGE_SIZE = 20;
const UUID = /^[0-9a-f-]{36}$/i;

function DigestChoice() {
  const { t } = useI18n();
  const digest = useApi<{ frequency: 'off' | 'daily' | 'weekly' }>('/me/community/digest');
  const save = useApiMutation((frequency: string) => put('/me/community/digest', { frequency }), { invalidates: ['/me/community/digest'] });
  // Someone without a directory entry (an admin account) has no digest to choose.
  if (!digest.data) return null;
  return (
    <section id="digest" aria-labelledby="exchange-digest" className="card">
      <h2 id="exchange-digest">{t('exchange.digest')}</h2>
      <SelectField
        label={t('exchange.digestChoice')}
        value={save.isPending && save.variables ? save.variables : digest.data.frequency}
        onChange={(e) => save.mutate(e.target.value)}
      >
        <option value="weekly">{t('exchange.digest.weekly')}</option>
        <option value="daily">{t('exchange.digest.daily')}</option>
        <option value="off">{t('exchange.digest.off')}</option>
      </SelectField>
      <ErrorNotice error={save.error} />
      <LiveStatus>{save.isSuccess ? t('exchange.saved') : null}</LiveStatus>
    </section>
  );
}

/** The admins' choice: the community for ambassadors only, or for every employee in the directory. */
function OpenToAll() {
  const { t } = useI18n();
  const settings = useApi<{ openToAll: boolean }>('/community/settings');
  const save = useApiMutation((openToAll: boolean) => put('/community/settings', { openToAll }), {
    invalidates: ['/community/settings'],
  });
  if (!settings.data) return <ErrorNotice error={settings.error} />;
  const checked = save.isPending && save.variables !== undefined ? save.variables : settings.data.openToAll;
  return (
    <section aria-labelledby="exchange-settings" className="card">
      <h2 id="exchange-settings">{t('exchange.settings')}</h2>
      <div className="field">
        <label>
          <input type="checkbox" checked={checked} disabled={save.isPending} onChange={(e) => save.mutate(e.target.checked)} />{' '}
          {t('exchange.openToAll')}
        </label>
        <p className="hint">{t('exchange.openToAllHint')}</p>
      </div>
      <ErrorNotice error={save.error} />
      <LiveStatus>{save.isSuccess ? t('exchange.saved') : null}</LiveStatus>
    </section>
  );
}

/** The topic chips: one feed per topic, or all of them. */
function TopicChips({ topics, current, onChoose }: { topics: Topic[]; current: string; onChoose(id: string): void }) {
  const { t, lang } = useI18n();
  return (
    <ul className="amb-chips" aria-label={t('exchange.topics')}>
      <li>
        <button type="button" className="amb-chip" aria-pressed={current === ''} onClick={() => onChoose('')}>
          {t('exchange.allTopics')}
        </button>
      </li>
      {topics.map((x) => (
        <li key={x.id}>
          <button type="button" className="amb-chip" aria-pressed={current === x.id} onClick={() => onChoose(x.id)}>
            {topicName(t, lang, x)}
          </button>
        </li>
      ))}
    </ul>
  );
}

export function ExchangePage() {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const { search } = useLocation();
  const params = new URLSearchParams(search);
  const eventParam = params.get('event') ?? params.get('eventId') ?? '';
  const eventId = UUID.test(eventParam) ? eventParam : '';
  const topicParam = params.get('topic') ?? '';
  const topicId = UUID.test(topicParam) ? topicParam : '';
  const [published, setPublished] = useState<Post | null>(null);
  const alumni = me.user.role === 'alumni';

  const topics = useApi<{ items: Topic[] }>('/community/topics');
  // Events are not for alumni accounts (alumni.gate.ts): an old event link shows their feed without asking.
  const event = useApi<CommunityEventDetail>(eventId && !alumni ? `/events/${eventId}` : null);
  const filter = { topicId, eventId };
  const { items, first, loading, error, loadMore, next } = usePagedList<Post, string, Feed & { next: string | null }>(
    '/community/posts',
    filter,
    async (cursor, signal) => {
      const page = await get<Feed>(`/community/posts${query({ ...filter, limit: PAGE_SIZE, cursor })}`, signal);
      return { ...page, next: page.nextCursor };
    },
    { keepPrevious: true },
  );
  // An event's feed is about the event: the organisation's other pinned posts stay on the main feed.
  const pinned = (first?.pinned ?? []).filter((p) => !eventId || p.eventId === eventId);
  const pinnedIds = new Set(pinned.map((p) => p.id));
  const feed = items.filter((p) => !pinnedIds.has(p.id));
  const choose = (id: string) => navigate(`/community/exchange${query({ topic: id, event: eventId })}`, { replace: true });
  const eventTitle = event.data ? textIn(event.data.title, lang) : '';
  // Someone who does not take part (not an ambassador, community not open to all) gets the reason, not a composer.
  const shut = error instanceof ApiError && error.status === 403;

  return (
    <Page title={eventId ? t('exchange.eventFeed', { title: eventTitle || t('exchange.event') }) : t('exchange.title')}>
      {/* An alumni account has the exchange's alumni topic only: no events or directory (alumni.gate.ts). */}
      {!alumni && <CommunityNav />}
      {eventId ? (
        <p>
          {t('exchange.eventFeedIntro')} <Link to={`/community/events/${eventId}`}>{t('exchange.toEvent')}</Link> ·{' '}
          <Link to="/community/exchange">{t('exchange.allPosts')}</Link>
        </p>
      ) : (
        <p>{t('exchange.intro')}</p>
      )}
      <ErrorNotice error={event.error} />
      {!eventId && <Welcome />}
      {me.user.personId && !shut && (
        <Composer
          key={`${eventId}-${topicId}`}
          eventId={eventId || null}
          defaultTopicId={topicId || null}
          onDone={(p) => setPublished(p)}
        />
      )}
      <LiveStatus>{published ? t('exchange.published') : null}</LiveStatus>
      {!eventId && topics.data && topics.data.items.length > 0 && (
        <TopicChips topics={topics.data.items} current={topicId} onChoose={choose} />
      )}
      <section aria-labelledby="exchange-posts">
        <h2 id="exchange-posts" className="visually-hidden">
          {t('exchange.posts')}
        </h2>
        {pinned.length > 0 && (
          <div className="exchange-pinned" aria-label={t('exchange.pinned')} role="group">
            {pinned.map((p) => (
              <PostCard key={`pin-${p.id}`} post={p} />
            ))}
          </div>
        )}
        <ErrorNotice error={error} />
        {loading && <Loading />}
        {!loading && !error && !feed.length && !pinned.length && <p>{t(eventId ? 'exchange.eventEmpty' : 'exchange.empty')}</p>}
        {feed.map((p) => (
          <PostCard key={p.id} post={p} />
        ))}
        {next !== null && (
          <button type="button" className="button" onClick={loadMore} disabled={loading}>
            {t('exchange.more')}
          </button>
        )}
      </section>
      {!shut && <DigestChoice />}
      {!eventId && can(me, 'program.manage') && <TopicForm />}
      {can(me, 'org.manage') && <OpenToAll />}
    </Page>
  );
}
