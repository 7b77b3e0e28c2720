/**
 * The comments of the group in view, per question, in the random order the server gives and
 * without dates. While they are withheld (too few people, or a survey still open for a group under
 * twice the minimum), a sentence says why instead.
 */
import { useState } from 'react';
import { query } from '../../lib/api.ts';
import { useI18n, type MessageKey } from '../../lib/i18n.tsx';
import { useApi } from '../../lib/useApi.ts';
import { ErrorNotice, Loading } from '../Notice.tsx';
import { paths, pick, type Comments, type WithheldReason } from './model.ts';

const WITHHELD: Record<WithheldReason, MessageKey> = {
  anonymity: 'surveys.comments.withheld.anonymity',
  'not-offered': 'surveys.comments.withheld.not-offered',
};

/** Comments shown per question before "Show all". */
const FIRST = 20;

export function CommentsSection({ id, filter }: { id: string; filter: string }) {
  const { t, tp, lang } = useI18n();
  const [open, setOpen] = useState<Set<string>>(new Set());
  const comments = useApi<Comments>(paths.comments(id) + query({ filter }));
  const c = comments.data;
  const withheld = c?.group.withheld;
  const questions = c?.questions ?? [];
  const none = c && !withheld && questions.every((q) => q.comments.length === 0);
  return (
    <section className="card sv-comments" aria-labelledby="comments">
      <h2 id="comments">{t('surveys.comments.title')}</h2>
      <p className="hint">{t('surveys.comments.hint', { n: c?.minComments ?? 5 })}</p>
      <ErrorNotice error={comments.error} />
      {comments.loading && !c && <Loading />}
      {withheld && (
        <p className="sv-withheld-text">
          {c.group.whileOpen ? t('surveys.comments.whileOpen', { n: c.minComments * 2 }) : t(WITHHELD[withheld], { n: c.minComments })}
        </p>
      )}
      {none && <p className="empty">{t('surveys.comments.none')}</p>}
      {!withheld &&
        questions
          .filter((q) => q.comments.length > 0)
          .map((q) => (
            <div key={q.id} className="sv-comment-group">
              <h3>{pick(q.text, lang)}</h3>
              <ul className="sv-comment-list" id={`comments-${q.id}`}>
                {(open.has(q.id) ? q.comments : q.comments.slice(0, FIRST)).map((text, i) => (
                  <li key={i} className="sv-comment">
                    <blockquote>{text}</blockquote>
                  </li>
                ))}
              </ul>
              {q.comments.length > FIRST && !open.has(q.id) && (
                <button
                  type="button"
                  className="button button-small"
                  aria-controls={`comments-${q.id}`}
                  onClick={() => setOpen(new Set([...open, q.id]))}
                >
                  {tp('surveys.comments.showAll', q.comments.length)}
                </button>
              )}
            </div>
          ))}
    </section>
  );
}
