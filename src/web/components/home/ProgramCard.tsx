/** Home for someone in the directory: an ambassador invitation to answer, or candidates' questions waiting for them. */
import { useId } from 'react';
import { useI18n } from '../../lib/i18n.tsx';
import { Link } from '../../lib/router.tsx';
import { useApi } from '../../lib/useApi.ts';
import type { MyAmbassador, Question } from '../ambassadors/types.ts';
import { ErrorNotice, Loading } from '../Notice.tsx';

export function ProgramCard() {
  const { t, tp } = useI18n();
  const heading = useId();
  const mine = useApi<MyAmbassador>('/me/ambassador');
  const active = mine.data?.ambassador?.active ?? false;
  const questions = useApi<{ items: Question[] }>(active ? '/me/questions' : null);
  const waiting = (questions.data?.items ?? []).filter((q) => !q.answeredAt).length;
  const invited = !active && mine.data?.invitation?.answer === 'pending';
  // Nothing to say to someone who is not (yet) an ambassador and has no invitation: the menu has the program.
  if (mine.data && !active && !invited) return null;
  return (
    <section className="card home-card" aria-labelledby={heading} data-testid="home-program">
      <h2 id={heading}>{t('home.program.title')}</h2>
      {mine.loading && !mine.data && <Loading />}
      <ErrorNotice error={mine.error ?? questions.error} />
      {invited && (
        <>
          <p>{t('home.program.invited')}</p>
          <p>
            <Link to="/ambassador">{t('home.program.invitedLink')}</Link>
          </p>
        </>
      )}
      {active && questions.data && (
        <>
          <p className={waiting ? 'home-count' : 'empty'}>
            {waiting ? tp('home.program.questions', waiting) : t('home.program.noQuestions')}
          </p>
          <p>
            <Link to="/ambassador">{t('home.program.answer')}</Link>
          </p>
        </>
      )}
    </section>
  );
}
