/**
 * For coordinators only: hide a story for a legal reason (recorded and shown to the author), or show
 * it again. This is not an approval step; nobody edits what someone wrote.
 */
import { useId, useState, type FormEvent } from 'react';
import { del, post } from '../../lib/api.ts';
import { fieldError } from '../../lib/errors.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useApiMutation } from '../../lib/useApi.ts';
import { ErrorNotice } from '../Notice.tsx';
import type { Story } from './types.ts';
import { TextAreaField } from '../Field.tsx';

const MIN_REASON = 10;

export function StoryModeration({ story, onChange }: { story: Story; onChange(s: Story, message: string): void }) {
  const { t } = useI18n();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const hiding = useApiMutation((body: { reason: string }) => post<Story>(`/stories/${story.id}/hide`, body), {
    onSuccess: (s) => {
      setOpen(false);
      setReason('');
      onChange(s, t('story.hiddenDone'));
    },
  });
  const showing = useApiMutation(() => del<Story>(`/stories/${story.id}/hide`), {
    onSuccess: (s) => onChange(s, t('story.shownDone')),
  });
  const busy = hiding.isPending || showing.isPending;
  const error = hiding.error ?? showing.error;

  const hide = (e: FormEvent) => {
    e.preventDefault();
    const short = reason.trim().length < MIN_REASON;
    setTooShort(short);
    if (short) hiding.reset();
    else hiding.mutate({ reason: reason.trim() });
  };

  const reasonError = tooShort ? t('story.reasonTooShort', { n: MIN_REASON }) : fieldError(error, 'reason', t);
  return (
    <section className="card amb-moderation" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('story.moderation')}</h2>
      <p className="hint">{t('story.moderationHint')}</p>
      {story.hidden ? (
        <button type="button" className="button" onClick={() => showing.mutate()} disabled={busy}>
          {t('story.showAgain')}
        </button>
      ) : !open ? (
        <button type="button" className="button button-danger" onClick={() => setOpen(true)}>
          {t('story.hide')}
        </button>
      ) : (
        <form onSubmit={hide} noValidate>
          <TextAreaField
            label={t('story.reason')}
            hint={t('story.reasonHint', { n: MIN_REASON })}
            required
            minLength={MIN_REASON}
            maxLength={1000}
            rows={3}
            autoFocus
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={reasonError}
          />
          <div className="button-row">
            <button type="submit" className="button button-danger" disabled={busy}>
              {t('story.hideConfirm')}
            </button>
            <button type="button" className="button" onClick={() => setOpen(false)}>
              {t('amb.cancel')}
            </button>
          </div>
        </form>
      )}
      <ErrorNotice error={reasonError ? null : error} />
    </section>
  );
}
