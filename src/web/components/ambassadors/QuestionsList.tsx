/**
 * Questions candidates asked through the careers pages. Their address stays hidden; the ambassador
 * answers here and chooses whether the answer carries their own address.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { post } from '../../lib/api.ts';
import { fieldError } from '../../lib/errors.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { Link } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { useApiMutation } from '../../lib/useApi.ts';
import { ErrorNotice, LiveStatus } from '../Notice.tsx';
import type { Question } from './types.ts';
import { TextAreaField } from '../Field.tsx';

function QuestionItem({ q, focus, onAnswered }: { q: Question; focus: boolean; onAnswered(q: Question): void }) {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [answer, setAnswer] = useState('');
  const [shareEmail, setShareEmail] = useState(false);
  const sending = useApiMutation((body: { answer: string; shareEmail: boolean }) => post(`/me/questions/${q.id}/answer`, body), {
    onSuccess: (_, body) => onAnswered({ ...q, answer: body.answer, sharedEmail: body.shareEmail, answeredAt: new Date().toISOString() }),
  });
  const { error, isPending: busy } = sending;
  const tz = me.organisation.timeZone;

  useEffect(() => {
    if (!focus) return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  }, [focus]);

  const send = (e: FormEvent) => {
    e.preventDefault();
    sending.mutate({ answer, shareEmail });
  };

  return (
    <article className={`amb-question${focus ? ' amb-question-focus' : ''}`} id={`question-${q.id}`} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} ref={heading} tabIndex={-1}>
        {t('amb.questionFrom', { name: q.askerName })}
      </h3>
      <p className="hint">
        <time dateTime={q.createdAt}>{formatDateTime(q.createdAt, lang, tz)}</time>
        {q.storyId && (
          <>
            {' · '}
            <Link to={`/stories/${q.storyId}`}>{t('amb.questionAboutStory')}</Link>
          </>
        )}
        {' · '}
        <span className={q.answeredAt ? 'amb-badge' : 'amb-badge amb-badge-open'}>
          {q.answeredAt ? t('amb.questionAnswered') : t('amb.questionOpen')}
        </span>
      </p>
      <blockquote className="amb-note" lang={q.language}>
        {q.body}
      </blockquote>
      {q.answeredAt ? (
        <div className="amb-answer">
          <p className="strong">{t('amb.yourAnswer')}</p>
          <p className="amb-pre">{q.answer}</p>
          <p className="hint">
            {t('amb.answeredOn', { date: formatDateTime(q.answeredAt, lang, tz) })}{' '}
            {q.sharedEmail ? t('amb.answerShared') : t('amb.answerRelayed')}
          </p>
        </div>
      ) : (
        <form onSubmit={send} className="amb-answer-form">
          <TextAreaField
            label={t('amb.yourAnswer')}
            required
            maxLength={10000}
            rows={5}
            value={answer}
            onChange={(e) => setAnswer(e.target.value)}
            error={fieldError(error, 'answer', t)}
          />
          <div className="amb-choice amb-choice-check">
            <input
              type="checkbox"
              id={`${id}-share`}
              checked={shareEmail}
              onChange={(e) => setShareEmail(e.target.checked)}
              aria-describedby={`${id}-share-hint`}
            />
            <label htmlFor={`${id}-share`}>{t('amb.shareEmail')}</label>
            <p className="hint" id={`${id}-share-hint`}>
              {t('amb.shareEmailHint')}
            </p>
          </div>
          <ErrorNotice error={fieldError(error, 'answer', t) ? null : error} />
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('amb.sendAnswer')}
          </button>
        </form>
      )}
    </article>
  );
}

export function QuestionsList({ items, focusId, onAnswered }: { items: Question[]; focusId?: string; onAnswered(q: Question): void }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<string | null>(null);
  const missing = focusId && !items.some((q) => q.id === focusId);
  return (
    <>
      {missing && <ErrorNotice error={t('amb.questionNotFound')} />}
      {items.length === 0 && <p className="empty">{t('amb.questionsNone')}</p>}
      {items.map((q) => (
        <QuestionItem
          key={q.id}
          q={q}
          focus={q.id === focusId}
          onAnswered={(answered) => {
            onAnswered(answered);
            setStatus(t('amb.answerSent', { name: answered.askerName }));
          }}
        />
      ))}
      <LiveStatus>{status}</LiveStatus>
    </>
  );
}
