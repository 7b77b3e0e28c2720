/**
 * The Ambassador page for an ambassador: the profile in their own words, photo, scope, share link,
 * stories, questions from candidates, thanks, reported posts, and a one-click way out.
 */
import { useEffect, useRef } from 'react';
import { formatDate } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { Link } from '../../lib/router.tsx';
import { useApi, useApiMutation } from '../../lib/useApi.ts';
import { ErrorNotice, Loading } from '../Notice.tsx';
import { del } from '../../lib/api.ts';
import { PhotoUpload } from './PhotoUpload.tsx';
import { MilestonesSection } from './MilestonesSection.tsx';
import { ProfileSection } from './ProfileSection.tsx';
import { QuestionsSection } from './QuestionsSection.tsx';
import { RecognitionList } from './RecognitionList.tsx';
import { ReportedPosts } from './ReportedPosts.tsx';
import { ScopeSection } from './ScopeSection.tsx';
import { ShareLinkBox } from './ShareLinkBox.tsx';
import { SCOPE_KEYS, SUGGESTED_TOPICS } from './program.ts';
import type { Ambassador, MyAmbassador, Question, Recognition, StoriesPage } from './types.ts';

export function AmbassadorView({
  data,
  focusHeading,
  questionId,
  onChange,
  onMilestones,
  onLeft,
}: {
  data: MyAmbassador;
  focusHeading: boolean;
  questionId?: string;
  onChange(a: Ambassador): void;
  /** The milestones choice was saved. */
  onMilestones(share: boolean): void;
  onLeft(): void;
}) {
  const { t, lang } = useI18n();
  const a = data.ambassador!;
  const statusHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) statusHeading.current?.focus();
  }, [focusHeading]);
  const questions = useApi<{ items: Question[] }>('/me/questions');
  const recognitions = useApi<{ items: Recognition[] }>('/me/recognitions');
  const stories = useApi<StoriesPage>(`/stories?author=${a.personId}&limit=50`);
  const open = questions.data?.items.filter((q) => !q.answeredAt).length ?? 0;
  const leaving = useApiMutation(() => del('/me/ambassador'), {
    // The community and the stories lose this ambassador at once; the page's own data is refreshed too.
    invalidates: ['/me/ambassador', '/ambassadors', '/stories'],
    onSuccess: onLeft,
  });

  const leave = () => {
    if (window.confirm(t('amb.leaveConfirm'))) leaving.mutate();
  };

  return (
    <>
      <section className="card amb-status" aria-labelledby="amb-status">
        <h2 id="amb-status" ref={statusHeading} tabIndex={-1}>
          {a.effectiveScope === 'external' ? t('amb.youAreExternal') : t('amb.youAreInternal')}
        </h2>
        <p>
          {t('amb.since', { date: formatDate(a.joinedAt.slice(0, 10), lang) })}{' '}
          {a.effectiveScope === 'external' ? t('amb.externalMeans') : t('amb.internalMeans')}
        </p>
        <nav aria-label={t('amb.onThisPage')}>
          <ul className="amb-toc">
            <li>
              <a href="#amb-profile">{t('amb.profile')}</a>
            </li>
            <li>
              <a href="#amb-stories">{t('amb.myStories')}</a>
            </li>
            <li>
              <a href="#amb-questions">{open ? t('amb.questionsOpen', { n: open }) : t('amb.questions')}</a>
            </li>
            <li>
              <a href="#amb-thanks">{t('amb.thanks')}</a>
            </li>
            <li>
              <a href="#amb-posts">{t('amb.posts')}</a>
            </li>
          </ul>
        </nav>
        <div className="amb-leave">
          {/* Left: the page changes under the button, so it stays busy until then. */}
          <button type="button" className="button amb-button-leave" onClick={leave} disabled={leaving.isPending || leaving.isSuccess}>
            {t('amb.leave')}
          </button>
          <p className="hint">{t('amb.leaveHint')}</p>
          <ErrorNotice error={leaving.error} />
        </div>
      </section>

      <div className="amb-columns">
        <ProfileSection a={a} topics={data.topics.length ? data.topics : SUGGESTED_TOPICS} onSaved={onChange} />
        <div className="amb-stack">
          <section className="card" aria-labelledby="amb-photo">
            <h2 id="amb-photo">{t('amb.photo')}</h2>
            <PhotoUpload ambassador={a} onChange={(photoUrl) => onChange({ ...a, photoUrl })} />
          </section>
          <ScopeSection a={a} sensitive={data.sensitive} onSaved={onChange} />
          <MilestonesSection
            a={a}
            share={data.shareMilestones}
            onSaved={(share, saved) => {
              onMilestones(share);
              onChange(saved);
            }}
          />
          <section className="card" aria-labelledby="amb-share">
            <h2 id="amb-share">{t('amb.share')}</h2>
            <ShareLinkBox intro={a.effectiveScope === 'external' ? t('amb.shareIntro') : t('amb.shareInternal')} />
          </section>
        </div>
      </div>

      <section className="card" aria-labelledby="amb-stories" id="amb-stories-section">
        <h2 id="amb-stories" tabIndex={-1}>
          {t('amb.myStories')}
        </h2>
        <div className="button-row amb-top-0">
          <Link to="/stories/new" className="button button-primary">
            {t('stories.write')}
          </Link>
        </div>
        <ErrorNotice error={stories.error} />
        {stories.data?.items.length === 0 && <p className="empty">{t('amb.noStories')}</p>}
        {!!stories.data?.items.length && (
          <ul className="plain-list">
            {stories.data.items.map((s) => (
              <li key={s.id}>
                <Link to={`/stories/${s.id}`}>{s.title}</Link>
                <span className="hint">
                  {' · '}
                  {formatDate(s.publishedAt.slice(0, 10), lang)} · {t(SCOPE_KEYS[s.scope])}
                </span>
                {s.hidden && <span className="amb-badge amb-badge-hidden">{t('story.hiddenBadge')}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <QuestionsSection questions={questions} questionId={questionId} />

      <section className="card" aria-labelledby="amb-thanks">
        <h2 id="amb-thanks" tabIndex={-1}>
          {t('amb.thanks')}
        </h2>
        {recognitions.loading && !recognitions.data && <Loading />}
        <ErrorNotice error={recognitions.error} />
        {recognitions.data?.items.length === 0 && <p className="empty">{t('amb.thanksNone')}</p>}
        {!!recognitions.data?.items.length && <RecognitionList items={recognitions.data.items} />}
      </section>

      <section className="card" aria-labelledby="amb-posts">
        <h2 id="amb-posts" tabIndex={-1}>
          {t('amb.posts')}
        </h2>
        <ReportedPosts />
      </section>
    </>
  );
}
