/**
 * One journey: whether it runs, its details and scope, and its steps on a timeline with the step
 * editor beside it. The open step is in the address (?step=), so a reload or a shared link keeps it.
 */
import { useState } from 'react';
import { del, patch } from '../../lib/api.ts';
import { hasCode } from '../../lib/errors.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { isHr, type Journey, type JourneyTemplates } from '../../lib/moments.ts';
import { Link, navigate, useLocation } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { useApi, useApiMutation } from '../../lib/useApi.ts';
import { ErrorNotice, LiveStatus, Loading } from '../../components/Notice.tsx';
import { Page } from '../../components/Page.tsx';
import { JourneyForm } from '../../components/moments/JourneyForm.tsx';
import { StepEditor } from '../../components/moments/StepEditor.tsx';
import { StepTimeline } from '../../components/moments/StepTimeline.tsx';
import { NotFoundPage } from '../NotFoundPage.tsx';
import '../../components/moments/moments.css';

export function JourneyPage({ id }: { id: string }) {
  const { me } = useSession();
  return isHr(me) ? <JourneyEditor id={id} /> : <NotFoundPage forbidden />;
}

function JourneyEditor({ id }: { id: string }) {
  const { t } = useI18n();
  const { search } = useLocation();
  const journey = useApi<Journey>(`/journeys/${encodeURIComponent(id)}`);
  const templates = useApi<JourneyTemplates>('/journey-templates');
  const [status, setStatus] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const open = new URLSearchParams(search).get('step');
  const j = journey.data;

  const openStep = (stepId: string | null) =>
    navigate(`/journeys/${id}${stepId ? `?step=${encodeURIComponent(stepId)}` : ''}`, { replace: true });

  const activating = useApiMutation((active: boolean) => patch<Journey>(`/journeys/${encodeURIComponent(id)}`, { active }), {
    // The switch moves at once; the server's answer confirms it, or it moves back.
    onMutate: (active) => journey.setData((d) => d && { ...d, active }),
    onSuccess: (saved, active) => {
      journey.setData(() => saved);
      setStatus(t(active ? 'moments.journey.activated' : 'moments.journey.deactivated', { name: saved.name }));
    },
    onError: (_, active) => journey.setData((d) => d && { ...d, active: !active }),
    invalidates: ['/journeys'],
  });
  const removing = useApiMutation(() => del(`/journeys/${encodeURIComponent(id)}`), {
    onSuccess: () => navigate('/journeys'),
    invalidates: ['/journeys'],
  });
  const error = activating.error ?? removing.error;

  const setActive = (active: boolean) => {
    if (!j) return;
    removing.reset();
    setStatus(null);
    activating.mutate(active);
  };

  const remove = () => {
    if (!j) return;
    activating.reset();
    removing.mutate();
  };

  const notFound = hasCode(journey.error, 'not-found', 'validation-failed');
  const step = j && open && open !== 'new' ? (j.steps.find((s) => s.id === open) ?? null) : null;
  const editing = j && (open === 'new' || step);

  return (
    <Page title={j ? j.name : t('moments.journey.title')} actions={<Link to="/journeys">{t('moments.journey.back')}</Link>}>
      {journey.loading && !j && <Loading />}
      {notFound ? <ErrorNotice error={t('moments.journey.notFound')} /> : <ErrorNotice error={journey.error} />}
      <LiveStatus>{status}</LiveStatus>
      <ErrorNotice error={error} />
      {j && (
        <>
          <section className={`card m-active-card ${j.active ? 'm-is-active' : ''}`} aria-labelledby="journey-state">
            <h2 id="journey-state" className="visually-hidden">
              {t('moments.journey.state')}
            </h2>
            <div className="m-check m-switch-big">
              <input
                id="journey-active"
                type="checkbox"
                checked={j.active}
                onChange={(e) => setActive(e.target.checked)}
                aria-describedby="journey-active-hint"
              />
              <label htmlFor="journey-active">{t('moments.journey.activeLabel')}</label>
            </div>
            <p className="hint" id="journey-active-hint">
              {j.active ? t('moments.journey.activeHint') : t('moments.journey.inactiveHint')}
            </p>
          </section>

          <section className="card" aria-labelledby="journey-details">
            <h2 id="journey-details">{t('moments.journey.details')}</h2>
            <JourneyForm key={j.id} journey={j} onSaved={(saved) => journey.setData(() => saved)} />
          </section>

          <section className="card" aria-labelledby="journey-steps">
            <div className="m-section-head">
              <h2 id="journey-steps">{t('moments.journey.steps')}</h2>
              <button type="button" className="button button-small" onClick={() => openStep('new')}>
                {t('moments.journey.addStep')}
              </button>
            </div>
            <p className="hint">{t('moments.journey.stepsHint')}</p>
            <div className={editing ? 'm-steps-layout m-steps-layout-editing' : 'm-steps-layout'}>
              <StepTimeline steps={j.steps} selectedId={step?.id ?? null} onSelect={(sid) => openStep(sid)} />
              {editing && (
                <StepEditor
                  key={step?.id ?? 'new'}
                  journey={j}
                  step={step}
                  placeholders={templates.data?.placeholders ?? []}
                  onSaved={(saved, stepId) => {
                    journey.setData(() => saved);
                    setStatus(t('moments.step.saved'));
                    openStep(stepId || null);
                  }}
                  onDeleted={() => {
                    journey.setData((d) => d && { ...d, steps: d.steps.filter((s) => s.id !== step?.id) });
                    setStatus(t('moments.step.deleted'));
                    openStep(null);
                  }}
                  onClose={() => openStep(null)}
                />
              )}
            </div>
          </section>

          <section className="card m-danger-zone" aria-labelledby="journey-delete">
            <h2 id="journey-delete">{t('moments.journey.delete')}</h2>
            <p className="hint">{t('moments.journey.deleteHint')}</p>
            {!confirmDelete ? (
              <button type="button" className="button button-danger" onClick={() => setConfirmDelete(true)}>
                {t('moments.journey.delete')}
              </button>
            ) : (
              <div className="m-confirm">
                <p>{t('moments.journey.confirmDelete', { name: j.name })}</p>
                <div className="button-row">
                  <button type="button" className="button button-danger" onClick={remove}>
                    {t('moments.journey.deleteYes')}
                  </button>
                  <button type="button" className="button" onClick={() => setConfirmDelete(false)}>
                    {t('moments.common.cancel')}
                  </button>
                </div>
              </div>
            )}
          </section>
        </>
      )}
    </Page>
  );
}
