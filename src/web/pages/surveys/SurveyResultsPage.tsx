/**
 * A survey's results, as far as the server releases them to the reader: HR the whole organisation,
 * coordinators the program's surveys, managers their own team. One filter (a segment value) and
 * one breakdown (a dimension) are in the address. Everything withheld says why in plain words;
 * the page never computes a number the server did not send.
 */
import { API_BASE, query } from '../../lib/api.ts';
import { hasCode } from '../../lib/errors.ts';
import { formatNumber } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { Link, navigate, useLocation } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { useApi } from '../../lib/useApi.ts';
import { SelectField } from '../../components/Field.tsx';
import { ErrorNotice, Loading } from '../../components/Notice.tsx';
import { Page } from '../../components/Page.tsx';
import { Heatmap } from '../../components/surveys/Heatmap.tsx';
import { QuestionResults, EnpsResult } from '../../components/surveys/QuestionResults.tsx';
import { TrendSection } from '../../components/surveys/TrendSection.tsx';
import { CommentsSection } from '../../components/surveys/CommentsSection.tsx';
import {
  DIMENSION_KEYS,
  managesSurveys,
  paths,
  pick,
  seesSurveyResults,
  viewQuestions,
  WITHHELD_KEYS,
  type Results,
  type SegmentValues,
} from '../../components/surveys/model.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import '../../components/surveys/surveys.css';

export function SurveyResultsPage({ id }: { id: string }) {
  const { me } = useSession();
  return seesSurveyResults(me) ? <SurveyResults id={id} /> : <NotFoundPage forbidden />;
}

function SurveyResults({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const { search } = useLocation();
  const params = new URLSearchParams(search);
  const filter = params.get('filter') ?? '';
  const breakdown = params.get('breakdown') ?? '';
  const q = query({ filter, breakdown });
  const results = useApi<Results>(paths.results(id) + q);
  const segments = useApi<SegmentValues>(paths.segments(id));
  const r = results.data;
  const questions = r ? viewQuestions(r.questions, r.group.questions, lang) : [];

  const setView = (next: { filter?: string; breakdown?: string }) =>
    navigate(`/surveys/${encodeURIComponent(id)}/results${query({ filter, breakdown, ...next })}`, { replace: true });

  const notFound = hasCode(results.error, 'not-found');
  const dims = segments.data?.dimensions ?? [];
  const g = r?.group;
  const reason = g?.withheld;

  return (
    <Page
      title={r ? t('surveys.results.titleOf', { title: pick(r.survey.title, lang) }) : t('surveys.results.title')}
      actions={
        <>
          <Link to="/surveys">{t('surveys.back')}</Link>
          {managesSurveys(me) && <Link to={`/surveys/${id}/edit`}>{t('surveys.list.edit')}</Link>}
        </>
      }
    >
      {notFound ? <ErrorNotice error={t('surveys.notFound')} /> : <ErrorNotice error={results.error} />}
      {r && <p className="hint">{r.scope === 'team' ? t('surveys.results.scopeTeam') : t('surveys.results.scopeOrganisation')}</p>}

      <section className="card sv-rules" aria-labelledby="anonymity-rules">
        <h2 id="anonymity-rules">{t('surveys.rules.title')}</h2>
        <ul>
          <li>{t('surveys.rules.minimum', { n: r?.minGroup ?? 5 })}</li>
          <li>{t('surveys.rules.comments', { n: r?.minComments ?? 5 })}</li>
          <li>{t('surveys.rules.overlap', { n: r?.minGroup ?? 5 })}</li>
          <li>{t('surveys.rules.noLink')}</li>
          {r?.scope === 'team' && <li>{t('surveys.rules.team')}</li>}
        </ul>
      </section>

      <form className="m-filter-bar sv-view" onSubmit={(e) => e.preventDefault()} aria-label={t('surveys.results.view')}>
        <SelectField label={t('surveys.results.filter')} value={filter} onChange={(e) => setView({ filter: e.target.value })}>
          <option value="">{t('surveys.results.everyone')}</option>
          {dims.map((d) => (
            <optgroup key={d.dimension} label={t(DIMENSION_KEYS[d.dimension])}>
              {d.values.map((v) => (
                <option key={v.value} value={`${d.dimension}=${encodeURIComponent(v.value)}`}>
                  {v.label || t('surveys.results.unknownValue')}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
        <SelectField label={t('surveys.results.breakdown')} value={breakdown} onChange={(e) => setView({ breakdown: e.target.value })}>
          <option value="">{t('surveys.results.noBreakdown')}</option>
          {dims.map((d) => (
            <option key={d.dimension} value={d.dimension}>
              {t(DIMENSION_KEYS[d.dimension])}
            </option>
          ))}
        </SelectField>
        <a className="button button-small sv-csv" href={API_BASE + paths.csv(id) + q} download>
          {t('surveys.results.csv')}
        </a>
      </form>
      <ErrorNotice error={segments.error} />
      {results.loading && <Loading />}

      {g && (
        <>
          {reason ? (
            <section className="card sv-withheld" aria-labelledby="withheld">
              <h2 id="withheld">{t('surveys.results.withheldTitle')}</h2>
              <p>{t(WITHHELD_KEYS[reason], { n: r.minGroup })}</p>
              <p className="hint">{t('surveys.results.withheldHint')}</p>
            </section>
          ) : (
            <section className="card" aria-labelledby="summary">
              <h2 id="summary">{t('surveys.results.summary')}</h2>
              <dl className="counts">
                <div>
                  <dt>{t('surveys.results.respondents')}</dt>
                  <dd>{formatNumber(g.respondents ?? 0, lang)}</dd>
                </div>
                {g.invited != null && (
                  <div>
                    <dt>{t('surveys.results.invited')}</dt>
                    <dd>{formatNumber(g.invited, lang)}</dd>
                  </div>
                )}
                {g.responseRate != null && (
                  <div>
                    <dt>{t('surveys.results.responseRate')}</dt>
                    <dd>{new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(g.responseRate)}</dd>
                  </div>
                )}
              </dl>
            </section>
          )}
          {g.enps && <EnpsResult enps={g.enps} />}
          {!reason && g.questions && <QuestionResults questions={questions} />}
          {r.heatmap && (
            <section className="card" aria-labelledby="heatmap">
              <h2 id="heatmap">{t('surveys.results.heatmap')}</h2>
              <Heatmap results={r} questions={questions} />
            </section>
          )}
          {!!r.notes?.length && (
            <section className="card sv-notes" aria-labelledby="notes">
              <h2 id="notes">{t('surveys.results.notes')}</h2>
              <ul>
                {r.notes.map((n) => (
                  <li key={n.code}>{pick(n.text, lang)}</li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
      <TrendSection id={id} />
      <CommentsSection id={id} filter={filter} />
    </Page>
  );
}
