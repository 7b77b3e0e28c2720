/** The questions candidates asked an ambassador, on the Ambassador page (also after leaving, while some are open). */
import { useI18n } from '../../lib/i18n.tsx';
import type { Loaded } from '../../lib/useApi.ts';
import { ErrorNotice, Loading } from '../Notice.tsx';
import { QuestionsList } from './QuestionsList.tsx';
import type { Question } from './types.ts';

export function QuestionsSection({
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
