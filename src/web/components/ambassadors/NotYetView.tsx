/**
 * The Ambassador page for someone who is not (or no longer) an ambassador: what it means, a pending
 * invitation to answer, and joining with a scope of one's own choosing.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { fieldError } from '../../lib/errors.ts';
import { formatDate } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useApi, useApiMutation } from '../../lib/useApi.ts';
import { ErrorNotice } from '../Notice.tsx';
import { post, put } from '../../lib/api.ts';
import { MilestonesCheckbox } from './MilestonesSection.tsx';
import { QuestionsSection } from './QuestionsSection.tsx';
import { ScopeChooser, type ScopeChoice } from './ScopeChooser.tsx';
import type { Ambassador, MyAmbassador, Question } from './types.ts';

type Answer = 'maybe_later' | 'declined';

export function Explanation() {
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

export function NotYetView({
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
  onAnswered(answer: Answer): void;
}) {
  const { t, lang } = useI18n();
  const [choice, setChoice] = useState<ScopeChoice>({ scope: 'internal', behindTheScenes: data.ambassador?.behindTheScenes ?? false });
  // Never pre-ticked, also for someone coming back: leaving said no.
  const [shareMilestones, setShareMilestones] = useState(false);
  const questions = useApi<{ items: Question[] }>(data.ambassador ? '/me/questions' : null);
  const joining = useApiMutation((body: ScopeChoice & { shareMilestones: boolean }) => put<Ambassador>('/me/ambassador', body), {
    // The community lists ambassadors; a returning ambassador's stories are read again; the page's own data (choices, welcome).
    invalidates: ['/ambassadors', '/stories', '/me/ambassador'],
    onSuccess: onJoined,
  });
  const answering = useApiMutation((answer: Answer) => post('/me/ambassador/invitation', { answer }), {
    onSuccess: (_, answer) => onAnswered(answer),
  });
  const { error } = joining;
  const joinHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) joinHeading.current?.focus();
  }, [focusHeading]);
  const inv = data.invitation;
  const openInvitation = inv && (inv.answer === 'pending' || inv.answer === 'maybe_later');

  const join = (e: FormEvent) => {
    e.preventDefault();
    joining.mutate({ scope: data.sensitive ? 'internal' : choice.scope, behindTheScenes: choice.behindTheScenes, shareMilestones });
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
              <button type="button" className="button" onClick={() => answering.mutate('maybe_later')}>
                {t('amb.maybeLater')}
              </button>
            )}
            <button type="button" className="button" onClick={() => answering.mutate('declined')}>
              {t('amb.noThanks')}
            </button>
          </div>
          <ErrorNotice error={answering.error} />
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
          <MilestonesCheckbox checked={shareMilestones} onChange={setShareMilestones} />
          <ErrorNotice error={fieldError(error, 'scope', t) ? null : error} />
          <button type="submit" className="button button-primary" disabled={joining.isPending}>
            {t('amb.join')}
          </button>
        </form>
      </section>
      {/* Someone who left may still have questions to answer. */}
      {data.ambassador && <QuestionsSection questions={questions} questionId={questionId} hideWhenEmpty />}
    </>
  );
}
