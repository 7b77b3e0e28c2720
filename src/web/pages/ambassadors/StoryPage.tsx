/**
 * One story as colleagues read it. The body is the server's rendering (Markdown with raw HTML
 * disabled, links and images checked), so it is placed as it is. The author edits or deletes it;
 * a coordinator may only hide it for a legal reason, which the author sees here.
 */
import { useState } from 'react';
import { del } from '../../lib/api.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { Link, navigate } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { useApi, useApiMutation } from '../../lib/useApi.ts';
import { ErrorNotice, LiveStatus, Loading } from '../../components/Notice.tsx';
import { Page } from '../../components/Page.tsx';
import { Avatar } from '../../components/ambassadors/Avatar.tsx';
import { ShareLinkBox } from '../../components/ambassadors/ShareLinkBox.tsx';
import { StoryModeration } from '../../components/ambassadors/StoryModeration.tsx';
import { ThankForm } from '../../components/ambassadors/ThankForm.tsx';
import { demoteHeadings } from '../../components/ambassadors/markdown.ts';
import { canManageProgram, fullName, languageLabel, SCOPE_KEYS } from '../../components/ambassadors/program.ts';
import type { Story } from '../../components/ambassadors/types.ts';
import '../../components/ambassadors/ambassadors.css';
import { hasCode } from '../../lib/errors.ts';

export function StoryPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const story = useApi<Story>(`/stories/${encodeURIComponent(id)}`);
  const [status, setStatus] = useState<string | null>(null);
  const [thanking, setThanking] = useState(false);
  const s = story.data;
  const isAuthor = !!s && me.user.personId === s.author.personId;
  const notFound = hasCode(story.error, 'not-found', 'validation-failed');
  const removing = useApiMutation((storyId: string) => del(`/stories/${storyId}`), {
    invalidates: ['/stories'],
    onSuccess: () => navigate('/stories'),
  });

  const remove = () => {
    if (s && window.confirm(t('story.deleteConfirm', { title: s.title }))) removing.mutate(s.id);
  };

  return (
    <Page
      title={s?.title ?? t('story.title')}
      actions={
        <>
          <Link to="/stories">{t('story.back')}</Link>
        </>
      }
    >
      <LiveStatus>{status}</LiveStatus>
      {story.loading && !s && <Loading />}
      {notFound ? <ErrorNotice error={t('story.notFound')} /> : <ErrorNotice error={story.error} />}
      <ErrorNotice error={removing.error} />
      {s && (
        <div className="amb-story-layout">
          <div>
            {s.hidden && (
              <div className="notice amb-notice-hidden">
                <p className="strong">{t('story.hiddenOn', { date: formatDateTime(s.hidden.at, lang, me.organisation.timeZone) })}</p>
                <p>{t('story.hiddenReason', { reason: s.hidden.reason })}</p>
                <p className="hint">{isAuthor ? t('story.hiddenAuthorHint') : t('story.hiddenCoordinatorHint')}</p>
              </div>
            )}
            <article className="card amb-story" lang={s.language} aria-label={s.title}>
              <div className="amb-byline" lang={lang}>
                <Avatar firstName={s.author.firstName} lastName={s.author.lastName} photoUrl={s.author.photoUrl} size={48} />
                <span>
                  <span className="strong">{fullName(s.author)}</span>
                  {s.author.jobTitle && <span className="hint"> · {s.author.jobTitle}</span>}
                  <br />
                  <span className="hint">
                    <time dateTime={s.publishedAt}>{formatDate(s.publishedAt.slice(0, 10), lang)}</time>
                    {s.updatedAt.slice(0, 10) !== s.publishedAt.slice(0, 10) && (
                      <> · {t('story.updated', { date: formatDate(s.updatedAt.slice(0, 10), lang) })}</>
                    )}
                    {' · '}
                    {languageLabel(t, s.language)}
                  </span>
                </span>
                <span className={`amb-badge amb-badge-${s.scope}`}>{t(SCOPE_KEYS[s.scope])}</span>
              </div>
              <div className="amb-rich amb-story-body" dangerouslySetInnerHTML={{ __html: demoteHeadings(s.bodyHtml) }} />
            </article>
          </div>
          <div className="amb-stack">
            {isAuthor && (
              <section className="card" aria-labelledby="story-yours">
                <h2 id="story-yours">{t('story.yours')}</h2>
                <p className="hint">{t('story.yoursHint')}</p>
                <div className="button-row amb-top-0">
                  <Link to={`/stories/${s.id}/edit`} className="button">
                    {t('story.edit')}
                  </Link>
                  <button type="button" className="button button-danger" onClick={remove}>
                    {t('story.delete')}
                  </button>
                </div>
                {s.scope === 'external' && !s.hidden && (
                  <>
                    <h3 className="amb-subhead">{t('story.shareTitle')}</h3>
                    <ShareLinkBox storyId={s.id} intro={t('story.shareHint')} />
                  </>
                )}
              </section>
            )}
            {!isAuthor && me.user.personId && (
              <section className="card" aria-labelledby="story-thank">
                <h2 id="story-thank">{t('story.thankTitle')}</h2>
                {thanking ? (
                  <ThankForm
                    personId={s.author.personId}
                    firstName={s.author.firstName}
                    onCancel={() => setThanking(false)}
                    onDone={() => {
                      setThanking(false);
                      setStatus(t('community.thanked', { name: s.author.firstName }));
                    }}
                  />
                ) : (
                  <button type="button" className="button" onClick={() => setThanking(true)}>
                    {t('community.thank', { name: s.author.firstName })}
                  </button>
                )}
              </section>
            )}
            {canManageProgram(me) && (
              <StoryModeration
                story={s}
                onChange={(next, message) => {
                  story.setData(() => next);
                  setStatus(message);
                }}
              />
            )}
          </div>
        </div>
      )}
    </Page>
  );
}
