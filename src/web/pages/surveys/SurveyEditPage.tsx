/**
 * One survey for HR: its texts per language, its questions, its settings, a preview as the
 * respondent sees it (in their language), opening and closing it, and sending it to a segment.
 */
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { API_BASE, ApiError, del, isAbort, NetworkError, post, problemOf } from '../../lib/api.ts';
import { hasCode } from '../../lib/errors.ts';
import { formatDate } from '../../lib/format.ts';
import { LANGS, LANGUAGE_NAMES, useI18n, type Lang } from '../../lib/i18n.tsx';
import { Link, navigate } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { useApi, useApiMutation } from '../../lib/useApi.ts';
import { ErrorNotice, LiveStatus, Loading } from '../../components/Notice.tsx';
import { Page } from '../../components/Page.tsx';
import { Participation } from '../../components/surveys/Participation.tsx';
import { CampaignForm } from '../../components/surveys/CampaignForm.tsx';
import { QuestionsEditor } from '../../components/surveys/QuestionsEditor.tsx';
import { SettingsForm } from '../../components/surveys/SettingsForm.tsx';
import { TextsForm } from '../../components/surveys/TextsForm.tsx';
import { KIND_KEYS, managesSurveys, paths, STATUS_KEYS, type Survey } from '../../components/surveys/model.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import '../../components/moments/moments.css';
import '../../components/surveys/surveys.css';

export function SurveyEditPage({ id }: { id: string }) {
  const { me } = useSession();
  return managesSurveys(me) ? <SurveyEditor id={id} /> : <NotFoundPage forbidden />;
}

function SurveyEditor({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const survey = useApi<Survey>(paths.survey(id));
  const [status, setStatus] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const s = survey.data;
  const removing = useApiMutation(() => del(paths.survey(id)), { invalidates: ['/surveys'], onSuccess: () => navigate('/surveys') });
  const setSurvey = (next: Survey) => survey.setData(() => next);

  const changing = useApiMutation((to: 'open' | 'close') => post<Survey>(to === 'open' ? paths.open(id) : paths.close(id)), {
    invalidates: ['/surveys'],
    onSuccess: (saved, to) => {
      setSurvey(saved);
      setStatus(t(to === 'open' ? 'surveys.edit.opened' : 'surveys.edit.closed'));
    },
  });

  const notFound = hasCode(survey.error, 'not-found', 'validation-failed');
  const title = s ? s.title || t('surveys.untitled') : t('surveys.edit.title');
  return (
    <Page
      title={title}
      actions={
        <>
          <Link to="/surveys">{t('surveys.back')}</Link>
          {s && s.status !== 'draft' && (
            <Link className="button button-small" to={`/surveys/${id}/results`}>
              {t('surveys.list.results')}
            </Link>
          )}
        </>
      }
    >
      {survey.loading && !s && <Loading />}
      {notFound ? <ErrorNotice error={t('surveys.notFound')} /> : <ErrorNotice error={survey.error} />}
      <LiveStatus>{status}</LiveStatus>
      {s && (
        <>
          <section className="card sv-state" aria-labelledby="survey-state">
            <h2 id="survey-state">{t('surveys.edit.state')}</h2>
            <dl className="sv-facts">
              <div>
                <dt>{t('surveys.list.status')}</dt>
                <dd>
                  <span className={`sv-status sv-status-${s.status}`}>{t(STATUS_KEYS[s.status])}</span>
                </dd>
              </div>
              <div>
                <dt>{t('surveys.list.kind')}</dt>
                <dd>{t(KIND_KEYS[s.kind])}</dd>
              </div>
              <div>
                <dt>{t('surveys.list.answered')}</dt>
                <dd>
                  <Participation answered={s.answered} invited={s.invited} minGroup={s.minGroup} />
                </dd>
              </div>
              {s.closesAt && (
                <div>
                  <dt>{t('surveys.settings.closesOn')}</dt>
                  <dd>{formatDate(s.closesAt.slice(0, 10), lang)}</dd>
                </div>
              )}
            </dl>
            <p className="hint">{t(`surveys.edit.stateHint.${s.status}`)}</p>
            <ErrorNotice error={changing.error ?? removing.error} />
            <div className="button-row">
              {s.status !== 'open' && (
                <button
                  type="button"
                  className="button button-primary"
                  disabled={changing.isPending}
                  onClick={() => changing.mutate('open')}
                >
                  {s.status === 'closed' ? t('surveys.edit.reopen') : t('surveys.edit.open')}
                </button>
              )}
              {s.status === 'open' && (
                <button type="button" className="button" disabled={changing.isPending} onClick={() => changing.mutate('close')}>
                  {t('surveys.edit.close')}
                </button>
              )}
              {/* Only a draft can be deleted: a survey that was sent is closed instead, its answers kept. */}
              {s.status === 'draft' && !confirmDelete && (
                <button type="button" className="button button-danger" onClick={() => setConfirmDelete(true)}>
                  {t('surveys.edit.delete')}
                </button>
              )}
            </div>
            {s.status === 'draft' && confirmDelete && (
              <div className="m-confirm">
                <p>{t('surveys.edit.confirmDelete', { title })}</p>
                <div className="button-row">
                  <button type="button" className="button button-danger" disabled={removing.isPending} onClick={() => removing.mutate()}>
                    {t('surveys.edit.deleteYes')}
                  </button>
                  <button type="button" className="button" onClick={() => setConfirmDelete(false)}>
                    {t('surveys.cancel')}
                  </button>
                </div>
              </div>
            )}
          </section>

          <section className="card" aria-labelledby="survey-texts">
            <h2 id="survey-texts">{t('surveys.edit.texts')}</h2>
            <TextsForm key={`${s.id}-texts`} survey={s} onSaved={setSurvey} />
          </section>

          <section className="card" aria-labelledby="survey-questions">
            <h2 id="survey-questions">{t('surveys.edit.questions')}</h2>
            <QuestionsEditor survey={s} onSaved={setSurvey} />
          </section>

          <section className="card" aria-labelledby="survey-settings">
            <h2 id="survey-settings">{t('surveys.edit.settings')}</h2>
            <SettingsForm key={`${s.id}-settings`} survey={s} onSaved={setSurvey} />
          </section>

          <section className="card" aria-labelledby="survey-preview">
            <h2 id="survey-preview">{t('surveys.edit.preview')}</h2>
            <Preview survey={s} />
          </section>

          <section className="card" aria-labelledby="survey-send">
            <h2 id="survey-send">{t('surveys.campaign.title')}</h2>
            <CampaignForm survey={s} onSent={() => survey.reload()} />
          </section>
        </>
      )}
    </Page>
  );
}

/**
 * The respondent's page as the server renders it (GET /surveys/{id}/preview, every control
 * disabled), in the chosen language. It is shown in a sandboxed frame from its HTML (srcdoc: the API
 * refuses to be framed, and no script may run in it), and can be opened in a tab of its own.
 */
function Preview({ survey }: { survey: Survey }) {
  const { t, lang: uiLang } = useI18n();
  const [lang, setLang] = useState<Lang>(uiLang);
  const path = paths.preview(survey.id, lang);
  // Read again whenever the survey changed (its updatedAt is in the key).
  const page = useQuery({ queryKey: [path, survey.updatedAt, survey.questions.length], queryFn: ({ signal }) => getHtml(path, signal) });
  return (
    <div className="sv-preview">
      <fieldset className="m-fieldset">
        <legend>{t('surveys.edit.previewLanguage')}</legend>
        <div className="sv-inline-radios">
          {LANGS.map((l) => (
            <div className="m-check" key={l}>
              <input id={`preview-${l}`} type="radio" name="preview-lang" checked={l === lang} onChange={() => setLang(l)} />
              <label htmlFor={`preview-${l}`}>{LANGUAGE_NAMES[l]}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <p>
        <a href={API_BASE + path} target="_blank" rel="noopener">
          {t('surveys.edit.previewOpen')}
        </a>
      </p>
      <ErrorNotice error={page.error} />
      {page.isFetching && !page.data && <Loading />}
      {page.data !== undefined && (
        <iframe
          className="sv-preview-frame"
          title={t('surveys.edit.previewFrame', { language: LANGUAGE_NAMES[lang] })}
          srcDoc={page.data}
          sandbox=""
        />
      )}
    </div>
  );
}

/** GET an HTML page of the API as text; a problem answer becomes an ApiError like every other. */
async function getHtml(path: string, signal: AbortSignal): Promise<string> {
  let res: Response;
  try {
    res = await fetch(API_BASE + path, { headers: { accept: 'text/html' }, credentials: 'same-origin', signal });
  } catch (err) {
    if (isAbort(err)) throw err;
    throw new NetworkError(String(err));
  }
  const text = await res.text();
  if (!res.ok) throw new ApiError(res.status, problemOf(res.status, text, res.headers.get('content-type')));
  return text;
}
