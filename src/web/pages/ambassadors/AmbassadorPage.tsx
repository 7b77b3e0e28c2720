/**
 * "Ambassador", for every employee. Not (yet) an ambassador: what it means, a pending invitation
 * to answer, and joining with a scope of one's own choosing. An ambassador: the profile in their
 * own words, photo, scope, thanks, share link, reported posts, questions from candidates, and a
 * one-click way out that takes effect at once. Only the person decides any of this.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, del, post, put } from '../../components/ambassadors/http.ts';
import { errorText, fieldError, itemText } from '../../lib/errors.ts';
import { formatDate } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { Link } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import type { ApiLanguage } from '../../lib/types.ts';
import { useApi, type Loaded } from '../../lib/useApi.ts';
import { ErrorNotice, LiveStatus, Loading } from '../../components/Notice.tsx';
import { Page } from '../../components/Page.tsx';
import { LinksEditor } from '../../components/ambassadors/LinksEditor.tsx';
import { PhotoUpload } from '../../components/ambassadors/PhotoUpload.tsx';
import { QuestionsList } from '../../components/ambassadors/QuestionsList.tsx';
import { RecognitionList } from '../../components/ambassadors/RecognitionList.tsx';
import { ReportedPosts } from '../../components/ambassadors/ReportedPosts.tsx';
import { ScopeChooser, type ScopeChoice } from '../../components/ambassadors/ScopeChooser.tsx';
import { ShareLinkBox } from '../../components/ambassadors/ShareLinkBox.tsx';
import { TopicPicker } from '../../components/ambassadors/TopicPicker.tsx';
import { languageLabel, SCOPE_KEYS, SUGGESTED_TOPICS } from '../../components/ambassadors/program.ts';
import {
  API_LANGUAGES,
  type Ambassador,
  type MyAmbassador,
  type ProfileLink,
  type Question,
  type Recognition,
  type StoriesPage,
} from '../../components/ambassadors/types.ts';
import '../../components/ambassadors/ambassadors.css';
import { TextAreaField } from '../../components/Field.tsx';

export function AmbassadorPage({ questionId }: { questionId?: string }) {
  const { t } = useI18n();
  const { me } = useSession();
  const linked = me.user.personId !== null;
  const mine = useApi<MyAmbassador>(linked ? '/me/ambassador' : null);
  const [status, setStatus] = useState<string | null>(null);
  // After joining or leaving, the page changes under the button: focus goes to the new view's heading.
  const [moved, setMoved] = useState(false);
  const wall = `/careers/${encodeURIComponent(me.organisation.slug)}`;
  const active = mine.data?.ambassador?.active ?? false;

  const wallLink = (
    <a className="button" href={wall}>
      {t('amb.toWall')}
    </a>
  );

  if (!linked) {
    return (
      <Page title={t('amb.title')} actions={wallLink}>
        <Explanation />
        <div className="notice amb-notice-info">
          <p>{t('amb.notLinked')}</p>
        </div>
      </Page>
    );
  }

  return (
    <Page title={t('amb.title')} actions={wallLink}>
      <LiveStatus>{status}</LiveStatus>
      {mine.loading && !mine.data && <Loading />}
      <ErrorNotice error={mine.error} />
      {mine.data &&
        (active ? (
          <AmbassadorView
            data={mine.data}
            focusHeading={moved}
            questionId={questionId}
            onChange={(a) => mine.setData((d) => d && { ...d, ambassador: a })}
            onLeft={() => {
              setStatus(t('amb.leftDone'));
              setMoved(true);
              // Immediate here as on the server; the reload brings the rest (invitation, sensitive).
              mine.setData((d) => d && { ...d, ambassador: d.ambassador && { ...d.ambassador, active: false } });
              mine.reload();
            }}
          />
        ) : (
          <NotYetView
            data={mine.data}
            focusHeading={moved}
            questionId={questionId}
            onJoined={(a) => {
              setStatus(t('amb.joinedDone'));
              setMoved(true);
              mine.setData((d) => d && { ...d, ambassador: a, invitation: d.invitation && { ...d.invitation, answer: 'accepted' } });
            }}
            onAnswered={(answer) => mine.setData((d) => d && { ...d, invitation: d.invitation && { ...d.invitation, answer } })}
          />
        ))}
    </Page>
  );
}

function Explanation() {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="amb-what">
      <h2 id="amb-what">{t('amb.whatTitle')}</h2>
      <p>{t('amb.whatIntro')}</p>
      <ul className="amb-points">
        <li>{t('amb.whatVoluntary')}</li>
        <li>{t('amb.whatOwnWords')}</li>
        <li>{t('amb.whatScope')}</li>
        <li>{t('amb.whatLeave')}</li>
      </ul>
    </section>
  );
}

function NotYetView({
  data,
  focusHeading,
  questionId,
  onJoined,
  onAnswered,
}: {
  data: MyAmbassador;
  focusHeading: boolean;
  questionId?: string;
  onJoined(a: Ambassador): void;
  onAnswered(answer: 'maybe_later' | 'declined'): void;
}) {
  const { t, lang } = useI18n();
  const [choice, setChoice] = useState<ScopeChoice>({ scope: 'internal', behindTheScenes: data.ambassador?.behindTheScenes ?? false });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [answerError, setAnswerError] = useState<unknown>(null);
  const questions = useApi<{ items: Question[] }>(data.ambassador ? '/me/questions' : null);
  const joinHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) joinHeading.current?.focus();
  }, [focusHeading]);
  const inv = data.invitation;
  const openInvitation = inv && (inv.answer === 'pending' || inv.answer === 'maybe_later');

  const join = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onJoined(
        await put<Ambassador>('/me/ambassador', {
          scope: data.sensitive ? 'internal' : choice.scope,
          behindTheScenes: choice.behindTheScenes,
        }),
      );
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const answer = async (a: 'maybe_later' | 'declined') => {
    setAnswerError(null);
    try {
      await post('/me/ambassador/invitation', { answer: a });
      onAnswered(a);
    } catch (err) {
      setAnswerError(err);
    }
  };

  return (
    <>
      <Explanation />
      {openInvitation && (
        <section className="card amb-invitation" aria-labelledby="amb-inv">
          <h2 id="amb-inv">{inv.from ? t('amb.invitedBy', { from: inv.from }) : t('amb.invited')}</h2>
          <p className="hint">{formatDate(inv.createdAt.slice(0, 10), lang)}</p>
          {inv.message && <blockquote className="amb-note">{inv.message}</blockquote>}
          <p>{inv.answer === 'maybe_later' ? t('amb.invitationMaybeLaterSaid') : t('amb.invitationChoice')}</p>
          <div className="button-row">
            {inv.answer !== 'maybe_later' && (
              <button type="button" className="button" onClick={() => answer('maybe_later')}>
                {t('amb.maybeLater')}
              </button>
            )}
            <button type="button" className="button" onClick={() => answer('declined')}>
              {t('amb.noThanks')}
            </button>
          </div>
          <ErrorNotice error={answerError} />
        </section>
      )}
      {inv?.answer === 'declined' && <p className="hint">{t('amb.invitationDeclined')}</p>}
      <section className="card" aria-labelledby="amb-join">
        <h2 id="amb-join" ref={joinHeading} tabIndex={-1}>
          {data.ambassador ? t('amb.rejoinTitle') : t('amb.joinTitle')}
        </h2>
        {data.ambassador && <p>{t('amb.rejoinIntro')}</p>}
        <form onSubmit={join}>
          <ScopeChooser value={choice} sensitive={data.sensitive} onChange={setChoice} error={fieldError(error, 'scope', t)} />
          <ErrorNotice error={fieldError(error, 'scope', t) ? null : error} />
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('amb.join')}
          </button>
        </form>
      </section>
      {/* Someone who left may still have questions to answer. */}
      {data.ambassador && <QuestionsSection questions={questions} questionId={questionId} hideWhenEmpty />}
    </>
  );
}

function AmbassadorView({
  data,
  focusHeading,
  questionId,
  onChange,
  onLeft,
}: {
  data: MyAmbassador;
  focusHeading: boolean;
  questionId?: string;
  onChange(a: Ambassador): void;
  onLeft(): void;
}) {
  const { t, lang } = useI18n();
  const a = data.ambassador!;
  const statusHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) statusHeading.current?.focus();
  }, [focusHeading]);
  const [leaveError, setLeaveError] = useState<unknown>(null);
  const [leaving, setLeaving] = useState(false);
  const questions = useApi<{ items: Question[] }>('/me/questions');
  const recognitions = useApi<{ items: Recognition[] }>('/me/recognitions');
  const stories = useApi<StoriesPage>(`/stories?author=${a.personId}&limit=50`);
  const open = questions.data?.items.filter((q) => !q.answeredAt).length ?? 0;

  const leave = async () => {
    if (!window.confirm(t('amb.leaveConfirm'))) return;
    setLeaving(true);
    setLeaveError(null);
    try {
      await del('/me/ambassador');
      onLeft();
    } catch (err) {
      setLeaveError(err);
      setLeaving(false);
    }
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
          <button type="button" className="button amb-button-leave" onClick={leave} disabled={leaving}>
            {t('amb.leave')}
          </button>
          <p className="hint">{t('amb.leaveHint')}</p>
          <ErrorNotice error={leaveError} />
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

function QuestionsSection({
  questions,
  questionId,
  hideWhenEmpty,
}: {
  questions: Loaded<{ items: Question[] }>;
  questionId?: string;
  hideWhenEmpty?: boolean;
}) {
  const { t } = useI18n();
  if (hideWhenEmpty && !questions.data?.items.length && !questionId) return null;
  return (
    <section className="card" aria-labelledby="amb-questions">
      <h2 id="amb-questions" tabIndex={-1}>
        {t('amb.questions')}
      </h2>
      <p className="hint">{t('amb.questionsIntro')}</p>
      {questions.loading && !questions.data && <Loading />}
      <ErrorNotice error={questions.error} />
      {questions.data && (
        <QuestionsList
          items={questions.data.items}
          focusId={questionId}
          onAnswered={(q) => questions.setData((d) => d && { items: d.items.map((x) => (x.id === q.id ? q : x)) })}
        />
      )}
    </section>
  );
}

function ProfileSection({ a, topics, onSaved }: { a: Ambassador; topics: string[]; onSaved(a: Ambassador): void }) {
  const { t } = useI18n();
  const [intro, setIntro] = useState(a.intro);
  const [chosen, setChosen] = useState<string[]>(a.topics);
  const [languages, setLanguages] = useState<string[]>(a.languages);
  const [links, setLinks] = useState<ProfileLink[]>(a.links);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      const saved = await put<Ambassador>('/me/ambassador', {
        scope: a.scope,
        behindTheScenes: a.behindTheScenes,
        intro,
        topics: chosen,
        languages: languages as ApiLanguage[],
        links: links.map((l) => ({ network: l.network.trim(), url: l.url.trim() })),
      });
      onSaved(saved);
      setStatus(t('amb.profileSaved'));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const linkErrors = links.map((_, i) => {
    const item =
      error instanceof ApiError
        ? (error.problem.errors ?? []).find((x) => x.path?.endsWith(`links.${i}.url`) || x.path?.endsWith(`links.${i}.network`))
        : undefined;
    return item && itemText(item, t);
  });
  const known = fieldError(error, 'intro', t) || linkErrors.some(Boolean);

  return (
    <section className="card" aria-labelledby="amb-profile">
      <h2 id="amb-profile" tabIndex={-1}>
        {t('amb.profile')}
      </h2>
      <p className="hint">{t('amb.profileIntro')}</p>
      <form onSubmit={save} className="amb-profile-form">
        <TextAreaField
          label={t('amb.intro')}
          hint={t('amb.introHint')}
          rows={6}
          maxLength={2000}
          value={intro}
          onChange={(e) => setIntro(e.target.value)}
          error={fieldError(error, 'intro', t)}
        />
        <TopicPicker suggested={topics} value={chosen} onChange={setChosen} />
        <fieldset className="amb-languages">
          <legend>{t('amb.languages')}</legend>
          <div className="amb-checks">
            {API_LANGUAGES.map((l) => (
              <label key={l} className="amb-check">
                <input
                  type="checkbox"
                  checked={languages.includes(l)}
                  onChange={(e) => setLanguages(e.target.checked ? [...languages, l] : languages.filter((x) => x !== l))}
                />
                {languageLabel(t, l)}
              </label>
            ))}
          </div>
        </fieldset>
        <LinksEditor value={links} onChange={setLinks} errors={linkErrors} />
        <ErrorNotice error={known ? null : error} />
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('amb.saveProfile')}
        </button>
        <LiveStatus>{status}</LiveStatus>
      </form>
    </section>
  );
}

function ScopeSection({ a, sensitive, onSaved }: { a: Ambassador; sensitive: boolean; onSaved(a: Ambassador): void }) {
  const { t } = useI18n();
  const [choice, setChoice] = useState<ScopeChoice>({ scope: a.effectiveScope, behindTheScenes: a.behindTheScenes });
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setChoice({ scope: a.effectiveScope, behindTheScenes: a.behindTheScenes }), [a.effectiveScope, a.behindTheScenes]);
  const changed = choice.scope !== a.effectiveScope || choice.behindTheScenes !== a.behindTheScenes;

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      const saved = await put<Ambassador>('/me/ambassador', { scope: choice.scope, behindTheScenes: choice.behindTheScenes });
      onSaved(saved);
      setStatus(saved.effectiveScope === 'external' ? t('amb.scopeSavedExternal') : t('amb.scopeSavedInternal'));
    } catch (err) {
      setError(errorText(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="amb-scope">
      <h2 id="amb-scope">{t('amb.scopeTitle')}</h2>
      <form onSubmit={save}>
        <ScopeChooser value={choice} sensitive={sensitive} onChange={setChoice} />
        <ErrorNotice error={error} />
        <button type="submit" className="button" disabled={busy || !changed}>
          {t('amb.saveScope')}
        </button>
        <LiveStatus>{status}</LiveStatus>
      </form>
    </section>
  );
}
