/** HR's journeys: which exist and whether they run, and new ones from a ready template or empty. */
import { useState } from 'react';
import { patch, post } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { isHr, type Journey, type JourneyTemplates } from '../../lib/moments.ts';
import { Link, navigate } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { useApi, useApiMutation } from '../../lib/useApi.ts';
import { ErrorNotice, LiveStatus, Loading } from '../../components/Notice.tsx';
import { Page } from '../../components/Page.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { NotFoundPage } from '../NotFoundPage.tsx';
import '../../components/moments/moments.css';

export function JourneysPage() {
  const { me } = useSession();
  return isHr(me) ? <Journeys /> : <NotFoundPage forbidden />;
}

function Journeys() {
  const { t, tp } = useI18n();
  const journeys = useApi<{ items: Journey[] }>('/journeys');
  const templates = useApi<JourneyTemplates>('/journey-templates');
  const [status, setStatus] = useState<string | null>(null);

  const creating = useApiMutation((body: { templateKey?: string; name?: string }) => post<Journey>('/journeys', body), {
    invalidates: ['/journeys'],
    onSuccess: (j) => navigate(`/journeys/${j.id}`),
  });
  // Which create button is busy: a template's key, '' for an empty journey (it stays busy while the page changes).
  const busy = creating.isPending || creating.isSuccess ? (creating.variables?.templateKey ?? '') : null;

  const put = (row: Journey) => journeys.setData((d) => d && { items: d.items.map((x) => (x.id === row.id ? row : x)) });
  const activating = useApiMutation(({ j, active }: { j: Journey; active: boolean }) => patch<Journey>(`/journeys/${j.id}`, { active }), {
    // The switch moves at once; the server's answer confirms it, or it moves back.
    onMutate: ({ j, active }) => put({ ...j, active }),
    onSuccess: (saved, { j, active }) => {
      put(saved);
      setStatus(t(active ? 'moments.journey.activated' : 'moments.journey.deactivated', { name: j.name }));
    },
    onError: (_, { j }) => put(j),
  });
  const error = creating.error ?? activating.error;

  const create = (body: { templateKey?: string; name?: string }) => {
    activating.reset();
    creating.mutate(body);
  };

  const setActive = (j: Journey, active: boolean) => {
    creating.reset();
    setStatus(null);
    activating.mutate({ j, active });
  };

  const used = new Set(journeys.data?.items.map((j) => j.templateKey).filter(Boolean));
  return (
    <Page title={t('moments.journeys.title')}>
      <p>{t('moments.journeys.intro')}</p>
      <LiveStatus>{status}</LiveStatus>
      <ErrorNotice error={error ?? journeys.error} />
      {journeys.loading && !journeys.data && <Loading />}
      {journeys.data?.items.length === 0 && <p className="empty">{t('moments.journeys.none')}</p>}
      {!!journeys.data?.items.length && (
        <TableScroll label={t('moments.journeys.title')}>
          <table className="data-table responsive-table">
            <caption className="visually-hidden">{t('moments.journeys.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('moments.journey.name')}</th>
                <th scope="col">{t('moments.journey.description')}</th>
                <th scope="col">{t('moments.journeys.steps')}</th>
                <th scope="col">{t('moments.journey.active')}</th>
              </tr>
            </thead>
            <tbody>
              {journeys.data.items.map((j) => (
                <tr key={j.id}>
                  <th scope="row">
                    <Link to={`/journeys/${j.id}`}>{j.name}</Link>
                  </th>
                  <td data-label={t('moments.journey.description')}>{j.description}</td>
                  <td data-label={t('moments.journeys.steps')}>{tp('moments.journeys.stepCount', j.steps.length)}</td>
                  <td data-label={t('moments.journey.active')}>
                    <span className="m-switch">
                      <input id={`active-${j.id}`} type="checkbox" checked={j.active} onChange={(e) => setActive(j, e.target.checked)} />
                      <label htmlFor={`active-${j.id}`}>
                        {t('moments.journey.active')}
                        <span className="visually-hidden">: {j.name}</span>
                      </label>
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}

      <section className="card" aria-labelledby="add-journey">
        <h2 id="add-journey">{t('moments.journeys.add')}</h2>
        <p className="hint">{t('moments.journeys.addHint')}</p>
        <ErrorNotice error={templates.error} />
        {templates.loading && !templates.data && <Loading />}
        <ul className="m-template-list">
          {templates.data?.items.map((tpl) => (
            <li key={tpl.key} className="m-template">
              <h3>{tpl.name}</h3>
              <p>{tpl.description}</p>
              <p className="hint">
                {tp('moments.journeys.stepCount', tpl.steps)}
                {used.has(tpl.key) ? ` · ${t('moments.journeys.alreadyAdded')}` : ''}
              </p>
              <button
                type="button"
                className="button button-small"
                disabled={busy !== null}
                onClick={() => create({ templateKey: tpl.key })}
              >
                {t('moments.journeys.addTemplate')}
                <span className="visually-hidden"> {tpl.name}</span>
              </button>
            </li>
          ))}
          <li className="m-template">
            <h3>{t('moments.journeys.empty')}</h3>
            <p>{t('moments.journeys.emptyHint')}</p>
            <button
              type="button"
              className="button button-small"
              disabled={busy !== null}
              // Named by the server in every language ("New journey", "Nieuw traject", "Nouveau parcours").
              onClick={() => create({})}
            >
              {t('moments.journeys.addEmpty')}
            </button>
          </li>
        </ul>
      </section>
    </Page>
  );
}
