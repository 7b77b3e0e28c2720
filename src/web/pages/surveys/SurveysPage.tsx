/**
 * The surveys: HR sees every survey with its status, kind and answers, and starts a new one from
 * a ready template (described) or blank. Managers and coordinators see the surveys whose results
 * they may read, each linking to its results (the server decides which and how much).
 */
import { useState } from 'react';
import { post } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { Participation } from '../../components/surveys/Participation.tsx';
import { Link, navigate } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { useApi, useApiMutation } from '../../lib/useApi.ts';
import { ErrorNotice, LiveStatus, Loading } from '../../components/Notice.tsx';
import { Page } from '../../components/Page.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import {
  KIND_KEYS,
  managesSurveys,
  paths,
  seesSurveyResults,
  STATUS_KEYS,
  type Survey,
  type SurveySummary,
  type Library,
} from '../../components/surveys/model.ts';
import { RetentionForm } from '../../components/surveys/RetentionForm.tsx';
import { NotFoundPage } from '../NotFoundPage.tsx';
import '../../components/moments/moments.css';
import '../../components/surveys/surveys.css';

export function SurveysPage() {
  const { me } = useSession();
  if (managesSurveys(me)) return <Surveys manage />;
  return seesSurveyResults(me) ? <Surveys manage={false} /> : <NotFoundPage forbidden />;
}

/** /surveys/new: the template picker on a page of its own. */
export function NewSurveyPage() {
  const { me } = useSession();
  const { t } = useI18n();
  if (!managesSurveys(me)) return <NotFoundPage forbidden />;
  return (
    <Page title={t('surveys.new')} actions={<Link to="/surveys">{t('surveys.back')}</Link>}>
      <NewSurvey />
    </Page>
  );
}

function Surveys({ manage }: { manage: boolean }) {
  const { t } = useI18n();
  const surveys = useApi<{ items: SurveySummary[] }>(paths.surveys);
  const items = surveys.data?.items;
  const cols = {
    title: t('surveys.list.title'),
    kind: t('surveys.list.kind'),
    status: t('surveys.list.status'),
    answered: t('surveys.list.answered'),
    actions: t('common.actions'),
  };
  return (
    <Page title={manage ? t('surveys.title') : t('surveys.resultsTitle')}>
      <p>{manage ? t('surveys.intro') : t('surveys.resultsIntro')}</p>
      <ErrorNotice error={surveys.error} />
      {surveys.loading && !items && <Loading />}
      {items?.length === 0 && <p className="empty">{manage ? t('surveys.none') : t('surveys.noneResults')}</p>}
      {!!items?.length && (
        <TableScroll label={manage ? t('surveys.title') : t('surveys.resultsTitle')}>
          <table className="data-table responsive-table sv-list">
            <caption className="visually-hidden">{manage ? t('surveys.title') : t('surveys.resultsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{cols.title}</th>
                <th scope="col">{cols.kind}</th>
                <th scope="col">{cols.status}</th>
                {manage && <th scope="col">{cols.answered}</th>}
                <th scope="col">{cols.actions}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((s) => {
                const title = s.title || t('surveys.untitled');
                return (
                  <tr key={s.id}>
                    <th scope="row">{manage ? <Link to={`/surveys/${s.id}/edit`}>{title}</Link> : title}</th>
                    <td data-label={cols.kind}>{t(KIND_KEYS[s.kind])}</td>
                    <td data-label={cols.status}>
                      <span className={`sv-status sv-status-${s.status}`}>{t(STATUS_KEYS[s.status])}</span>
                    </td>
                    {manage && (
                      <td data-label={cols.answered}>
                        <Participation answered={s.answered} invited={s.invited} minGroup={s.minGroup} />
                      </td>
                    )}
                    <td data-label={cols.actions}>
                      <div className="m-actions">
                        {manage && (
                          <Link className="button button-small" to={`/surveys/${s.id}/edit`}>
                            {t('surveys.list.edit')}
                            <span className="visually-hidden"> {title}</span>
                          </Link>
                        )}
                        {s.status !== 'draft' && (
                          <Link className="button button-small" to={`/surveys/${s.id}/results`}>
                            {t('surveys.list.results')}
                            <span className="visually-hidden"> {title}</span>
                          </Link>
                        )}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      {manage && <NewSurvey />}
      {manage && (
        <section className="card" aria-labelledby="survey-retention">
          <h2 id="survey-retention">{t('surveys.retention.title')}</h2>
          <RetentionForm />
        </section>
      )}
    </Page>
  );
}

/** The ready templates, each described, and a blank survey. */
function NewSurvey() {
  const { t, tp } = useI18n();
  const library = useApi<Library>(paths.library);
  const [status, setStatus] = useState<string | null>(null);
  const creating = useApiMutation((body: { templateKey?: string }) => post<Survey>(paths.surveys, body), {
    invalidates: ['/surveys'],
    onSuccess: (s) => {
      setStatus(t('surveys.created'));
      navigate(`/surveys/${s.id}/edit`);
    },
  });
  // Which button is busy: a template's key, '' for blank (it stays busy while the page changes).
  const busy = creating.isPending || creating.isSuccess ? (creating.variables?.templateKey ?? '') : null;
  return (
    <section className="card" aria-labelledby="new-survey">
      <h2 id="new-survey">{t('surveys.new')}</h2>
      <p className="hint">{t('surveys.newHint')}</p>
      <LiveStatus>{status}</LiveStatus>
      <ErrorNotice error={creating.error ?? library.error} />
      {library.loading && !library.data && <Loading />}
      <ul className="m-template-list">
        {library.data?.templates.map((tpl) => (
          <li key={tpl.key} className="m-template">
            <h3>{tpl.title}</h3>
            <p>{tpl.intro}</p>
            <p className="hint">
              {t(KIND_KEYS[tpl.kind])} · {tp('surveys.questionCount', tpl.questions.length)}
            </p>
            <button
              type="button"
              className="button button-small"
              disabled={busy !== null}
              onClick={() => creating.mutate({ templateKey: tpl.key })}
            >
              {t('surveys.fromTemplate')}
              <span className="visually-hidden"> {tpl.title}</span>
            </button>
          </li>
        ))}
        <li className="m-template">
          <h3>{t('surveys.blank')}</h3>
          <p>{t('surveys.blankHint')}</p>
          <button type="button" className="button button-small" disabled={busy !== null} onClick={() => creating.mutate({})}>
            {t('surveys.startBlank')}
          </button>
        </li>
      </ul>
    </section>
  );
}
